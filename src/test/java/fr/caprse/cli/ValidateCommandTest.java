package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String VALID = """
            id: mini
            version: 1.0.0
            languages: [en]
            title: {en: Mini}
            scale:
              levels:
                - {value: 0, label: {en: "No"}}
            themes:
              - id: t
                title: {en: T}
                questions:
                  - {id: q, type: yesno, text: {en: Q?}}
                  - {id: n, type: number, text: {en: N?}}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aValidFilePrintsNothingOnStdoutAndASummaryOnStderr() throws IOException {
        Path file = write("mini.yaml", VALID);

        CliTestSupport result = CliTestSupport.run("validate", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo(file + ": valid (mini 1.0.0, 1 themes, 2 questions, 1 scored)");
    }

    @Test
    void eachProblemIsALineFileLineColumnMessage() throws IOException {
        Path file = write("bad.yaml", VALID.replace("type: yesno", "type: yesno, wieght: 2").replace("version: 1.0.0",
                "version: one"));

        CliTestSupport result = CliTestSupport.run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.out().lines()).containsExactly(
                file + ":2:10: questionnaire: version 'one' must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0",
                file + ":12:30: question 'q': unknown key 'wieght' (did you mean 'weight'?); allowed keys: id, type, "
                        + "text, help, weight, na, required, applies_when, options, max_points, unit, min, max, bands, "
                        + "formula, references, recommendation, levels");
        assertThat(result.err().strip()).isEqualTo(file + ": 2 problems");
    }

    @Test
    void everyFileIsCheckedAndAnyProblemFailsTheRun() throws IOException {
        Path good = write("good.yaml", VALID);
        Path bad = write("bad.yaml", "id: [\n");
        Path missing = dir.resolve("missing.yaml");

        CliTestSupport result = CliTestSupport.run("validate", good.toString(), bad.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.out().lines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).startsWith(bad + ":2:1: the file ends in the middle of a value"),
                line -> assertThat(line).isEqualTo(missing + ":1:1: no such file"));
        assertThat(result.err().lines()).containsExactly(
                good + ": valid (mini 1.0.0, 1 themes, 2 questions, 1 scored)",
                bad + ": 1 problem",
                missing + ": 1 problem",
                "1 of 3 files valid");
    }

    @Test
    void withoutAFileItIsAUsageError() {
        CliTestSupport result = CliTestSupport.run("validate");

        assertThat(result.exitCode()).isEqualTo(CapRseCli.USAGE);
        assertThat(result.err()).contains("Missing required parameter", "FILE");
    }

    @Test
    void theBuiltInQuestionnairesValidateFromTheirSourceFolder() throws IOException {
        try (var files = Files.list(Path.of("questionnaires"))) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("validate"),
                    files.filter(f -> f.toString().endsWith(".yaml")).map(Path::toString).sorted()).toArray(String[]::new);

            CliTestSupport result = CliTestSupport.run(args);

            assertThat(result.out()).isEmpty();
            assertThat(result.exitCode()).isZero();
        }
    }
}
