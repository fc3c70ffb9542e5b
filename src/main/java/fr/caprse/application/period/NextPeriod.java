package fr.caprse.application.period;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.SemanticVersions;
import fr.caprse.storage.AssessmentSummary;
import fr.caprse.storage.Database;
import fr.caprse.storage.DuplicateResult;
import fr.caprse.storage.StorageException;
import fr.caprse.storage.StoredQuestionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.Problem;
import fr.caprse.yaml.QuestionnaireLoader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** A questionnaire with the exact bytes of its file. */
    public record Target(Questionnaire questionnaire, byte[] content) {
        public Target {
            Objects.requireNonNull(questionnaire, "questionnaire");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

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
    private final Function<String, Optional<Target>> newestBuiltIn;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    /** With the questionnaires built into the application. */
    public NextPeriod(Database database) {
        this(database, id -> BuiltInQuestionnaires.byId(id).map(q -> new Target(q, BuiltInQuestionnaires.content(id))));
    }

    /** {@code newestBuiltIn} gives the current built-in version of a questionnaire id, if any. */
    public NextPeriod(Database database, Function<String, Optional<Target>> newestBuiltIn) {
        this.database = Objects.requireNonNull(database, "database");
        this.newestBuiltIn = Objects.requireNonNull(newestBuiltIn, "newestBuiltIn");
    }

    /**
     * The questionnaire a new period started from an assessment answered on {@code answeredOn} uses: the
     * newest built-in version of the same id when it is newer, else {@code answeredOn} itself.
     */
    public Target questionnaireFor(Target answeredOn) {
        Questionnaire previous = answeredOn.questionnaire();
        return newestBuiltIn.apply(previous.id())
                .filter(newest -> SemanticVersions.compare(newest.questionnaire().version(), previous.version()) > 0)
                .orElse(answeredOn);
    }

    /** Starts period {@code period} from assessment {@code fromAssessmentId}, in one transaction. */
    public Started start(long fromAssessmentId, String period) {
        Target previous = answeredOn(fromAssessmentId);
        Target next = questionnaireFor(previous);
        DuplicateResult result = database.assessments().duplicate(fromAssessmentId, period, previous.questionnaire(),
                next.questionnaire(), next.content());
        return new Started(result.created(), previous.questionnaire().version(), next.questionnaire().version(),
                result.newQuestions(), result.notCarriedOver());
    }

    /** The questionnaire file assessment {@code assessmentId} was answered with, as it keeps it. */
    private Target answeredOn(long assessmentId) {
        StoredQuestionnaire stored = database.questionnaires().ofAssessment(assessmentId)
                .orElseThrow(() -> new StorageException("The questionnaire of assessment " + assessmentId + " is missing."));
        Optional<Questionnaire> builtIn = BuiltInQuestionnaires.find(stored.id(), stored.version())
                .filter(q -> q.contentHash().equals(stored.contentHash()));
        if (builtIn.isPresent()) {
            return new Target(builtIn.get(), stored.content());
        }
        LoadResult result = loader.load(stored.id() + "-" + stored.version() + ".yaml", stored.content());
        if (!result.ok()) {
            throw new StorageException("The kept questionnaire " + stored.id() + " " + stored.version()
                    + " cannot be read: " + result.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
        return new Target(result.questionnaire(), stored.content());
    }
}
