package fr.caprse.application.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow work (disk, import, export, aggregation) as a handle: whether it is waiting, running or done,
 * its progress, a way to cancel it, and a typed result. Built fluently, then handed to a
 * {@link TaskExecutor}:
 *
 * <pre>{@code
 * BackgroundTask.of(p -> assessments.export(id, file))
 *         .inOrderOf(BackgroundTask.assessment(id))
 *         .onSuccess(path -> ...).onFailure(error -> ...)
 *         .executeWith(tasks);
 * }</pre>
 *
 * <p>The callbacks ({@code onRunning}, {@code onProgress}, {@code onSuccess}, {@code onFailure},
 * {@code onCancelled}, {@code onFinished}) run on the executor's callback thread: the JavaFX thread in
 * the app (the UI supplies it; this package never touches JavaFX), the calling thread in tests.
 *
 * <p>Tasks given the same {@link #inOrderOf order key} run one after the other, in the order they were
 * handed over: an export of an assessment asked for right after an answer runs after that answer's
 * save. Modelled on JabRef's {@code BackgroundTask}.
 *
 * @param <V> the type of the result
 */
public final class BackgroundTask<V> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work itself, run off the callback thread. */
    @FunctionalInterface
    public interface Work<V> {
        V call(Progress progress) throws Exception;
    }

    /** What the work sees of its task: report progress, check for cancellation. */
    public interface Progress {
        /** {@code fraction} from 0 to 1; a negative value means "not known". */
        void update(double fraction);

        boolean isCancelled();

        /** Throws {@link CancellationException} when the task was cancelled: a convenient stop point. */
        default void checkCancelled() {
            if (isCancelled()) {
                throw new CancellationException("cancelled");
            }
        }
    }

    /** Where a task is in its life. */
    public enum State { WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final Work<V> work;
    private Object orderKey;
    private Runnable onRunning = () -> { };
    private DoubleConsumer onProgress = p -> { };
    private Consumer<V> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> LOG.error("Background work failed", e);
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private volatile State state = State.WAITING;
    private volatile boolean cancelled;
    private volatile double progress = -1;
    private volatile boolean submitted;

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <V> BackgroundTask<V> of(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    /** Work without a result. */
    public static BackgroundTask<Void> ofAction(Action action) {
        return new BackgroundTask<>(p -> {
            action.run(p);
            return null;
        });
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface Action {
        void run(Progress progress) throws Exception;
    }

    /** The order key of the work on one assessment: its saves, reads and exports run in the order asked. */
    public static Object assessment(long assessmentId) {
        return new AssessmentKey(assessmentId);
    }

    private record AssessmentKey(long id) {
    }

    /** Runs after every task handed over earlier with the same key, and before later ones. */
    public BackgroundTask<V> inOrderOf(Object key) {
        checkNotSubmitted();
        this.orderKey = key;
        return this;
    }

    public BackgroundTask<V> onRunning(Runnable callback) {
        checkNotSubmitted();
        this.onRunning = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onProgress(DoubleConsumer callback) {
        checkNotSubmitted();
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onSuccess(Consumer<V> callback) {
        checkNotSubmitted();
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> callback) {
        checkNotSubmitted();
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable callback) {
        checkNotSubmitted();
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after success, failure or cancellation alike (after their own callback). */
    public BackgroundTask<V> onFinished(Runnable callback) {
        checkNotSubmitted();
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    /**
     * Asks the task to stop: one still waiting never runs; a running one sees
     * {@link Progress#isCancelled()} and its result, if it still gives one, is dropped. Either way
     * {@code onCancelled} is called instead of {@code onSuccess}.
     */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public State state() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isDone() {
        State now = state;
        return now == State.SUCCEEDED || now == State.FAILED || now == State.CANCELLED;
    }

    /** The last progress reported, from 0 to 1, or negative when not known. */
    public double progress() {
        return progress;
    }

    Object orderKey() {
        return orderKey;
    }

    void markSubmitted() {
        if (submitted) {
            throw new IllegalStateException("a background task runs once");
        }
        submitted = true;
    }

    /** Runs the work on the current thread; every callback goes through {@code callbacks}. */
    void run(Executor callbacks) {
        if (cancelled) {
            finish(callbacks, State.CANCELLED, () -> onCancelled.run());
            return;
        }
        state = State.RUNNING;
        callbacks.execute(onRunning);
        Progress handle = new Progress() {
            @Override
            public void update(double fraction) {
                progress = Math.min(1, fraction);
                double reported = progress;
                callbacks.execute(() -> onProgress.accept(reported));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        V result;
        try {
            result = work.call(handle);
        } catch (CancellationException e) {
            finish(callbacks, State.CANCELLED, () -> onCancelled.run());
            return;
        } catch (Exception | Error e) {
            if (cancelled) {
                finish(callbacks, State.CANCELLED, () -> onCancelled.run());
            } else {
                finish(callbacks, State.FAILED, () -> onFailure.accept(e));
            }
            return;
        }
        if (cancelled) {
            finish(callbacks, State.CANCELLED, () -> onCancelled.run());
        } else {
            finish(callbacks, State.SUCCEEDED, () -> onSuccess.accept(result));
        }
    }

    private void finish(Executor callbacks, State end, Runnable callback) {
        state = end;
        callbacks.execute(() -> {
            try {
                callback.run();
            } finally {
                onFinished.run();
            }
        });
    }

    private void checkNotSubmitted() {
        if (submitted) {
            throw new IllegalStateException("set up a background task before handing it to an executor");
        }
    }
}
