package fr.caprse.storage;

import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolling copies of the database in the {@value #FOLDER} folder of the data folder: one a day
 * ({@code cap-rse-2026-11-26.db}), made at the first start of the day, and one before each schema
 * migration ({@code cap-rse-2026-11-26-schema-1.db}, the schema it had). Each copy is a complete SQLite
 * database, written to a temporary file then renamed, so a copy is either whole or absent. Copies are
 * kept for the last {@link #DEFAULT_DAYS_KEPT} days on which a copy was made (not calendar days: a user
 * back from a long holiday still finds the copies of the last days they worked).
 */
public final class Backups {

    public static final String FOLDER = "backups";
    public static final int DEFAULT_DAYS_KEPT = 7;

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final Pattern NAME = Pattern.compile("cap-rse-(\\d{4}-\\d{2}-\\d{2})(-schema-\\d+)?\\.db");
    private static final String TEMPORARY_SUFFIX = ".tmp";

    private final Path folder;
    private final Clock clock;
    private final int daysKept;

    Backups(Path dataDir, Clock clock, int daysKept) {
        if (daysKept < 1) {
            throw new IllegalArgumentException("keep at least one day of backups: " + daysKept);
        }
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
        this.daysKept = daysKept;
    }

    public Path folder() {
        return folder;
    }

    /** The backup copies, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_WRITE, "Cap RSE cannot read its backup folder " + folder + " (" + e.getMessage() + ").", e, folder, e.getMessage());
        }
    }

    /** Makes today's copy unless there is one already; returns it when made. */
    Optional<Path> daily(Connection connection) throws SQLException {
        Path target = folder.resolve("cap-rse-" + today() + ".db");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        write(connection, target);
        prune();
        return Optional.of(target);
    }

    /** Copies the database as it is before it is migrated from {@code schema}. */
    Path beforeMigration(Connection connection, int schema) throws SQLException {
        Path target = folder.resolve("cap-rse-" + today() + "-schema-" + schema + ".db");
        write(connection, target);
        prune();
        return target;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void write(Connection connection, Path target) throws SQLException {
        Path temporary = target.resolveSibling(target.getFileName() + TEMPORARY_SUFFIX);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_WRITE, "Cap RSE cannot write a backup in " + folder + " (" + e.getMessage()
                    + "). Check that there is free space and that you may write there.", e, folder, e.getMessage());
        }
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, temporary.toString());
            vacuum.execute();
        }
        try {
            AtomicFiles.moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_WRITE, "Cap RSE cannot write the backup " + target + " (" + e.getMessage() + ").", e, target, e.getMessage());
        }
    }

    /** Deletes the copies older than the last {@code daysKept} days with a copy, and stray temporary files. */
    void prune() {
        List<Path> copies;
        try {
            copies = list();
        } catch (StorageException e) {
            LOG.warn("cannot list the backup folder {}", folder, e);
            return;
        }
        TreeSet<LocalDate> days = new TreeSet<>(Comparator.reverseOrder());
        for (Path copy : copies) {
            days.add(dayOf(copy));
        }
        List<LocalDate> kept = new ArrayList<>(days).subList(0, Math.min(daysKept, days.size()));
        try {
            for (Path copy : copies) {
                if (!kept.contains(dayOf(copy))) {
                    Files.deleteIfExists(copy);
                }
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path stray : files.filter(f -> f.getFileName().toString().endsWith(TEMPORARY_SUFFIX)).toList()) {
                    Files.deleteIfExists(stray);
                }
            }
        } catch (IOException e) {
            // an old copy left behind costs disk space, not data: say so in the log and carry on
            LOG.warn("cannot tidy the backup folder {}", folder, e);
        }
    }

    private static LocalDate dayOf(Path copy) {
        Matcher matcher = NAME.matcher(copy.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a backup: " + copy);
        }
        return LocalDate.parse(matcher.group(1));
    }
}
