package fr.caprse.application;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the desktop app keeps: organisations, their assessments and answers; each use case one
 * transaction. {@link SqliteWorkspace} is the one the app uses. Calls touch the disk: the UI makes them
 * through a {@link fr.caprse.application.task.TaskExecutor}, never on the FX thread, and those on one
 * open assessment in the order of {@link fr.caprse.application.task.BackgroundTask#assessment}.
 */
public interface Workspace {

    record OrganisationEntry(long id, Organisation organisation) {
    }

    record AssessmentEntry(long id, long organisationId, String period, String questionnaireId,
                           String questionnaireVersion, Instant modified) {
    }

    List<OrganisationEntry> organisations();

    List<AssessmentEntry> assessments(long organisationId);

    /**
     * Starts an assessment: creates the organisation when {@code organisationId} is null, else saves
     * {@code profile} as its current one, and starts the assessment on {@code questionnaire} (its exact
     * file is kept), in one transaction.
     */
    AssessmentEntry start(Long organisationId, Organisation profile, String period, SourcedQuestionnaire questionnaire);

    Assessment load(long assessmentId);

    /** The questionnaire version the assessment was answered with, even after a newer one shipped. */
    default Questionnaire questionnaireOf(long assessmentId) {
        return sourceOf(assessmentId).questionnaire();
    }

    /** The exact questionnaire file the assessment was answered with. */
    SourcedQuestionnaire sourceOf(long assessmentId);

    /** Commits one answer at once, in its own transaction. */
    void saveAnswer(long assessmentId, Answer answer);

    /**
     * Commits several answers in one transaction, all or none. A store without transactions saves them one
     * by one.
     */
    default void saveAnswers(long assessmentId, List<Answer> answers) {
        answers.forEach(answer -> saveAnswer(assessmentId, answer));
    }

    void saveActions(long assessmentId, List<Action> actions);

    /**
     * Saves the profile the assessment is scored with, and makes it the organisation's current one, in
     * one transaction.
     */
    void saveProfile(long assessmentId, Organisation organisation);

    void deleteAssessment(long assessmentId);

    /**
     * A new period started from an earlier one: the new assessment, the questionnaire versions it moved
     * from and to (equal when it did not move), the questions new in that version and the earlier answers
     * that could not be carried over (question ids).
     */
    record NewPeriod(AssessmentEntry created, String fromVersion, String toVersion, List<String> newQuestions,
                     List<String> notCarriedOver) {
        public NewPeriod {
            newQuestions = List.copyOf(newQuestions);
            notCarriedOver = List.copyOf(notCarriedOver);
        }

        public boolean movedToNewVersion() {
            return !fromVersion.equals(toVersion);
        }
    }

    /**
     * Starts the assessment of a new period from {@code from}, in one go: same organisation, the newest
     * built-in version of its questionnaire (see {@link fr.caprse.application.period.NextPeriod}), answers
     * with their comments and evidence carried over where the question still fits, review flags, votes and
     * actions left behind.
     */
    NewPeriod duplicate(AssessmentEntry from, String period);

    /** The workshop use cases on this store (participants, votes, consensus); empty where it keeps no workshops. */
    default Optional<fr.caprse.application.workshop.WorkshopService> workshops() {
        return Optional.empty();
    }

    /** The same organisation's assessment on the same questionnaire for the latest earlier period. */
    default Optional<AssessmentEntry> previous(AssessmentEntry entry) {
        return assessments(entry.organisationId()).stream()
                .filter(a -> a.questionnaireId().equals(entry.questionnaireId()))
                .filter(a -> a.period().compareTo(entry.period()) < 0)
                .max(Comparator.comparing(AssessmentEntry::period));
    }
}
