package fr.caprse.storage;

import java.util.List;
import java.util.Objects;

/**
 * An assessment stored from a file: the new assessment, whether its organisation was new to this
 * database, and the assessments already there for the same organisation, period and questionnaire (the
 * user may want to keep only one).
 */
public record ImportedAssessment(AssessmentSummary assessment, boolean newOrganisation, List<AssessmentSummary> samePeriod) {
    public ImportedAssessment {
        Objects.requireNonNull(assessment, "assessment");
        samePeriod = List.copyOf(samePeriod);
    }
}
