package fr.caprse.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * Cap RSE's logging, set up in code (Logback finds this class through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}) instead of an XML file, whose
 * reader loads some five hundred classes at every start. The log goes to {@code cap-rse.log} in the
 * log folder ({@link AppDirs#logDir()}: {@code logs} in the user data folder), rolled at 5 MB over
 * {@code cap-rse.1.log} to {@code cap-rse.3.log}; INFO and above, Apache POI from WARN; never on the
 * console. The file, its rolling and its line format are only made ready when the first line is
 * logged: a command that logs nothing never opens the file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    /** The file name in the log folder; the rolled files are {@code cap-rse.1.log} to {@code cap-rse.3.log}. */
    public static final String FILE_NAME = "cap-rse.log";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String MAX_FILE_SIZE = "5MB";
    static final int ROLLED_FILES = 3;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        configure(context, AppDirs.logDir());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up to log into {@code folder}. */
    static void configure(LoggerContext context, Path folder) {
        // Logback's own messages (a folder it cannot write to) never reach the console either
        context.getStatusManager().add(new NopStatusListener());
        FileOnFirstEvent appender = new FileOnFirstEvent(folder);
        appender.setContext(context);
        appender.setName("FILE");
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        context.getLogger("org.apache.poi").setLevel(Level.WARN);
    }

    /** Opens the rolling log file when the first event arrives, then hands every event to it. */
    static final class FileOnFirstEvent extends UnsynchronizedAppenderBase<ILoggingEvent> {

        private final Path folder;
        private volatile RollingFileAppender<ILoggingEvent> file;

        FileOnFirstEvent(Path folder) {
            this.folder = folder;
        }

        @Override
        protected void append(ILoggingEvent event) {
            RollingFileAppender<ILoggingEvent> target = file;
            if (target == null) {
                target = open();
            }
            target.doAppend(event);
        }

        private synchronized RollingFileAppender<ILoggingEvent> open() {
            if (file == null) {
                RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
                appender.setContext(getContext());
                appender.setName("FILE");
                appender.setFile(folder.resolve(FILE_NAME).toString());

                FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
                rolling.setContext(getContext());
                rolling.setParent(appender);
                rolling.setFileNamePattern(folder.resolve("cap-rse.%i.log").toString());
                rolling.setMinIndex(1);
                rolling.setMaxIndex(ROLLED_FILES);
                rolling.start();

                SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
                trigger.setContext(getContext());
                trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
                trigger.start();

                PatternLayoutEncoder encoder = new PatternLayoutEncoder();
                encoder.setContext(getContext());
                encoder.setPattern(PATTERN);
                encoder.start();

                appender.setRollingPolicy(rolling);
                appender.setTriggeringPolicy(trigger);
                appender.setEncoder(encoder);
                appender.start();
                file = appender;
            }
            return file;
        }

        @Override
        public void stop() {
            RollingFileAppender<ILoggingEvent> target = file;
            if (target != null) {
                target.stop();
            }
            super.stop();
        }
    }
}
