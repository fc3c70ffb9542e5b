package fr.caprse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The app's working store: one SQLite database, {@value #FILE_NAME}, in the user data folder.
 *
 * <p>{@link #open} checks before it changes anything: it takes the data folder's lock (a second instance
 * is told the folder is in use), refuses a file that is not a sound SQLite database or that a newer
 * version of Cap RSE wrote (the file is left exactly as it was), copies the database to the backup folder
 * before a schema migration and once a day, then brings the schema up to date.
 *
 * <p>The database runs in WAL mode with {@code synchronous=FULL}: every write is one transaction, and
 * once a save method has returned, its change is on disk and survives a crash or a power cut. Methods may
 * be called from any thread; calls are serialised on the one connection. They touch the disk, so the UI
 * calls them from a background thread (the application's background tasks); {@link #open} too, since it
 * checks the whole file and may copy it.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "cap-rse.db";

    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final Pattern DRIVER_MESSAGE = Pattern.compile("\\[\\w+\\][^(]*\\((.*)\\)", Pattern.DOTALL);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How far each commit waits for the disk; FULL is the product's choice (see the benchmark). */
    enum Synchronous { FULL, NORMAL }

    /** Work done with the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path dataDir;
    private final Path file;
    private final Clock clock;
    private final DataFolderLock folderLock;
    private final Connection connection;
    private final Backups backups;
    private final ReentrantLock access = new ReentrantLock();
    private boolean closed;

    private final OrganisationRepository organisations;
    private final AssessmentRepository assessments;
    private final QuestionnaireRepository questionnaires;
    private final WorkshopRepository workshops;
    private final ActionRepository actions;

    private Database(Path dataDir, Clock clock, DataFolderLock folderLock, Connection connection, Backups backups) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
        this.folderLock = folderLock;
        this.connection = connection;
        this.backups = backups;
        this.organisations = new OrganisationRepository(this);
        this.questionnaires = new QuestionnaireRepository(this);
        this.assessments = new AssessmentRepository(this);
        this.workshops = new WorkshopRepository(this);
        this.actions = new ActionRepository(this);
    }

    /** Opens (creating when absent) the database of {@code dataDir}, usually {@code AppDirs.dataDir()}. */
    public static Database open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone(), Synchronous.FULL, Backups.DEFAULT_DAYS_KEPT);
    }

    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Synchronous.FULL, Backups.DEFAULT_DAYS_KEPT);
    }

    static Database open(Path dataDir, Clock clock, Synchronous synchronous, int backupDays) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.DATA_FOLDER, "Cap RSE cannot create its data folder " + dataDir + " (" + e.getMessage()
                    + "). Check that you may write there.", e, dataDir, e.getMessage());
        }
        DataFolderLock folderLock = DataFolderLock.acquire(dataDir, clock.instant());
        Connection connection = null;
        try {
            Path file = dataDir.resolve(FILE_NAME);
            boolean existed = Files.exists(file) && Files.size(file) > 0;
            if (existed) {
                checkHeader(file);
            }
            connection = connect(file);
            Backups backups = new Backups(dataDir, clock, backupDays);
            prepare(connection, file, existed, synchronous, backups);
            LOG.info("opened {} (schema {})", file, Migrations.latest());
            return new Database(dataDir, clock, folderLock, connection, backups);
        } catch (IOException e) {
            closeAfterFailure(connection, folderLock);
            throw new StorageException(StorageException.Reason.DATA_FOLDER, "Cap RSE cannot read its database in " + dataDir + " (" + e.getMessage() + ").", e, dataDir, e.getMessage());
        } catch (RuntimeException e) {
            closeAfterFailure(connection, folderLock);
            throw e;
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw failure("Cap RSE cannot open its database " + file, file, e);
        }
    }

    /** Checks, then migrates: nothing is written before the file is known to be sound and ours. */
    private static void prepare(Connection connection, Path file, boolean existed, Synchronous synchronous,
                                Backups backups) {
        int schema;
        try {
            schema = Migrations.userVersion(connection);
            if (schema > Migrations.latest()) {
                throw new StorageException(StorageException.Reason.NEWER, "This database was written by a newer version of Cap RSE (schema " + schema
                        + ", this app knows " + Migrations.latest() + "); nothing was changed. Install the newer "
                        + "version of Cap RSE to open " + file + ".", null, file);
            }
            if (existed) {
                String check = quickCheck(connection);
                if (!check.equals("ok")) {
                    throw damaged(file, "the integrity check says: " + check, null);
                }
                checkOwnership(connection, file, schema);
            }
        } catch (SQLException e) {
            throw failure("Cap RSE cannot read its database " + file, file, e);
        }
        try (Statement statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rows.next() ? rows.getString(1) : "";
                if (!"wal".equalsIgnoreCase(mode)) {
                    LOG.warn("{} runs in journal mode {} instead of WAL", file, mode);
                }
            }
            statement.execute("PRAGMA synchronous = " + synchronous.name());
            boolean hadData = existed && schema > 0;
            if (hadData && schema < Migrations.latest()) {
                Path copy = backups.beforeMigration(connection, schema);
                LOG.info("copied {} to {} before migrating schema {} to {}", file, copy, schema, Migrations.latest());
            }
            Migrations.apply(connection, schema, Migrations.latest());
            if (hadData) {
                try {
                    backups.daily(connection).ifPresent(copy -> LOG.info("daily backup {}", copy));
                } catch (SQLException | StorageException e) {
                    // the day's copy is a safety net; failing to make it must not keep the user from working
                    LOG.warn("cannot make today's backup of {}", file, e);
                }
            }
        } catch (SQLException e) {
            throw failure("Cap RSE cannot prepare its database " + file, file, e);
        }
    }

    private static String quickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA quick_check")) {
            StringBuilder problems = new StringBuilder();
            int count = 0;
            while (rows.next()) {
                if (count++ < 3) {
                    problems.append(problems.length() == 0 ? "" : "; ").append(rows.getString(1));
                }
            }
            return count == 0 ? "no answer" : problems.toString();
        }
    }

    /** A SQLite file that another program wrote is not ours to change. */
    private static void checkOwnership(Connection connection, Path file, int schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int applicationId;
            try (var rows = statement.executeQuery("PRAGMA application_id")) {
                applicationId = rows.next() ? rows.getInt(1) : 0;
            }
            int tables;
            try (var rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                tables = rows.next() ? rows.getInt(1) : 0;
            }
            boolean ours = schema == 0 ? tables == 0 : applicationId == Migrations.APPLICATION_ID;
            if (!ours) {
                throw new StorageException(StorageException.Reason.NOT_CAP_RSE, file + " is a SQLite database, but not "
                        + "one of Cap RSE; nothing was changed. Move it out of the data folder " + file.getParent()
                        + " and start Cap RSE again.", null, file, file.getParent());
            }
        }
    }

    private static void checkHeader(Path file) throws IOException {
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw damaged(file, "it is not a SQLite database", null);
        }
    }

    static StorageException damaged(Path file, String why, Throwable cause) {
        Path backupFolder = file.resolveSibling(Backups.FOLDER);
        return new StorageException(StorageException.Reason.DAMAGED, "The database " + file + " is damaged (" + why + "); it was left as it is. "
                + "Close Cap RSE, then copy the newest backup from " + backupFolder + " over " + file.getFileName()
                + " (and delete " + file.getFileName() + "-wal and " + file.getFileName() + "-shm if they are there), "
                + "or move the damaged file elsewhere to start with an empty database.", cause, file, backupFolder);
    }

    /** Turns a SQLite error into a message for the user. */
    static StorageException failure(String what, Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case 5, 6 -> new StorageException(StorageException.Reason.BUSY, what + ": the database is busy (another "
                    + "program is using " + file + "). Close that program and try again.", e, file);
            case 8 -> new StorageException(StorageException.Reason.READ_ONLY, what + ": the file " + file
                    + " is read-only. Check its permissions.", e, file);
            case 10 -> new StorageException(StorageException.Reason.DISK_ERROR, what + ": the disk reported an error ("
                    + sqliteMessage(e) + "). Check the disk, then try again.", e, file, sqliteMessage(e));
            case 11, 26 -> damaged(file, "SQLite says: " + sqliteMessage(e), e);
            case 13 -> new StorageException(StorageException.Reason.DISK_FULL, what
                    + ": the disk is full. Free some space, then try again.", e, file);
            case 14 -> new StorageException(StorageException.Reason.CANNOT_OPEN, what + ": the file " + file
                    + " cannot be opened (" + sqliteMessage(e) + "). Check that the folder exists and that you may "
                    + "write to it.", e, file, sqliteMessage(e));
            default -> new StorageException(what + " (SQLite says: " + sqliteMessage(e) + ").", e);
        };
    }

    /** The driver writes "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)". */
    private static String sqliteMessage(SQLException e) {
        String message = String.valueOf(e.getMessage());
        Matcher matcher = DRIVER_MESSAGE.matcher(message);
        return matcher.matches() ? matcher.group(1) : message;
    }

    private static void closeAfterFailure(Connection connection, DataFolderLock folderLock) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("cannot close the database after a failed open", e);
            }
        }
        folderLock.close();
    }

    /** Runs {@code work} alone on the connection, outside any transaction (reads, a single statement). */
    <T> T read(String what, Work<T> work) {
        access.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, file, e);
        } finally {
            access.unlock();
        }
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or none of it. When this
     * returns, the commit is durable.
     */
    <T> T write(String what, Work<T> work) {
        access.lock();
        try {
            ensureOpen();
            return Transactions.inTransaction(connection, work);
        } catch (SQLException e) {
            throw failure(what, file, e);
        } finally {
            access.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the database " + file + " is closed");
        }
    }

    Clock clock() {
        return clock;
    }

    public Path file() {
        return file;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Backups backups() {
        return backups;
    }

    public int schemaVersion() {
        return read("Cap RSE cannot read its database", Migrations::userVersion);
    }

    public OrganisationRepository organisations() {
        return organisations;
    }

    public AssessmentRepository assessments() {
        return assessments;
    }

    public QuestionnaireRepository questionnaires() {
        return questionnaires;
    }

    public WorkshopRepository workshops() {
        return workshops;
    }

    public ActionRepository actions() {
        return actions;
    }

    /** Waits for the call in progress, closes the connection (SQLite folds the WAL back in), frees the folder. */
    @Override
    public void close() {
        access.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("cannot close {} cleanly; its journal will be replayed at the next start", file, e);
            }
            folderLock.close();
            LOG.info("closed {}", file);
        } finally {
            access.unlock();
        }
    }
}
