package fr.caprse.excel;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.time.Instant;
import java.util.Objects;

/**
 * A report read back: the assessment it holds, the questionnaire it was checked against, and what its
 * {@code meta} sheet says about the file itself.
 */
public record ImportedReport(Assessment assessment, Questionnaire questionnaire, Meta meta) {

    /**
     * The file's own facts: format, questionnaire content hash ("" when unknown), the language of its
     * human sheets, when and by what it was generated (null when absent).
     */
    public record Meta(String format, String questionnaireHash, String language, Instant generated, String generator) {
        public Meta {
            Objects.requireNonNull(format, "format");
            questionnaireHash = Objects.requireNonNullElse(questionnaireHash, "");
        }
    }

    public ImportedReport {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(meta, "meta");
    }

    /** Whether the questionnaire it was checked against has the exact content the report was made with. */
    public boolean sameQuestionnaireContent() {
        return !meta.questionnaireHash().isEmpty() && meta.questionnaireHash().equals(questionnaire.contentHash());
    }
}
