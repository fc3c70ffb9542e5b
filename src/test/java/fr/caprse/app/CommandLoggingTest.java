package fr.caprse.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.platform.LogConfigurator;
import fr.caprse.storage.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A command sets logging up only when something logs ({@link LogConfigurator#installOnFirstUse()}):
 * a command that logs nothing leaves no log folder and prints nothing on the error stream, and a line
 * logged goes to the log file, not to the console, as with the window's eager set-up. Each case runs in
 * a JVM of its own, where nothing has touched the JDK's logging yet.
 */
class CommandLoggingTest {

    @TempDir
    Path work;

    @Test
    void scoreLeavesNoLogAndPrintsNothingOnTheErrorStream() throws Exception {
        Path stderr = work.resolve("stderr.txt");
        Process child = ChildJvm.start(work, "256m", Launcher.class, stderr,
                "score", Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json").toAbsolutePath().toString(), "--lang", "fr");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(out).as("the score table").contains("52,9");
        assertThat(Files.readString(stderr)).isEmpty();
        assertThat(work.resolve("logs")).doesNotExist();
    }

    @Test
    void aLineLoggedByACommandGoesToTheLogFileOnly() throws Exception {
        Path stderr = work.resolve("stderr.txt");
        Process child = ChildJvm.start(work, "256m", LogsOneLine.class, stderr);
        child.getInputStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(Files.readString(stderr)).isEmpty();
        assertThat(Files.readString(work.resolve("logs").resolve(LogConfigurator.FILE_NAME), StandardCharsets.UTF_8))
                .contains("WARN").contains("a command's warning, in the log file");
    }

    /** What a command does: logging to be set up on first use, then one warning. */
    public static final class LogsOneLine {
        public static void main(String[] args) {
            LogConfigurator.installOnFirstUse();
            LoggerFactory.getLogger(LogsOneLine.class).warn("a command's warning, in the log file");
        }
    }
}
