package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code score --json} on the sample assessments gives the figures worked out by hand in
 * src/test/resources/assessments/README.md (fractions there, compared here to the last few bits).
 */
class SampleAssessmentsTest {

    private static final Path FOLDER = Path.of("src/test/resources/assessments");

    /** {score or null, level or null, answered, applicable} of one theme. */
    private record Theme(Double score, Integer level, int answered, int applicable) {
    }

    private static JsonNode scoreJson(String file) throws IOException {
        CliTestSupport result = CliTestSupport.run("score", FOLDER.resolve(file).toString(), "--json");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).endsWith("}" + System.lineSeparator()).doesNotContain("\n{");
        return new ObjectMapper().readTree(result.out());
    }

    private static void assertScores(JsonNode json, double overall, int level, double completion,
                                     Map<String, Theme> themes) {
        assertThat(json.get("overall").asDouble()).isCloseTo(overall, within(1e-12));
        assertThat(json.get("level").asInt()).isEqualTo(level);
        assertThat(json.get("completion").asDouble()).isCloseTo(completion, within(1e-15));
        assertThat(json.get("themes").size()).isEqualTo(themes.size());
        themes.forEach((id, expected) -> {
            JsonNode theme = json.get("themes").get(id);
            assertThat(theme).as(id).isNotNull();
            if (expected.score() == null) {
                assertThat(theme.get("score").isNull()).as(id + " not scored").isTrue();
                assertThat(theme.get("level").isNull()).as(id + " has no level").isTrue();
            } else {
                assertThat(theme.get("score").asDouble()).as(id).isCloseTo(expected.score(), within(1e-12));
                assertThat(theme.get("level").asInt()).as(id).isEqualTo(expected.level());
            }
            assertThat(theme.get("answered").asInt()).as(id + " answered").isEqualTo(expected.answered());
            assertThat(theme.get("applicable").asInt()).as(id + " applicable").isEqualTo(expected.applicable());
        });
    }

    @Test
    void bakeryOnRseExpress() throws IOException {
        assertScores(scoreJson("fournil-rse-express.rse.json"), 14875.0 / 324, 2, 19.0 / 20, Map.of(
                "gov", new Theme(1300.0 / 27, 2, 7, 7),
                "sta", new Theme(700.0 / 24, 1, 5, 6),
                "env", new Theme(2900.0 / 48, 3, 7, 7)));
    }

    @Test
    void scopOnRseRsoPartlyAnsweredWithNotApplicableAnswersAndConditions() throws IOException {
        assertScores(scoreJson("atelier-du-val-rse-rso.rse.json"), 49535.0 / 936, 2, 27.0 / 31, Map.of(
                "gov", new Theme(1175.0 / 18, 3, 12, 12),
                "sta", new Theme(50.0, 2, 8, 10),
                "hr", new Theme(1475.0 / 39, 1, 7, 10),
                "lab", new Theme(220.0 / 3, 3, 16, 16),
                "env", new Theme(1325.0 / 36, 1, 14, 16),
                "fop", new Theme(50.0, 2, 10, 11),
                "con", new Theme(62.5, 3, 8, 8),
                "com", new Theme(1715.0 / 36, 2, 6, 10)));
    }

    @Test
    void associationOnVsmeBasicWithThemesThatAreNotScored() throws IOException {
        assertScores(scoreJson("jardins-de-la-vallee-vsme-basic.rse.json"), 2800.0 / 33, 4, 61.0 / 65, Map.ofEntries(
                Map.entry("b1", new Theme(null, null, 12, 12)),
                Map.entry("b2", new Theme(600.0 / 11, 2, 12, 13)),
                Map.entry("b3", new Theme(null, null, 7, 8)),
                Map.entry("b4", new Theme(null, null, 1, 1)),
                Map.entry("b5", new Theme(null, null, 6, 6)),
                Map.entry("b6", new Theme(null, null, 3, 3)),
                Map.entry("b7", new Theme(100.0, 4, 5, 6)),
                Map.entry("b8", new Theme(null, null, 6, 6)),
                Map.entry("b9", new Theme(null, null, 3, 3)),
                Map.entry("b10", new Theme(100.0, 4, 5, 6)),
                Map.entry("b11", new Theme(null, null, 1, 1))));
    }

    @Test
    void tableShowsRoundedScoresAndLevelLabels() {
        CliTestSupport result = CliTestSupport.run("score",
                FOLDER.resolve("atelier-du-val-rse-rso.rse.json").toString(), "--lang", "en");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Atelier du Val · rse-rso 1.0.0 · 2026")
                .containsPattern("gov +Governance +65\\.3 +Deployed +12/12")
                .containsPattern("hr +Human rights +37\\.8 +Emerging +7/10")
                .containsPattern("overall +52\\.9 +Structured +81/93")
                .contains("completion: 87.1 % (81 of 93 applicable questions answered)");
    }

    @Test
    void tableInFrenchSaysWhichThemesAreNotScored() {
        CliTestSupport result = CliTestSupport.run("score",
                FOLDER.resolve("jardins-de-la-vallee-vsme-basic.rse.json").toString(), "--lang", "fr");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("b1 +B1 – Base de préparation +- +non évalué +12/12")
                .containsPattern("b7 +\\S.* +100,0 +Exemplaire +5/6")
                .containsPattern("global +84,8 +Exemplaire +61/65");
    }

    /** The samples are kept exactly as the writer writes them: reading then writing changes no byte. */
    @ParameterizedTest
    @ValueSource(strings = {"fournil-rse-express.rse.json", "atelier-du-val-rse-rso.rse.json",
            "jardins-de-la-vallee-vsme-basic.rse.json"})
    void samplesAreInTheWritersExactForm(String file) throws IOException, AssessmentFileException {
        byte[] content = Files.readAllBytes(FOLDER.resolve(file));
        Assessment assessment = AssessmentJson.read(content, file, BuiltInQuestionnaires::find);
        assertThat(AssessmentJson.write(assessment, BuiltInQuestionnaires.find(assessment.questionnaireId(),
                assessment.questionnaireVersion()).orElseThrow())).isEqualTo(content);
    }
}
