package fr.caprse.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the list of assessments: which organisation and period, which questionnaire (id, version
 * and the SHA-256 of the exact file), when it was started and last changed, and how many questions are
 * answered (a value or N/A).
 */
public record AssessmentSummary(long id, long organisationId, String organisationName, String period,
                                String questionnaireId, String questionnaireVersion, String questionnaireHash,
                                Instant created, Instant modified, int answered) {
    public AssessmentSummary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
    }
}
