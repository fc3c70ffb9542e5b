package fr.caprse.application.period;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import fr.caprse.domain.questionnaire.SemanticVersions;
import fr.caprse.storage.AssessmentSummary;
import fr.caprse.storage.Database;
import fr.caprse.storage.DuplicateResult;
import fr.caprse.storage.StorageException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Starting the assessment of a new period from a previous one ("new period from this one" on the home
 * screen). The previous assessment keeps the questionnaire file it was answered with and keeps scoring
 * on it. The new one moves to the newest built-in version of the same questionnaire when there is a newer
 * one (a user's own questionnaire, or one already at the newest version, stays as it is): the answers
 * whose question still exists, and still fits it, are carried over (see
 * {@link fr.caprse.domain.period.CarryOver}); the result names the questions that are new, so the user
 * knows what is left to answer, and those whose answer could not be carried over. One transaction.
 */
public final class NextPeriod {

    /**
     * The new period's assessment; the versions it moved from and to (the same when it did not move); the
     * questions new in that version, and the previous answers left behind, by question id in questionnaire order.
     */
    public record Started(AssessmentSummary created, String fromVersion, String toVersion, List<String> newQuestions,
                          List<String> notCarriedOver) {
        public Started {
            newQuestions = List.copyOf(newQuestions);
            notCarriedOver = List.copyOf(notCarriedOver);
        }

        public boolean movedToNewVersion() {
            return !fromVersion.equals(toVersion);
        }
    }

    private final Database database;
    private final QuestionnaireSource questionnaires;
    private final Function<String, Optional<SourcedQuestionnaire>> newestBuiltIn;

    /** With the questionnaires built into the application. */
    public NextPeriod(Database database, QuestionnaireSource questionnaires) {
        this(database, questionnaires, id -> questionnaires.builtIns().stream().filter(q -> q.id().equals(id)).findFirst());
    }

    /** {@code newestBuiltIn} gives the current built-in version of a questionnaire id, if any. */
    public NextPeriod(Database database, QuestionnaireSource questionnaires,
                      Function<String, Optional<SourcedQuestionnaire>> newestBuiltIn) {
        this.database = Objects.requireNonNull(database, "database");
        this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
        this.newestBuiltIn = Objects.requireNonNull(newestBuiltIn, "newestBuiltIn");
    }

    /**
     * The questionnaire a new period started from an assessment answered on {@code answeredOn} uses: the
     * newest built-in version of the same id when it is newer, else {@code answeredOn} itself.
     */
    public SourcedQuestionnaire questionnaireFor(SourcedQuestionnaire answeredOn) {
        Questionnaire previous = answeredOn.questionnaire();
        return newestBuiltIn.apply(previous.id())
                .filter(newest -> SemanticVersions.compare(newest.questionnaire().version(), previous.version()) > 0)
                .orElse(answeredOn);
    }

    /** Starts period {@code period} from assessment {@code fromAssessmentId}, in one transaction. */
    public Started start(long fromAssessmentId, String period) {
        SourcedQuestionnaire previous = answeredOn(fromAssessmentId);
        SourcedQuestionnaire next = questionnaireFor(previous);
        DuplicateResult result = database.assessments().duplicate(fromAssessmentId, period, previous.questionnaire(),
                next.questionnaire(), next.content());
        return new Started(result.created(), previous.questionnaire().version(), next.questionnaire().version(),
                result.newQuestions(), result.notCarriedOver());
    }

    /** The questionnaire file assessment {@code assessmentId} was answered with, as it keeps it. */
    private SourcedQuestionnaire answeredOn(long assessmentId) {
        AssessmentSummary summary = database.assessments().summary(assessmentId)
                .orElseThrow(() -> new StorageException("The assessment " + assessmentId + " no longer exists."));
        return questionnaires.byHash(summary.questionnaireHash())
                .orElseThrow(() -> new StorageException("The questionnaire " + summary.questionnaireId() + " "
                        + summary.questionnaireVersion() + " of this assessment is missing or cannot be read."));
    }
}
