package fr.caprse.application.assessment;

import fr.caprse.application.Workspace;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.platform.FailedWhile;
import java.util.List;
import java.util.Optional;

/**
 * An assessment opened to be worked on: what was read from the store (its questionnaire version, its
 * answers and actions, the same organisation's previous assessment, already scored) and the changes
 * made to it afterwards, each one its own transaction, run in the order they were asked — after any
 * work already queued on this assessment, so that an export asked after an answer sees the answer.
 * The app's pages show it and hand their changes to it; they never reach the store themselves.
 */
public final class OpenAssessment {

    /** The previous assessment of the same organisation, on its own questionnaire version, and its score. */
    public record Previous(Workspace.AssessmentEntry entry, Questionnaire questionnaire, Assessment assessment,
                           AssessmentScore score) {
    }

    private final Workspace workspace;
    private final Workspace.AssessmentEntry entry;
    private final Questionnaire questionnaire;
    private final Assessment assessment;
    private final Previous previous;
    private volatile Organisation organisation;

    public OpenAssessment(Workspace workspace, Workspace.AssessmentEntry entry, Questionnaire questionnaire,
                          Assessment assessment, Previous previous) {
        this.workspace = workspace;
        this.entry = entry;
        this.questionnaire = questionnaire;
        this.assessment = assessment;
        this.previous = previous;
        this.organisation = assessment.organisation();
    }

    /**
     * Reads an assessment, its questionnaire version and the previous period's assessment (scored once:
     * it does not change while this one is open). Reads the disk: run it in a background task ordered
     * after the assessment's queued work ({@link #opening}). A failure says which assessment could not be
     * opened ({@link FailedWhile}), its organisation looked up in the store when it can be.
     */
    public static OpenAssessment open(Workspace workspace, Workspace.AssessmentEntry entry) {
        return open(workspace, entry, null);
    }

    private static OpenAssessment open(Workspace workspace, Workspace.AssessmentEntry entry, String organisationName) {
        try {
            Questionnaire questionnaire = workspace.questionnaireOf(entry.id());
            Assessment assessment = workspace.load(entry.id());
            Previous previous = workspace.previous(entry).map(p -> {
                Questionnaire earlier = workspace.questionnaireOf(p.id());
                Assessment answered = workspace.load(p.id());
                return new Previous(p, earlier, answered,
                        Scorer.score(earlier, answered.organisation(), answered.answers()));
            }).orElse(null);
            return new OpenAssessment(workspace, entry, questionnaire, assessment, previous);
        } catch (RuntimeException e) {
            String name = name(organisationName != null ? organisationName : organisationName(workspace, entry), entry);
            throw new FailedWhile("failed.open", "Cap RSE could not open the assessment " + name + " (id " + entry.id() + ")",
                    e, name);
        }
    }

    /** The organisation's name from the store, or none when the store cannot say it either. */
    private static String organisationName(Workspace workspace, Workspace.AssessmentEntry entry) {
        try {
            return workspace.organisations().stream().filter(o -> o.id() == entry.organisationId())
                    .map(o -> o.organisation().name()).findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Opening as a background task, after any save of this assessment still queued (it was just left, or imported). */
    public static BackgroundTask<OpenAssessment> opening(Workspace workspace, Workspace.AssessmentEntry entry) {
        return opening(workspace, entry, null);
    }

    /**
     * Opening as a background task, as {@link #opening(Workspace, Workspace.AssessmentEntry)}; a failure
     * names the assessment with {@code organisationName} (the one on screen), when given.
     */
    public static BackgroundTask<OpenAssessment> opening(Workspace workspace, Workspace.AssessmentEntry entry,
                                                         String organisationName) {
        return BackgroundTask.of(p -> open(workspace, entry, organisationName))
                .inOrderOf(BackgroundTask.assessment(entry.id()));
    }

    /**
     * Commits one answer, in its own transaction, after the work already asked on this assessment. A
     * failure says which answer of which assessment could not be saved ({@link FailedWhile}).
     */
    public BackgroundTask<Void> saveAnswer(Answer answer) {
        String assessmentName = name();
        Text question = questionnaire.question(answer.questionId()).map(q -> q.text()).orElse(Text.of(answer.questionId(), answer.questionId()));
        return inOrder(BackgroundTask.ofAction(p -> {
            try {
                workspace.saveAnswer(entry.id(), answer);
            } catch (RuntimeException e) {
                throw new FailedWhile("failed.save-answer", "Cap RSE could not save the answer to " + answer.questionId()
                        + " of " + assessmentName, e, question, assessmentName);
            }
        }));
    }

    /** Commits the action plan as it now stands, in one transaction, after the work already asked. */
    public BackgroundTask<Void> saveActions(List<Action> actions) {
        List<Action> copy = List.copyOf(actions);
        String assessmentName = name();
        return inOrder(BackgroundTask.ofAction(p -> {
            try {
                workspace.saveActions(entry.id(), copy);
            } catch (RuntimeException e) {
                throw new FailedWhile("failed.save-actions", "Cap RSE could not save the action plan of " + assessmentName,
                        e, assessmentName);
            }
        }));
    }

    /**
     * Saves the profile the assessment is scored with (and the organisation's current one), in one
     * transaction, after the work already asked; once saved, messages name the organisation as it now is.
     * A failure says whose profile could not be saved ({@link FailedWhile}).
     */
    public BackgroundTask<Void> saveProfile(Organisation profile) {
        String assessmentName = name();
        return inOrder(BackgroundTask.ofAction(p -> {
            try {
                workspace.saveProfile(entry.id(), profile);
            } catch (RuntimeException e) {
                throw new FailedWhile("failed.save-profile", "Cap RSE could not save the profile of " + assessmentName,
                        e, assessmentName);
            }
            organisationChanged(profile);
        }));
    }

    /** The profile was saved since the assessment was opened: messages name the organisation as it is now. */
    public void organisationChanged(Organisation updated) {
        this.organisation = updated;
    }

    /** How a message names this assessment: its organisation and period ("Atelier du Val · 2026"). */
    private String name() {
        return name(organisation.name(), entry);
    }

    /** "Atelier du Val · 2026", or the period alone when the organisation is not known. */
    private static String name(String organisationName, Workspace.AssessmentEntry entry) {
        return organisationName == null || organisationName.isBlank() ? entry.period()
                : organisationName + " · " + entry.period();
    }

    /**
     * Orders {@code task} after the work already asked on this assessment (its saves above all): an
     * export or a report asked through here sees every answer given before it.
     */
    public <V> BackgroundTask<V> inOrder(BackgroundTask<V> task) {
        return task.inOrderOf(BackgroundTask.assessment(entry.id()));
    }

    public Workspace.AssessmentEntry entry() {
        return entry;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The assessment as it was read when opened (the pages keep the answers given since). */
    public Assessment assessment() {
        return assessment;
    }

    public Optional<Previous> previous() {
        return Optional.ofNullable(previous);
    }
}
