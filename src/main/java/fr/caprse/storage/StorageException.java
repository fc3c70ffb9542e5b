package fr.caprse.storage;

import fr.caprse.platform.Localizable;
import java.util.Locale;

/**
 * A problem with the local database that the user must hear about: another instance already open, a
 * damaged file, a database from a newer version of the app, a disk that refuses to write. The message is
 * written for the user (what, where, what to do), in English for the log and the command line; the
 * {@link Reason} and its arguments let the app say it in the user's language
 * ({@code storage.<reason>} in the UI bundles). The cause, when any, is for the log.
 */
public class StorageException extends RuntimeException implements Localizable {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as the user is told it. */
    public enum Reason {
        /** Another program holds the database ({0} the file). */
        BUSY,
        /** The database file may not be written ({0} the file). */
        READ_ONLY,
        /** The disk reported an error ({0} the file, {1} what SQLite said). */
        DISK_ERROR,
        /** The disk is full ({0} the file). */
        DISK_FULL,
        /** The file or its folder cannot be opened ({0} the file, {1} why). */
        CANNOT_OPEN,
        /** The database is damaged ({0} the file, {1} the backup folder). */
        DAMAGED,
        /** Written by a newer Cap RSE ({0} the file). */
        NEWER,
        /** Some other program's SQLite database ({0} the file, {1} the data folder). */
        NOT_CAP_RSE,
        /** Another Cap RSE has this data folder open ({0} the folder). */
        ALREADY_OPEN,
        /** The data folder cannot be created or used ({0} the folder, {1} why). */
        DATA_FOLDER,
        /** The assessment is no longer there ({0} its id). */
        NO_ASSESSMENT,
        /** The organisation is no longer there ({0} its id). */
        NO_ORGANISATION,
        /** An organisation that still has assessments ({0} its name, {1} how many). */
        ORGANISATION_NOT_EMPTY,
        /** A file next to the database (backup, export) cannot be written ({0} the file, {1} why). */
        CANNOT_WRITE,
        /** Anything else: the English message is shown ({0}). */
        OTHER
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public StorageException(String message) {
        this(message, null);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.OTHER;
        this.arguments = new Object[] {message};
    }

    public StorageException(Reason reason, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "storage." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
