package fr.caprse.ui.assessment;

import fr.caprse.ui.common.Errors;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.ui.actions.ActionPlanViewModel;
import fr.caprse.ui.common.AppServices;
import fr.caprse.application.Workspace;
import fr.caprse.ui.results.ResultsViewModel;
import fr.caprse.ui.walkthrough.WalkthroughViewModel;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open assessment: its questionnaire version, the walk-through and action plan models, and the
 * previous assessment of the same organisation when there is one. Answers and actions are committed
 * through the ordered save runner, off the FX thread.
 */
public final class AssessmentSession {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentSession.class);

    /** The previous assessment, answered on its own questionnaire version. */
    public record Previous(Workspace.AssessmentEntry entry, Questionnaire questionnaire, Assessment assessment) {
    }

    private final AppServices services;
    private final Workspace.AssessmentEntry entry;
    private final Questionnaire questionnaire;
    private final Previous previous;
    private final AssessmentScore previousScore;
    private Organisation organisation;
    private final WalkthroughViewModel walkthrough;
    private final ActionPlanViewModel actions;

    public AssessmentSession(AppServices services, Workspace.AssessmentEntry entry, Questionnaire questionnaire,
                             Assessment assessment, Previous previous) {
        this.services = services;
        this.entry = entry;
        this.questionnaire = questionnaire;
        this.previous = previous;
        this.organisation = assessment.organisation();
        // the previous period does not change while this one is open: score it once
        this.previousScore = previous == null ? null
                : Scorer.score(previous.questionnaire(), previous.assessment().organisation(), previous.assessment().answers());
        this.walkthrough = newWalkthrough(assessment.answers());
        this.actions = new ActionPlanViewModel(assessment.actions(), list -> inOrder(
                BackgroundTask.ofAction(p -> services.workspace().saveActions(entry.id(), list)).onFailure(this::saveFailed)),
                questionId -> questionnaire.question(questionId).map(q -> q.recommendation())
                        .orElse(fr.caprse.domain.questionnaire.Text.EMPTY));
    }

    /** Opens an assessment from the store (call off the FX thread: it reads the disk). */
    public static AssessmentSession open(AppServices services, Workspace.AssessmentEntry entry) {
        Workspace workspace = services.workspace();
        Questionnaire questionnaire = workspace.questionnaireOf(entry.id());
        Assessment assessment = workspace.load(entry.id());
        Previous previous = workspace.previous(entry)
                .map(p -> new Previous(p, workspace.questionnaireOf(p.id()), workspace.load(p.id())))
                .orElse(null);
        return new AssessmentSession(services, entry, questionnaire, assessment, previous);
    }

    private WalkthroughViewModel newWalkthrough(Map<String, Answer> answers) {
        Map<String, Answer> previousAnswers = previous == null ? Map.of() : previous.assessment().answers();
        return new WalkthroughViewModel(questionnaire, organisation, answers, previousAnswers,
                (answer, done) -> inOrder(BackgroundTask.ofAction(p -> services.workspace().saveAnswer(entry.id(), answer))
                        .onSuccess(ok -> done.accept(null))
                        .onFailure(failure -> {
                            saveFailed(failure);
                            done.accept(failure);
                        })), services.clock(), System.getProperty("user.name"));
    }

    /**
     * Runs {@code task} after the work already asked on this assessment (its saves above all): an
     * export or a report asked through here sees every answer given before it.
     */
    public <V> BackgroundTask<V> inOrder(BackgroundTask<V> task) {
        return task.inOrderOf(BackgroundTask.assessment(entry.id())).executeWith(services.tasks());
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Saving failed for assessment {}", entry.id(), failure);
        services.dialogs().showError(services.texts().get("error.save.title"),
                services.texts().get("error.save.message", Errors.message(failure, services.texts())));
    }

    public ResultsViewModel results() {
        return new ResultsViewModel(questionnaire, organisation, walkthrough.answers(), Optional.ofNullable(previousScore));
    }

    /** Rebuilds the walk-through after the profile changed (applicability depends on it). */
    public WalkthroughViewModel updateOrganisation(Organisation updated) {
        this.organisation = updated;
        walkthrough.setOrganisation(updated);
        return walkthrough;
    }

    public Optional<Previous> previous() {
        return Optional.ofNullable(previous);
    }

    public Workspace.AssessmentEntry entry() {
        return entry;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Organisation organisation() {
        return organisation;
    }

    public WalkthroughViewModel walkthrough() {
        return walkthrough;
    }

    public ActionPlanViewModel actions() {
        return actions;
    }
}
