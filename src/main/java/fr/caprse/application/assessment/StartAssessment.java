package fr.caprse.application.assessment;

import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.Workspace;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.platform.FailedWhile;

/**
 * Starts an assessment from the new-assessment page: the organisation's profile (a new organisation, or
 * an existing one's current profile) and the assessment, in one transaction. A failure says which
 * assessment of which organisation could not be created ({@link FailedWhile}), then why.
 */
public final class StartAssessment {

    private StartAssessment() {
    }

    /** Reaches the disk: run it in a background task. */
    public static Workspace.AssessmentEntry start(Workspace workspace, Long organisationId, Organisation profile,
                                                  String period, SourcedQuestionnaire questionnaire) {
        try {
            return workspace.start(organisationId, profile, period, questionnaire);
        } catch (RuntimeException e) {
            String name = profile.name() + " · " + period;
            throw new FailedWhile("failed.start", "Cap RSE could not start the assessment " + name, e, name);
        }
    }
}
