package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust memory, time or the stack, or to instantiate classes, each end in one clear
 * problem. How fast they are refused is measured by {@link QuestionnaireLoaderBenchmark}.
 */
class HostileQuestionnairesTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    private List<String> problems(byte[] content) {
        return loader.load("hostile.yaml", content).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path file = HostileInput.hugeFile(dir.resolve("huge.yaml"), 50);

        assertThat(loader.load(file).problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:1: file too large: 50.0 MB; a questionnaire file may not exceed 5 MB");
    }

    @Test
    void theBillionLaughsIsStoppedBeforeItsAliasesAreExpanded() {
        assertThat(problems(HostileInput.billionLaughs())).containsExactly(
                "hostile.yaml:1:1: too many aliases: once its aliases are expanded the file holds more than 100000 "
                        + "values; write the content out instead");
    }

    @Test
    void moreThanAHundredAliasesStopAtTheHundredAndFirst() {
        String yaml = "a: &x 1\nb: [" + "*x, ".repeat(100) + "*x]\n";
        assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "hostile.yaml:2:405: too many aliases: more than 100 uses of *anchor; write the content out instead");
    }

    @Test
    void fewAliasesThatMultiplyTheContentAreStoppedToo() {
        assertThat(problems(HostileInput.doublingAliases(30))).containsExactly(
                "hostile.yaml:1:1: too many aliases: once its aliases are expanded the file holds more than 100000 "
                        + "values; write the content out instead");
    }

    @Test
    void aFileWithTooManyValuesStopsAtTheLimitWithItsPlace() {
        String yaml = "themes:\n" + "  - x\n".repeat(100_001);
        assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "hostile.yaml:99999:5: file too large: more than 100000 values (texts, numbers, lists and maps); "
                        + "a questionnaire holds a few thousand");
    }

    @Test
    void aThousandProblemsAreListedAtMost() {
        String yaml = "id: x\n".repeat(2000);
        List<String> problems = problems(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).hasSize(Problems.MAX_LISTED + 1).contains(
                "hostile.yaml:1002:1: more than 1000 problems: only the first 1000 found are listed; fix them and "
                        + "validate again");
    }

    @Test
    void tenThousandNestedListsStopAtTheDepthLimitWithTheirPlace() {
        assertThat(problems(HostileInput.deepNesting(10_000))).containsExactly(
                "hostile.yaml:2:58: nested too deep: more than 50 levels of lists and maps; a questionnaire needs about ten");
    }

    @Test
    void javaClassTagsAreRefusedAndNoClassIsEverLoaded() {
        String tripwire = Tripwire.class.getName();

        List<String> problems = problems(HostileInput.javaTag(tripwire));

        assertThat(problems).containsExactly(
                "hostile.yaml:3:8: unsupported tag '!!javax.script.ScriptEngineManager': a questionnaire holds only plain "
                        + "text, numbers, true/false, lists and maps; remove the tag",
                "hostile.yaml:3:44: unsupported tag '!!java.net.URLClassLoader': a questionnaire holds only plain "
                        + "text, numbers, true/false, lists and maps; remove the tag",
                "hostile.yaml:3:72: unsupported tag '!!java.net.URL': a questionnaire holds only plain "
                        + "text, numbers, true/false, lists and maps; remove the tag",
                "hostile.yaml:4:9: unsupported tag '!!" + tripwire + "': a questionnaire holds only plain "
                        + "text, numbers, true/false, lists and maps; remove the tag");
        assertThat(Tripwire.Flag.initialised).as("the tagged class was initialised").isFalse();
    }

    @Test
    void localTagsAreRefusedToo() {
        assertThat(problems("id: !custom value\n".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "hostile.yaml:1:5: unsupported tag '!custom': a questionnaire holds only plain text, numbers, "
                        + "true/false, lists and maps; remove the tag");
    }

    @Test
    void aValueThatContainsItselfIsRefused() {
        assertThat(problems("themes: &loop [*loop]\n".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "hostile.yaml:1:9: this value contains itself through an alias; remove the alias");
    }

    @Test
    void aKeyRepeatedManyTimesIsReportedAtEachRepetition() {
        String yaml = "id: a\n".repeat(3);
        assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8))).contains(
                "hostile.yaml:2:1: the questionnaire: duplicate key 'id' (already at line 1); keep only one",
                "hostile.yaml:3:1: the questionnaire: duplicate key 'id' (already at line 1); keep only one");
    }

    /** A class whose initialisation would be visible: the YAML above names it in a tag. */
    static final class Tripwire {
        static {
            Flag.initialised = true;
        }

        static final class Flag {
            static volatile boolean initialised;
        }
    }
}
