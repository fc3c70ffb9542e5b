package fr.caprse.application.period;

import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.period.CarryOver;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.SemanticVersions;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.json.AssessmentJson;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new period started from an assessment answered on an earlier version of a built-in questionnaire
 * moves to the newest version, carries over what still fits, names what is new; the earlier assessment
 * keeps scoring on its own version.
 */
class NextPeriodTest {

    @TempDir
    Path data;

    private static final Organisation SCOP = new Organisation("Atelier du Val", "123 456 789 00012", "C25",
            OrganisationSize.SMALL, 23, "SCOP", "Drôme", true);

    @Test
    void aNewPeriodMovesToTheNewestVersionCarryingOverWhatStillFitsAndNamingWhatIsNew() {
        byte[] v1File = BuiltInQuestionnaires.content("rse-express", "1.0.0");
        Questionnaire v1 = load(v1File);
        // the next release: one question reworded with a new id, one new question
        byte[] v2File = new String(v1File, StandardCharsets.UTF_8)
                .replace("version: \"1.0.0\"", "version: \"1.1.0\"")
                .replace("- id: xgov-purpose", "- id: xgov-raison-d-etre")
                .getBytes(StandardCharsets.UTF_8);
        Questionnaire v2 = load(v2File);
        SourcedQuestionnaire newest = new SourcedQuestionnaire(v2, v2File, SourcedQuestionnaire.Origin.BUILT_IN);

        try (Database database = Database.open(data)) {
            long organisation = database.organisations().create(SCOP).id();
            long lastYear = database.assessments().create(organisation, "2025", v1, v1File).id();
            for (Question question : v1.questions()) {
                if (question.type() == QuestionType.MATURITY) {
                    database.assessments().saveAnswer(lastYear,
                            Answer.of(question.id(), new AnswerValue.LevelValue(3)).withFlagged(true));
                }
            }
            Assessment answered = database.assessments().load(lastYear).orElseThrow();
            AssessmentScore before = Scorer.score(v1, answered.organisation(), answered.answers());

            NextPeriod nextPeriod = new NextPeriod(database, new QuestionnaireSource(KeptQuestionnaires.in(database)), id -> id.equals("rse-express") ? Optional.of(newest)
                    : Optional.empty());
            NextPeriod.Started started = nextPeriod.start(lastYear, "2026");

            assertThat(started.fromVersion()).isEqualTo("1.0.0");
            assertThat(started.toVersion()).isEqualTo("1.1.0");
            assertThat(started.movedToNewVersion()).isTrue();
            assertThat(started.newQuestions()).containsExactly("xgov-raison-d-etre");
            assertThat(started.notCarriedOver()).containsExactly("xgov-purpose");
            Assessment next = database.assessments().load(started.created().id()).orElseThrow();
            assertThat(next.questionnaireVersion()).isEqualTo("1.1.0");
            assertThat(database.questionnaires().ofAssessment(started.created().id()).orElseThrow().content()).isEqualTo(v2File);
            Map<String, Answer> carried = next.answers();
            assertThat(carried).hasSize(answered.answers().size() - 1).doesNotContainKey("xgov-purpose");
            assertThat(carried.values()).allSatisfy(a -> {
                assertThat(a.value()).isEqualTo(new AnswerValue.LevelValue(3));
                assertThat(a.flagged()).as("a review flag stays with its period").isFalse();
            });

            Assessment old = database.assessments().load(lastYear).orElseThrow();
            assertThat(old.questionnaireVersion()).isEqualTo("1.0.0");
            assertThat(database.questionnaires().ofAssessment(lastYear).orElseThrow().content()).isEqualTo(v1File);
            assertThat(Scorer.score(v1, old.organisation(), old.answers())).isEqualTo(before);
        }
    }

    @Test
    void anAssessmentAlreadyOnTheNewestVersionOrOnItsOwnQuestionnaireStaysOnIt() {
        byte[] v1File = BuiltInQuestionnaires.content("rse-express", "1.0.0");
        Questionnaire v1 = load(v1File);
        try (Database database = Database.open(data)) {
            long organisation = database.organisations().create(SCOP).id();
            long lastYear = database.assessments().create(organisation, "2025", v1, v1File).id();
            database.assessments().saveAnswer(lastYear, Answer.of("xgov-purpose", new AnswerValue.LevelValue(2)));

            NextPeriod.Started notBuiltIn = new NextPeriod(database, new QuestionnaireSource(KeptQuestionnaires.in(database)), id -> Optional.empty()).start(lastYear, "2026");
            assertThat(notBuiltIn.toVersion()).isEqualTo("1.0.0");
            assertThat(notBuiltIn.movedToNewVersion()).isFalse();
            assertThat(notBuiltIn.newQuestions()).isEmpty();
            assertThat(notBuiltIn.notCarriedOver()).isEmpty();

            SourcedQuestionnaire same = new SourcedQuestionnaire(v1, v1File, SourcedQuestionnaire.Origin.BUILT_IN);
            NextPeriod.Started sameVersion = new NextPeriod(database, new QuestionnaireSource(KeptQuestionnaires.in(database)), id -> Optional.of(same)).start(lastYear, "2027");
            assertThat(sameVersion.toVersion()).isEqualTo("1.0.0");
            assertThat(database.assessments().load(sameVersion.created().id()).orElseThrow().answers())
                    .containsOnlyKeys("xgov-purpose");
        }
    }

    /**
     * The sample SCOP answered on rse-rso 1.0.0 (its hand-worked score is in the samples' README) still
     * scores 198140/3744 once 1.1.0 ships; its next period moves to 1.1.0, keeps every answer whose
     * question is still asked the same way and names the questions 1.1.0 adds.
     */
    @Test
    void theShippedSampleOnOneZeroZeroScoresAsBeforeAndItsNextPeriodMovesToTheNewestRseRso() throws Exception {
        Questionnaire current = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        assertThat(SemanticVersions.compare(current.version(), "1.0.0")).as("a newer rse-rso ships").isPositive();
        Questionnaire v1 = BuiltInQuestionnaires.find("rse-rso", "1.0.0").orElseThrow();
        Path sample = Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json");

        try (Database database = Database.open(data)) {
            Assessment read = AssessmentJson.read(Files.readAllBytes(sample), sample.toString(), BuiltInQuestionnaires::find);
            long imported = database.assessments().insert(read, BuiltInQuestionnaires.content("rse-rso",
                    read.questionnaireVersion())).assessment().id();
            Assessment answered = database.assessments().load(imported).orElseThrow();
            assertThat(answered.questionnaireVersion()).isEqualTo("1.0.0");
            assertThat(database.questionnaires().ofAssessment(imported).orElseThrow().content())
                    .isEqualTo(BuiltInQuestionnaires.content("rse-rso", "1.0.0"));
            AssessmentScore score = Scorer.score(v1, answered.organisation(), answered.answers());
            assertThat(score.overall()).isCloseTo(198140.0 / 3744, within(1e-9));

            NextPeriod.Started started = new NextPeriod(database, new QuestionnaireSource(KeptQuestionnaires.in(database))).start(imported, "2027");

            assertThat(started.fromVersion()).isEqualTo("1.0.0");
            assertThat(started.toVersion()).isEqualTo(current.version());
            List<String> added = current.questions().stream().filter(q -> q.type().isAnswered())
                    .map(Question::id).filter(id -> v1.question(id).isEmpty()).toList();
            assertThat(started.newQuestions()).containsExactlyElementsOf(added)
                    .contains("gov-priority-issues", "gov-ess-guide", "lab-hours-worked", "env-transition-plan",
                            "com-public-policies");
            Assessment next = database.assessments().load(started.created().id()).orElseThrow();
            assertThat(next.questionnaireVersion()).isEqualTo(current.version());
            for (Answer answer : answered.answers().values()) {
                boolean kept = next.answers().containsKey(answer.questionId());
                assertThat(kept).as(answer.questionId()).isEqualTo(CarryOver.fits(answer, current));
                assertThat(started.notCarriedOver().contains(answer.questionId())).isEqualTo(!kept);
            }
            // the reworked yes/no questions have new ids: their old answers stay with 1.0.0
            assertThat(started.notCarriedOver()).contains("hr-policy", "sta-in-governance");
            assertThat(next.answers()).containsKeys("gov-purpose", "lab-training", "env-waste");

            Assessment old = database.assessments().load(imported).orElseThrow();
            assertThat(Scorer.score(v1, old.organisation(), old.answers())).isEqualTo(score);
        }
    }

    private static Questionnaire load(byte[] file) {
        LoadResult result = new QuestionnaireLoader().load("rse-express.yaml", file);
        assertThat(result.problems()).isEmpty();
        return result.questionnaire();
    }
}
