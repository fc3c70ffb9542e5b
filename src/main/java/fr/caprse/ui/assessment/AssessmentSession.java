package fr.caprse.ui.assessment;

import fr.caprse.application.Workspace;
import fr.caprse.application.assessment.OpenAssessment;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.ui.actions.ActionPlanViewModel;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.Errors;
import fr.caprse.ui.results.ResultsViewModel;
import fr.caprse.ui.walkthrough.WalkthroughViewModel;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages' side of an open assessment: the walk-through and action plan models over what
 * {@link OpenAssessment} read, their changes handed back to it (committed off the FX thread, in the
 * order given), and a dialog when a save fails.
 */
public final class AssessmentSession {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentSession.class);

    private final AppServices services;
    private final OpenAssessment opened;
    private Organisation organisation;
    private final WalkthroughViewModel walkthrough;
    private final ActionPlanViewModel actions;

    public AssessmentSession(AppServices services, OpenAssessment opened) {
        this.services = services;
        this.opened = opened;
        this.organisation = opened.assessment().organisation();
        this.walkthrough = newWalkthrough(opened.assessment().answers());
        Questionnaire questionnaire = opened.questionnaire();
        this.actions = new ActionPlanViewModel(opened.assessment().actions(),
                list -> opened.saveActions(list).onFailure(this::saveFailed).executeWith(services.tasks()),
                questionId -> questionnaire.question(questionId).map(q -> q.recommendation())
                        .orElse(fr.caprse.domain.questionnaire.Text.EMPTY));
    }

    private WalkthroughViewModel newWalkthrough(Map<String, Answer> answers) {
        Map<String, Answer> previousAnswers = opened.previous().map(p -> p.assessment().answers()).orElse(Map.of());
        return new WalkthroughViewModel(opened.questionnaire(), organisation, answers, previousAnswers,
                (answer, done) -> opened.saveAnswer(answer)
                        .onSuccess(ok -> done.accept(null))
                        .onFailure(failure -> {
                            saveFailed(failure);
                            done.accept(failure);
                        })
                        .executeWith(services.tasks()), services.clock(), System.getProperty("user.name"));
    }

    /**
     * Runs {@code task} after the work already asked on this assessment (its saves above all): an
     * export or a report asked through here sees every answer given before it.
     */
    public <V> BackgroundTask<V> inOrder(BackgroundTask<V> task) {
        return opened.inOrder(task).executeWith(services.tasks());
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Saving failed for assessment {}", entry().id(), failure);
        services.dialogs().showError(services.texts().get("error.save.title"),
                services.texts().get("error.save.kept", Errors.message(failure, services.texts())));
    }

    public ResultsViewModel results() {
        return new ResultsViewModel(opened.questionnaire(), organisation, walkthrough.answers(),
                opened.previous().map(OpenAssessment.Previous::score));
    }

    /** Saves the profile, in the order of the assessment's other saves (see {@link OpenAssessment#saveProfile}). */
    public BackgroundTask<Void> saveProfile(Organisation profile) {
        return opened.saveProfile(profile);
    }

    /** Rebuilds the walk-through after the profile changed (applicability depends on it). */
    public WalkthroughViewModel updateOrganisation(Organisation updated) {
        this.organisation = updated;
        opened.organisationChanged(updated);
        walkthrough.setOrganisation(updated);
        return walkthrough;
    }

    public Optional<OpenAssessment.Previous> previous() {
        return opened.previous();
    }

    public Workspace.AssessmentEntry entry() {
        return opened.entry();
    }

    public Questionnaire questionnaire() {
        return opened.questionnaire();
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
