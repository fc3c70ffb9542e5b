package fr.caprse.storage;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Vote;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what the user gives, as they give it, off the UI thread. Each call is committed in its own
 * transaction on one writer thread, in the order of the calls (so the last answer to a question is the
 * one kept); the returned future completes once the commit is on disk, or exceptionally with a
 * {@link StorageException} to show the user. The UI thread never waits on the disk.
 *
 * <p>{@link #close} waits for the saves still queued: quitting never drops an answer.
 */
public final class AnswerSaver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerSaver.class);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Database database;
    private final Executor executor;
    private final ExecutorService ownExecutor;

    /** Saves on a thread of its own. */
    public AnswerSaver(Database database) {
        this(database, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cap-rse-saver");
            thread.setDaemon(false); // the JVM waits for a save in progress
            return thread;
        }), true);
    }

    /** Saves on {@code executor}, which must run tasks one at a time in order (tests pass {@code Runnable::run}). */
    public AnswerSaver(Database database, Executor executor) {
        this(database, executor, false);
    }

    private AnswerSaver(Database database, Executor executor, boolean owned) {
        this.database = Objects.requireNonNull(database, "database");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ownExecutor = owned ? (ExecutorService) executor : null;
    }

    /** Saves an answer; completes once it is committed. */
    public CompletableFuture<Void> save(long assessmentId, Answer answer) {
        Objects.requireNonNull(answer, "answer");
        return run("answer to " + answer.questionId(), () -> database.assessments().saveAnswer(assessmentId, answer));
    }

    /** Clears the answer to a question; completes once committed. */
    public CompletableFuture<Void> remove(long assessmentId, String questionId) {
        return run("clearing of " + questionId, () -> database.assessments().removeAnswer(assessmentId, questionId));
    }

    /** Saves a workshop vote; completes once committed. */
    public CompletableFuture<Void> saveVote(long assessmentId, Vote vote) {
        Objects.requireNonNull(vote, "vote");
        return run("vote on " + vote.questionId(), () -> database.workshops().saveVote(assessmentId, vote));
    }

    /** Completes once every save asked for before it is committed. */
    public CompletableFuture<Void> flushed() {
        return run("flush", () -> { });
    }

    /** Runs any other write on the saver's thread, after the saves asked for before it. */
    public CompletableFuture<Void> run(String what, Runnable save) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    save.run();
                    done.complete(null);
                } catch (RuntimeException e) {
                    LOG.error("the {} was not saved", what, e);
                    done.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            // the saver is closed: the caller must learn that nothing was saved
            done.completeExceptionally(new StorageException("The " + what + " was not saved: Cap RSE is closing.", e));
        }
        return done;
    }

    /** Stops taking saves and waits for those queued to be committed. */
    @Override
    public void close() {
        if (ownExecutor == null) {
            return;
        }
        ownExecutor.shutdown();
        try {
            if (!ownExecutor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.error("saves still pending after {} s; the disk may be stalled", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
