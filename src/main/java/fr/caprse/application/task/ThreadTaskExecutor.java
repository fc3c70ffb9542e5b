package fr.caprse.application.task;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads for the app. Tasks with an order key queue behind one another (one queue per
 * key, so the saves of one assessment never wait for an export of another); tasks without one run as
 * soon as a thread is free. Callbacks go to {@code callbacks}: {@code Platform::runLater} in the app.
 */
public final class ThreadTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadTaskExecutor.class);

    private final ExecutorService threads;
    private final Executor callbacks;
    /** The tasks waiting behind the running one, per order key; a key is here while its queue runs. */
    private final Map<Object, Queue<Runnable>> queues = new HashMap<>();

    /** {@code threads} background threads (daemons, named {@code cap-rse-task-N}). */
    public ThreadTaskExecutor(int threads, Executor callbacks) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "cap-rse-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(threads, factory);
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    }

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        task.markSubmitted();
        Object key = task.orderKey();
        Runnable run = () -> task.run(callbacks);
        if (key == null) {
            threads.execute(run);
            return task;
        }
        synchronized (queues) {
            Queue<Runnable> waiting = queues.get(key);
            if (waiting != null) {
                waiting.add(run);
                return task;
            }
            queues.put(key, new ArrayDeque<>());
        }
        threads.execute(() -> drain(key, run));
        return task;
    }

    /** Runs {@code first}, then whatever queued behind it under {@code key}, on this thread. */
    private void drain(Object key, Runnable first) {
        Runnable next = first;
        while (next != null) {
            try {
                next.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Background task failed outside its callbacks", e);
            }
            synchronized (queues) {
                next = queues.get(key).poll();
                if (next == null) {
                    queues.remove(key);
                }
            }
        }
    }

    @Override
    public void shutdown(long seconds) {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(seconds, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
