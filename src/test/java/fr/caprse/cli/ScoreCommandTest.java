package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/scoring-example");
    private static final String QUESTIONNAIRE = EXAMPLE.resolve("scoring-example.yaml").toString();
    private static final String ASSESSMENT = EXAMPLE.resolve("example-sarl.rse.json").toString();

    @TempDir
    Path temp;

    private Path file(String name, String content) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private static String withQuestionnaire(String id, String version) throws IOException {
        return Files.readString(Path.of(ASSESSMENT), StandardCharsets.UTF_8)
                .replace("\"id\": \"scoring-example\"", "\"id\": \"" + id + "\"")
                .replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
    }

    @Test
    void scoresWithAQuestionnaireFileAsJson() {
        CliTestSupport result = CliTestSupport.run("score", ASSESSMENT, "--questionnaire", QUESTIONNAIRE, "--json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("{\"overall\": 72.22222222222223, \"level\": 3, \"completion\": 1.0, "
                + "\"themes\": {\"gov\": {\"score\": 66.66666666666667, \"level\": 3, \"answered\": 2, \"applicable\": 2}, "
                + "\"env\": {\"score\": 75.0, \"level\": 3, \"answered\": 2, \"applicable\": 2}}}");
    }

    @Test
    void printsATableByDefault() {
        CliTestSupport result = CliTestSupport.run("score", ASSESSMENT, "--questionnaire", QUESTIONNAIRE, "--lang", "en");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("gov +Governance +66\\.7 +Deployed +2/2")
                .containsPattern("env +Environment +75\\.0 +Deployed +2/2")
                .containsPattern("overall +72\\.2 +Deployed +4/4")
                .contains("completion: 100.0 %");
    }

    @Test
    void theTableIsInFrenchWithLangFr() {
        CliTestSupport result = CliTestSupport.run("score", ASSESSMENT, "--questionnaire", QUESTIONNAIRE, "--lang", "fr");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("thème +score +niveau +répondu")
                .containsPattern("global +72,2 +Déployé +4/4")
                .contains("avancement : 100,0 % (4 des 4 questions applicables ont une réponse)")
                .doesNotContain("theme").doesNotContain("completion").doesNotContain("overall");
    }

    @Test
    void missingAssessmentFileIsBadInputNamingTheFile() {
        CliTestSupport result = CliTestSupport.run("score", temp.resolve("nowhere.rse.json").toString());
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.err()).contains("nowhere.rse.json: no such file");
    }

    @Test
    void invalidAssessmentFileListsEveryProblemWithItsPlace() throws IOException {
        Path bad = file("bad.rse.json", Files.readString(Path.of(ASSESSMENT))
                .replace("\"value\": 3", "\"value\": 9").replace("\"internal\"", "\"secret\""));
        CliTestSupport result = CliTestSupport.run("score", bad.toString(), "--questionnaire", QUESTIONNAIRE);
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.err()).contains(bad + ":16:16: question gov-mission: value must be a maturity level from 0 to 4, found 9")
                .contains(bad + ":19:16: question gov-report: option \"secret\" does not exist");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void questionnaireThatIsNotBuiltInAsksForTheFile() {
        CliTestSupport result = CliTestSupport.run("score", ASSESSMENT);
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.err()).contains("questionnaire scoring-example is not built in; give its file with --questionnaire FILE");
    }

    @Test
    void builtInQuestionnaireOfAnotherVersionAsksForTheFile() throws IOException {
        Path other = file("old.rse.json", withQuestionnaire("rse-express", "0.9.0").replaceAll(
                "(?s)\"answers\": \\{.*?\\n  \\}", "\"answers\": {}"));
        CliTestSupport result = CliTestSupport.run("score", other.toString());
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        String builtIn = BuiltInQuestionnaires.versions("rse-express").stream()
                .map(Questionnaire::version).collect(Collectors.joining(", "));
        assertThat(builtIn).startsWith("1.0.0");
        assertThat(result.err()).contains("answered on rse-express version 0.9.0, but the built-in versions are " + builtIn
                + "; give the 0.9.0 file with --questionnaire FILE");
    }

    @Test
    void givenQuestionnaireMustBeTheOneTheAssessmentNames() throws IOException {
        Path other = file("other.rse.json", withQuestionnaire("rse-rso", "1.0.0"));
        CliTestSupport result = CliTestSupport.run("score", other.toString(), "--questionnaire", QUESTIONNAIRE);
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.err()).contains("answered on questionnaire rse-rso, but " + QUESTIONNAIRE
                + " is questionnaire scoring-example");
    }

    @Test
    void givenQuestionnaireOfAnotherVersionIsUsedWithAWarning() throws IOException {
        Path other = file("v0.rse.json", withQuestionnaire("scoring-example", "0.9.0"));
        CliTestSupport result = CliTestSupport.run("score", other.toString(), "--questionnaire", QUESTIONNAIRE, "--json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("warning: " + other + ": answered on scoring-example version 0.9.0, "
                + "read with version 1.0.0");
        assertThat(result.out()).startsWith("{\"overall\": 72.22222222222223");
    }

    @Test
    void brokenQuestionnaireFileIsBadInputWithItsProblems() throws IOException {
        Path broken = file("broken.yaml", "id: broken\nversion: \"1.0.0\"\nthemes: 3\n");
        CliTestSupport result = CliTestSupport.run("score", ASSESSMENT, "--questionnaire", broken.toString());
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.err()).contains(broken + ":");
    }

    @Test
    void unknownLanguageIsAUsageError() {
        CliTestSupport result = CliTestSupport.run("score", ASSESSMENT, "--lang", "de");
        assertThat(result.exitCode()).isEqualTo(CapRseCli.USAGE);
    }

    @Test
    void helpDescribesTheCommand() {
        CliTestSupport result = CliTestSupport.run("score", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--questionnaire=FILE").contains("--json").contains("ASSESSMENT.rse.json");
    }
}
