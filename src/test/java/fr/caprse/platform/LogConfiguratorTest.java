package fr.caprse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.jul.JDK14LoggerFactory;

class LogConfiguratorTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToTheTestRunsLogging() {
        LogConfigurator.configure(AppDirs.logDir(), LogConfigurator.MAX_FILE_BYTES);
    }

    @Test
    void slf4jWritesThroughTheJdksLoggingWithNoOtherLoggingLibrary() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(JDK14LoggerFactory.class);
        assertThatThrownBy(() -> Class.forName("ch.qos.logback.classic.Logger")).isInstanceOf(ClassNotFoundException.class);
        // the tests are set up as the launcher sets the app up: one handler, the file's, no console
        Handler[] handlers = Logger.getLogger("").getHandlers();
        assertThat(handlers).hasSize(1);
        assertThat(handlers[0]).isInstanceOf(LogConfigurator.FileOnFirstRecord.class);
    }

    @Test
    void nothingIsWrittenUntilTheFirstLineThenInfoAndAboveWithPoiFromWarn() throws IOException {
        Path logs = folder.resolve("logs");
        LogConfigurator.configure(logs, LogConfigurator.MAX_FILE_BYTES);
        org.slf4j.Logger somewhere = LoggerFactory.getLogger("fr.caprse.Somewhere");
        org.slf4j.Logger poi = LoggerFactory.getLogger("org.apache.poi.ss.Formula");

        somewhere.debug("not kept");
        assertThat(logs).doesNotExist();
        somewhere.info("the database is open");
        poi.info("not kept either");
        poi.warn("a POI warning");
        somewhere.error("a save failed", new IOException("the disk is full"));
        LogManager.getLogManager().reset();

        String log = Files.readString(logs.resolve(LogConfigurator.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log.lines().findFirst().orElseThrow())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] fr\\.caprse\\.Somewhere - the database is open");
        assertThat(log).contains("WARN  [main] org.apache.poi.ss.Formula - a POI warning")
                .contains("ERROR [main] fr.caprse.Somewhere - a save failed")
                .contains("java.io.IOException: the disk is full")
                .contains("\tat fr.caprse.platform.LogConfiguratorTest.")
                .doesNotContain("not kept");
        // the lock the JDK holds while the file is open goes with it
        assertThat(logs.resolve(LogConfigurator.FILE_NAME + ".lck")).doesNotExist();
    }

    @Test
    void theFileRollsOverThreeEarlierFiles() throws IOException {
        Path logs = folder.resolve("logs");
        LogConfigurator.configure(logs, 2_000);
        org.slf4j.Logger somewhere = LoggerFactory.getLogger("fr.caprse.Somewhere");
        for (int line = 0; line < 200; line++) {
            somewhere.info("line {} of a long session", line);
        }
        LogManager.getLogManager().reset();

        try (var files = Files.list(logs)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("cap-rse.0.log", "cap-rse.1.log", "cap-rse.2.log", "cap-rse.3.log");
        }
        assertThat(Files.readString(logs.resolve("cap-rse.0.log"), StandardCharsets.UTF_8)).contains("line 199 of a long session");
        assertThat(Files.size(logs.resolve("cap-rse.1.log"))).isBetween(2_000L, 2_200L);
    }

    @Test
    void aFolderThatCannotBeWrittenToLeavesTheAppWorkingWithoutALog() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("logs"), "a file where the folder should be");
        LogConfigurator.configure(notAFolder, LogConfigurator.MAX_FILE_BYTES);

        LoggerFactory.getLogger("fr.caprse.Somewhere").error("nowhere to go");

        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }
}
