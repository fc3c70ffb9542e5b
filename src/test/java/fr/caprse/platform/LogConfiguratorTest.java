package fr.caprse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogConfiguratorTest {

    @TempDir
    Path folder;

    @Test
    void theApplicationIsSetUpByThisClassWithoutAnyXmlFile() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE"))
                .isInstanceOf(LogConfigurator.FileOnFirstEvent.class);
        assertThat(getClass().getResource("/logback.xml")).isNull();
    }

    @Test
    void nothingIsWrittenUntilTheFirstLineThenInfoAndAboveWithPoiFromWarn() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogConfigurator.configure(context, folder);
        try {
            assertThat(folder).isEmptyDirectory();

            context.getLogger("fr.caprse.Somewhere").debug("not kept");
            assertThat(folder).isEmptyDirectory();
            context.getLogger("fr.caprse.Somewhere").info("the database is open");
            context.getLogger("org.apache.poi.ss.Formula").info("not kept either");
            context.getLogger("org.apache.poi.ss.Formula").warn("a POI warning");
        } finally {
            context.stop();
        }

        String log = Files.readString(folder.resolve(LogConfigurator.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log.lines()).hasSize(2);
        assertThat(log.lines().findFirst().orElseThrow())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+\\] fr\\.caprse\\.Somewhere - the database is open");
        assertThat(log).contains("WARN  ").contains("a POI warning").doesNotContain("not kept");
    }
}
