package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The help and usage errors of every command, word for word as they were printed when the commands
 * were declared with picocli's annotations ({@code src/test/resources/cli-help/}, recorded then): the
 * programmatic declarations ({@link CliSpec}) change nothing a user reads.
 */
class CliHelpTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("root", new String[] {"--help"}, 0, true),
                Arguments.of("help", new String[] {"help", "--help"}, 0, true),
                Arguments.of("questionnaires", new String[] {"questionnaires", "--help"}, 0, true),
                Arguments.of("validate", new String[] {"validate", "--help"}, 0, true),
                Arguments.of("score", new String[] {"score", "--help"}, 0, true),
                Arguments.of("export", new String[] {"export", "--help"}, 0, true),
                Arguments.of("import", new String[] {"import", "--help"}, 0, true),
                Arguments.of("form", new String[] {"form", "--help"}, 0, true),
                Arguments.of("aggregate", new String[] {"aggregate", "--help"}, 0, true),
                Arguments.of("init", new String[] {"init", "--help"}, 0, true),
                Arguments.of("preview", new String[] {"preview", "--help"}, 0, true),
                Arguments.of("score-noarg", new String[] {"score"}, CapRseCli.USAGE, false),
                Arguments.of("agg-noarg", new String[] {"aggregate"}, CapRseCli.USAGE, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheAnnotatedCommandsPrinted(String name, String[] args, int exitCode, boolean onStandardOutput)
            throws IOException {
        CliTestSupport result = CliTestSupport.run(args);
        assertThat(result.exitCode()).isEqualTo(exitCode);
        String printed = onStandardOutput ? result.out() : result.err();
        assertThat(printed.replace("\r\n", "\n")).isEqualTo(expected(name));
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = CliHelpTest.class.getResourceAsStream("/cli-help/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
