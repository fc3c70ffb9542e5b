package fr.caprse.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Cap RSE's logging. The code logs through SLF4J, which hands every line to the JDK's own
 * {@code java.util.logging} (SLF4J's {@code slf4j-jdk14} provider; Apache POI's Log4j API goes to SLF4J
 * too), set up here: the log goes to {@code cap-rse.0.log} in the log folder ({@link AppDirs#logDir()}:
 * {@code logs} in the user data folder), rolled at 5 MB over {@code cap-rse.1.log} to
 * {@code cap-rse.3.log}; INFO and above, Apache POI from WARN; never on the console. The file is only
 * opened when the first line is logged: a command that logs nothing never creates it. While the file
 * is open the JDK keeps a {@code cap-rse.0.log.lck} beside it; a second Cap RSE running at the same
 * time (a command while the window is open) writes its own {@code cap-rse.0.log.1}.
 *
 * <p>The JDK's logging rather than a logging library: it is already in the runtime and already
 * loaded at each start (JavaFX logs through it), where Logback added 0.9 MB of jars and some 250
 * classes to every start.
 *
 * <p>{@link fr.caprse.app.Launcher} calls {@link #install()} before anything else for the window, and
 * {@link #installOnFirstUse()} for a command; the tests get the same set-up through {@code -Djava.util.logging.config.class=fr.caprse.platform.LogConfigurator}
 * (the JDK creates this class when its logging starts).
 */
public final class LogConfigurator {

    /** The current file's name in the log folder; the rolled files are {@code cap-rse.1.log} to {@code cap-rse.3.log}. */
    public static final String FILE_NAME = "cap-rse.0.log";
    static final String FILE_PATTERN = "cap-rse.%g.log";
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int FILES = 4;

    /** The loggers given a level: java.util.logging forgets the level of a logger nobody holds. */
    private static List<Logger> configured = List.of();
    private static boolean installed;

    /** Called by the JDK when {@code java.util.logging.config.class} names this class: sets logging up. */
    public LogConfigurator() {
        install();
    }

    /**
     * Sets this process's logging up the first time anything logs, not now: the JDK creates this class
     * when its logging starts. For the commands, most of which log nothing: starting the JDK's logging
     * and finding the data folder took 15 to 20 ms of a cold {@code cap-rse score}. Must be called before
     * anything touches {@code java.util.logging}; {@link #install()} then or later still works.
     */
    public static void installOnFirstUse() {
        System.setProperty("java.util.logging.config.class", LogConfigurator.class.getName());
    }

    /** Sets this process's logging up (once): into {@link AppDirs#logDir()}, nothing on the console. */
    public static synchronized void install() {
        if (!installed) {
            installed = true;
            configure(AppDirs.logDir(), MAX_FILE_BYTES);
        }
    }

    /** Logs into {@code folder}, rolling each file at {@code maxFileBytes}, in place of any earlier set-up. */
    static synchronized void configure(Path folder, int maxFileBytes) {
        // drops the console handler of the runtime's logging.properties before it is ever created
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new FileOnFirstRecord(folder, maxFileBytes));
        Logger poi = Logger.getLogger("org.apache.poi");
        poi.setLevel(Level.WARNING);
        configured = List.of(root, poi);
    }

    /** Opens the rolling log file when the first record arrives, then hands every record to it. */
    static final class FileOnFirstRecord extends Handler {

        private final Path folder;
        private final int maxFileBytes;
        private FileHandler file;
        private boolean unwritable;

        FileOnFirstRecord(Path folder, int maxFileBytes) {
            this.folder = folder;
            this.maxFileBytes = maxFileBytes;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            if (file == null && !unwritable) {
                open();
            }
            if (file != null) {
                file.publish(record);
            }
        }

        private void open() {
            try {
                Files.createDirectories(folder);
                // in a FileHandler pattern '%' starts a placeholder: a '%' of the folder's name is doubled
                String pattern = folder.toAbsolutePath().toString().replace("%", "%%") + "/" + FILE_PATTERN;
                FileHandler opened = new FileHandler(pattern, maxFileBytes, FILES, true);
                opened.setEncoding("UTF-8");
                opened.setFormatter(new LineFormat());
                // a disk that fills up later: lines are lost, nothing is printed on the console
                opened.setErrorManager(new ErrorManager() {
                    @Override
                    public synchronized void error(String message, Exception exception, int code) {
                        // nowhere to say it
                    }
                });
                file = opened;
            } catch (IOException | RuntimeException cannotWrite) {
                // a folder that cannot be written to: Cap RSE works on, without a log
                unwritable = true;
            }
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
                file = null;
            }
        }
    }

    /** {@code 2026-11-29 07:12:03.456 INFO  [JavaFX Application Thread] fr.caprse.storage.Database - message}, then any stack trace. */
    static final class LineFormat extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160)
                    .append(TIME.format(record.getInstant().atZone(ZoneId.systemDefault())))
                    .append(' ').append(levelName(record.getLevel()))
                    // a FileHandler formats in the thread that logs
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(record.getLoggerName())
                    .append(" - ").append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        /** SLF4J's level names, five wide: the JDK's SEVERE is ERROR, WARNING is WARN, FINE is DEBUG. */
        static String levelName(Level level) {
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (value >= Level.WARNING.intValue()) {
                return "WARN ";
            }
            if (value >= Level.INFO.intValue()) {
                return "INFO ";
            }
            return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
        }
    }
}
