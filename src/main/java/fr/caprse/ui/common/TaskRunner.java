package fr.caprse.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs slow work (disk, export, import) away from the FX thread and brings the result back on it.
 * Tests use {@link #synchronous()}, which runs everything at once on the calling thread.
 */
public interface TaskRunner {

    /** A unit of background work that may report its progress from 0 to 1. */
    @FunctionalInterface
    interface Work<T> {
        T run(Consumer<Double> progress) throws Exception;
    }

    <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Consumer<Double> onProgress);

    default <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure, p -> { });
    }

    /** Runs at once on the calling thread (tests, or work known to be instant). */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                Consumer<Double> onProgress) {
                T result;
                try {
                    result = work.run(onProgress::accept);
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }

    /** Background threads from {@code executor}; callbacks on the FX thread through {@code fxThread}. */
    static TaskRunner background(Executor executor, Executor fxThread) {
        return new TaskRunner() {
            @Override
            public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                Consumer<Double> onProgress) {
                executor.execute(() -> {
                    try {
                        T result = work.run(p -> fxThread.execute(() -> onProgress.accept(p)));
                        fxThread.execute(() -> onSuccess.accept(result));
                    } catch (Exception | Error e) {
                        fxThread.execute(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }
}
