package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of {@code questionnaires/broken} holds one kind of mistake and starts with the problems it
 * must produce, one comment line each: {@code # expect: LINE:COLUMN: part of the message}. The loader
 * must report exactly those, at those places.
 */
class BrokenQuestionnairesTest {

    private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+): (.+)");

    record Expected(int line, int column, String message) {
        boolean matches(Problem problem) {
            return problem.line() == line && problem.column() == column && problem.message().contains(message);
        }

        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    static Stream<Path> brokenFiles() {
        return TestFiles.yamlFiles("questionnaires/broken").stream();
    }

    static List<Expected> expectations(Path file) throws IOException {
        List<Expected> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = EXPECT.matcher(line);
            if (!matcher.matches()) {
                break;
            }
            expected.add(new Expected(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    matcher.group(3)));
        }
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileGivesExactlyTheExpectedProblems(Path file) throws IOException {
        List<Expected> expected = expectations(file);
        assertThat(expected).as("the '# expect:' lines at the top of %s", file.getFileName()).isNotEmpty();

        LoadResult result = new QuestionnaireLoader().load(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).as("problems of %s", file.getFileName()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            assertThat(result.problems().get(i)).as("problem %d of %s", i + 1, file.getFileName())
                    .matches(want::matches, "is " + want);
            assertThat(result.problems().get(i).file()).isEqualTo(file.getFileName().toString());
        }
    }

    @Test
    void theCorpusCoversEveryKindOfMistake() {
        assertThat(brokenFiles().count()).isGreaterThanOrEqualTo(20);
    }
}
