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

/**
 * Makes sure only one Cap RSE works on a data folder at a time. The lock is an exclusive lock held on
 * {@value #FILE_NAME} for as long as the database is open; the system releases it when the process ends,
 * even when it is killed, so a crash never leaves a stale lock behind. The file's text says who holds it
 * (process id and since when), which the second instance repeats in its message.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "cap-rse.lock";

    /** The locked byte lies past the text, so that another process may still read who holds the lock. */
    private static final long LOCKED_POSITION = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataDir, Instant now) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageException("Cap RSE cannot use its data folder " + dataDir + " (" + e.getMessage()
                    + "). Check that the folder exists and that you may write to it.", e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (a second window in the same JVM)
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new StorageException("Cap RSE is already open on this data folder (" + dataDir
                        + (holder.isEmpty() ? "" : ", " + holder) + "). Switch to the window that is already open, "
                        + "or close it and start Cap RSE again.");
            }
            byte[] text = ("process " + ProcessHandle.current().pid() + " since " + now).getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Cap RSE cannot lock its data folder " + dataDir + " (" + e.getMessage()
                    + "). Check that you may write to it.", e);
        }
    }

    private static String holder(Path file) {
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
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more can be done; the process exit releases the lock
        }
    }
}
