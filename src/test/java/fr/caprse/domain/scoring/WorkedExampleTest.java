package fr.caprse.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures of the worked example in docs/scoring.md, section 7. */
class WorkedExampleTest {

    private static final Path FOLDER = Path.of("src/test/resources/scoring-example");
    private static Questionnaire questionnaire;
    private static Assessment assessment;

    @BeforeAll
    static void load() throws IOException, AssessmentFileException {
        LoadResult loaded = new QuestionnaireLoader().load(FOLDER.resolve("scoring-example.yaml"));
        assertThat(loaded.problems()).isEmpty();
        questionnaire = loaded.questionnaire();
        assessment = AssessmentJson.read(Files.readAllBytes(FOLDER.resolve("example-sarl.rse.json")),
                "example-sarl.rse.json", (id, version) -> Optional.of(questionnaire));
    }

    private static AssessmentScore score(Organisation organisation, Map<String, Answer> answers) {
        return Scorer.score(questionnaire, organisation, answers);
    }

    @Test
    void documentedFigures() {
        AssessmentScore score = score(assessment.organisation(), assessment.answers());
        assertThat(score.question("gov-mission").orElseThrow().s()).isEqualTo(0.75);
        assertThat(score.question("gov-report").orElseThrow().s()).isEqualTo(0.5);
        assertThat(score.question("gov-members").orElseThrow().exclusion()).isEqualTo(Exclusion.NOT_APPLICABLE);
        assertThat(score.question("env-actions").orElseThrow().s()).isEqualTo(1.0);
        assertThat(score.question("env-renewable").orElseThrow().s()).isEqualTo(0.25);

        ThemeScore gov = score.theme("gov").orElseThrow();
        assertThat(gov.score()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(ScoreRounding.oneDecimal(gov.score())).hasToString("66.7");
        assertThat(gov.level()).isEqualTo(3);
        ThemeScore env = score.theme("env").orElseThrow();
        assertThat(env.score()).isEqualTo(75.0);
        assertThat(env.level()).isEqualTo(3);
        assertThat(score.overall()).isCloseTo(216.0 / 3 + 2.0 / 9, within(1e-12)); // 72.222...
        assertThat(ScoreRounding.oneDecimal(score.overall())).hasToString("72.2");
        assertThat(score.level()).isEqualTo(3);
        assertThat(score.completion()).isEqualTo(1.0);
        assertThat(score.recommendations()).extracting(Recommendation::questionId)
                .containsExactly("env-renewable", "gov-report");
        assertThat(score.recommendations().get(0).lost()).isEqualTo(0.75);
    }

    @Test
    void whatIfRenewableShareIsNotApplicable() {
        Map<String, Answer> answers = new LinkedHashMap<>(assessment.answers());
        answers.put("env-renewable", Answer.notApplicable("env-renewable"));
        AssessmentScore score = score(assessment.organisation(), answers);
        assertThat(score.theme("env").orElseThrow().score()).isEqualTo(100.0);
        assertThat(score.overall()).isCloseTo(800.0 / 9, within(1e-12)); // 88.888...
        assertThat(ScoreRounding.oneDecimal(score.overall())).hasToString("88.9");
        assertThat(score.level()).isEqualTo(4);
        assertThat(score.completion()).isEqualTo(1.0);
    }

    @Test
    void whatIfReportIsLeftUnanswered() {
        Map<String, Answer> answers = new LinkedHashMap<>(assessment.answers());
        answers.remove("gov-report");
        AssessmentScore score = score(assessment.organisation(), answers);
        assertThat(score.theme("gov").orElseThrow().score()).isEqualTo(50.0);
        assertThat(score.theme("gov").orElseThrow().level()).isEqualTo(2);
        assertThat(score.overall()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(score.completion()).isEqualTo(0.75);
    }

    @Test
    void whatIfTheOrganisationIsAScop() {
        Organisation o = assessment.organisation();
        Organisation scop = new Organisation(o.name(), o.registryId(), o.sector(), o.size(), o.employees(), "scop",
                o.territory(), o.ess());
        AssessmentScore score = score(scop, assessment.answers());
        assertThat(score.theme("gov").orElseThrow().score()).isEqualTo(75.0);
        assertThat(score.overall()).isEqualTo(75.0);
        assertThat(score.completion()).isEqualTo(1.0);
    }
}
