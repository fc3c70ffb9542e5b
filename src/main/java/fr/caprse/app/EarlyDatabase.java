package fr.caprse.app;

import fr.caprse.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the database of the user data folder on a thread of its own while JavaFX starts, so that the
 * first frame does not wait for SQLite (native library, lock, integrity checks, daily backup) nor for
 * the logging set-up that its first message triggers. {@link CapRseApp} takes the result; when nothing
 * was started early (tests start the app directly) it opens the database itself, as before.
 */
final class EarlyDatabase {

    private static CompletableFuture<Database> opening;
    private static Path openingDir;

    private EarlyDatabase() {
    }

    /** Starts opening {@code dataDir} in the background; called once, before JavaFX starts. */
    static synchronized void start(Path dataDir) {
        openingDir = dataDir;
        opening = new CompletableFuture<>();
        CompletableFuture<Database> result = opening;
        Thread thread = new Thread(() -> {
            try {
                result.complete(Database.open(dataDir));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "cap-rse-open-database");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The database of {@code dataDir}: the one opened early when it was for this folder, else opened
     * now. Errors are thrown as {@link Database#open} throws them.
     */
    static Database take(Path dataDir) {
        CompletableFuture<Database> early;
        boolean sameFolder;
        synchronized (EarlyDatabase.class) {
            early = opening;
            sameFolder = dataDir.equals(openingDir);
            opening = null;
            openingDir = null;
        }
        if (early != null && !sameFolder) {
            // another folder was asked for: release the one opened early
            early.handle((database, error) -> {
                if (database != null) {
                    database.close();
                }
                return null;
            }).join();
            early = null;
        }
        if (early == null) {
            return Database.open(dataDir);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
