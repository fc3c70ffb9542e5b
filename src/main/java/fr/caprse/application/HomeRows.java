package fr.caprse.application;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the home page lists: every organisation (by name) with its assessments (the latest period first),
 * each scored on the questionnaire version it was answered with.
 */
public final class HomeRows {

    /** One assessment line: its score and completion are computed when the list is read. */
    public record AssessmentRow(Workspace.AssessmentEntry entry, Questionnaire questionnaire, AssessmentScore score) {
    }

    /** One organisation with its assessments, most recent period first. */
    public record OrganisationRow(Workspace.OrganisationEntry entry, List<AssessmentRow> assessments) {
        public OrganisationRow {
            assessments = List.copyOf(assessments);
        }
    }

    private HomeRows() {
    }

    /** Reads and scores everything the home page shows (call off the FX thread: it reads the disk). */
    public static List<OrganisationRow> read(Workspace workspace) {
        List<OrganisationRow> rows = new ArrayList<>();
        for (Workspace.OrganisationEntry organisation : workspace.organisations()) {
            List<AssessmentRow> assessments = new ArrayList<>();
            for (Workspace.AssessmentEntry entry : workspace.assessments(organisation.id())) {
                Questionnaire questionnaire = workspace.questionnaireOf(entry.id());
                Assessment assessment = workspace.load(entry.id());
                assessments.add(new AssessmentRow(entry, questionnaire,
                        Scorer.score(questionnaire, assessment.organisation(), assessment.answers())));
            }
            assessments.sort(Comparator.comparing((AssessmentRow r) -> r.entry().period()).reversed());
            rows.add(new OrganisationRow(organisation, assessments));
        }
        rows.sort(Comparator.comparing(r -> r.entry().organisation().name().toLowerCase(Locale.ROOT)));
        return List.copyOf(rows);
    }
}
