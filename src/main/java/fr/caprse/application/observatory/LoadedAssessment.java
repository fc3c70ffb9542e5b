package fr.caprse.application.observatory;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.Objects;

/** An assessment read from one input file, with the questionnaire version it was answered with. */
public record LoadedAssessment(Assessment assessment, Questionnaire questionnaire, InputKind kind) {
    public LoadedAssessment {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(kind, "kind");
        if (!assessment.questionnaireId().equals(questionnaire.id())) {
            throw new IllegalArgumentException("assessment on " + assessment.questionnaireId() + " read with "
                    + questionnaire.id());
        }
    }
}
