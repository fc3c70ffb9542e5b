package fr.caprse.application.task;

import java.util.function.Consumer;

/**
 * Runs {@link BackgroundTask}s: tasks with the same order key one after the other in the order they
 * were handed over, others as threads allow. The app uses {@link ThreadTaskExecutor} with its callbacks
 * on the JavaFX thread; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /** Hands the task over and returns it (the handle). */
    <V> BackgroundTask<V> execute(BackgroundTask<V> task);

    /** Shorthand: unordered work with a result and a failure callback. */
    default <V> BackgroundTask<V> run(BackgroundTask.Work<V> work, Consumer<V> onSuccess, Consumer<Throwable> onFailure) {
        return execute(BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** Waits at most {@code seconds} for the tasks handed over to finish, then stops taking new ones. */
    default void shutdown(long seconds) {
    }
}
