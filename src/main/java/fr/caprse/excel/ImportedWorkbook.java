package fr.caprse.excel;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.Objects;

/**
 * A workbook read back by {@link WorkbookReader}: a filled form or a report, the assessment it holds
 * (profile, period, answers), the questionnaire it was checked against, the campaign return code of a
 * form ("" when none) and the SHA-256 of the questionnaire file the workbook was made with ("" when
 * unknown).
 */
public record ImportedWorkbook(Kind kind, Assessment assessment, Questionnaire questionnaire, String returnCode,
                               String questionnaireHash) {

    /** What the workbook was. */
    public enum Kind { FORM, REPORT }

    public ImportedWorkbook {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(questionnaire, "questionnaire");
        returnCode = Objects.requireNonNullElse(returnCode, "");
        questionnaireHash = Objects.requireNonNullElse(questionnaireHash, "");
    }

    /** Whether the questionnaire it was checked against has the exact content the workbook was made with. */
    public boolean sameQuestionnaireContent() {
        return !questionnaireHash.isEmpty() && questionnaireHash.equals(questionnaire.contentHash());
    }
}
