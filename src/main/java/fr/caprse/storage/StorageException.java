package fr.caprse.storage;

/**
 * A problem with the local database that the user must hear about: another instance already open, a
 * damaged file, a database from a newer version of the app, a disk that refuses to write. The message is
 * written for the user (what, where, what to do); the cause, when any, is for the log.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
