package fr.caprse.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure only one Cap RSE works on a data folder at a time. The lock is an exclusive lock held on
 * {@value #FILE_NAME} for as long as the database is open; the system releases it when the process ends,
 * even when it is killed, so a crash never leaves a stale lock behind. The file's text says who holds it
 * (process id and since when), which the second instance repeats in its message.
 *
 * <p>Within one process the folders held are also remembered here, and a second open in the same process
 * is refused before the lock file is touched: on POSIX systems, closing any handle on a file drops every
 * lock the process holds on it, so merely trying again would free the folder for other processes.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "cap-rse.lock";

    /** The locked byte lies past the text, so that another process may still read who holds the lock. */
    private static final long LOCKED_POSITION = 1L << 30;

    /** The data folders this process holds, by real path. */
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataDir, Instant now) {
        Path key;
        try {
            key = dataDir.toRealPath();
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.DATA_FOLDER, "Cap RSE cannot use its data folder " + dataDir + " (" + e.getMessage()
                    + "). Check that the folder exists and that you may write to it.", e, dataDir, e.getMessage());
        }
        String holder = "process " + ProcessHandle.current().pid() + " since " + now;
        String previous = HELD_HERE.putIfAbsent(key, holder);
        if (previous != null) {
            throw alreadyOpen(dataDir, previous);
        }
        try {
            return lock(key, dataDir, holder);
        } catch (RuntimeException e) {
            HELD_HERE.remove(key);
            throw e;
        }
    }

    private static DataFolderLock lock(Path key, Path dataDir, String holder) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.DATA_FOLDER, "Cap RSE cannot use its data folder " + dataDir + " (" + e.getMessage()
                    + "). Check that the folder exists and that you may write to it.", e, dataDir, e.getMessage());
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // cannot happen while HELD_HERE is consulted first; treated as held all the same
            }
            if (lock == null) {
                channel.close();
                throw alreadyOpen(dataDir, holderOf(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataFolderLock(key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException(StorageException.Reason.DATA_FOLDER, "Cap RSE cannot lock its data folder " + dataDir + " (" + e.getMessage()
                    + "). Check that you may write to it.", e, dataDir, e.getMessage());
        }
    }

    private static StorageException alreadyOpen(Path dataDir, String holder) {
        return new StorageException(StorageException.Reason.ALREADY_OPEN, "Cap RSE is already open on this data "
                + "folder (" + dataDir + (holder.isEmpty() ? "" : ", " + holder) + "). Switch to the window that is "
                + "already open, or close it and start Cap RSE again.", null, dataDir);
    }

    private static String holderOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.length() > 200 ? "" : text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's closing below releases it anyway
        }
        closeQuietly(channel);
        HELD_HERE.remove(key);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more can be done; the process exit releases the lock
        }
    }
}
