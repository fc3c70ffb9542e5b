package fr.caprse.application.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    /** Stands for the JavaFX thread: callbacks run there, one after the other. */
    private final ExecutorService callbackThread = Executors.newSingleThreadExecutor();
    private final ThreadTaskExecutor threads = new ThreadTaskExecutor(3, callbackThread);

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdown(10);
        callbackThread.shutdown();
        assertThat(callbackThread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theSynchronousExecutorRunsTheWorkAndItsCallbacksAtOnce() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<Integer> task = BackgroundTask.of(p -> {
            p.update(0.5);
            return 42;
        }).onRunning(() -> seen.add("running")).onProgress(p -> seen.add("progress " + p))
                .onSuccess(v -> seen.add("result " + v)).onFinished(() -> seen.add("finished"))
                .executeWith(new CurrentThreadTaskExecutor());
        assertThat(seen).containsExactly("running", "progress 0.5", "result 42", "finished");
        assertThat(task.state()).isEqualTo(BackgroundTask.State.SUCCEEDED);
        assertThat(task.progress()).isEqualTo(0.5);
    }

    @Test
    void aFailureReachesOnFailureNotOnSuccess() {
        List<Object> seen = new ArrayList<>();
        BackgroundTask<Object> task = BackgroundTask.of(p -> {
            throw new IllegalStateException("disk full");
        }).onSuccess(seen::add).onFailure(e -> seen.add(e.getMessage())).executeWith(new CurrentThreadTaskExecutor());
        assertThat(seen).containsExactly("disk full");
        assertThat(task.state()).isEqualTo(BackgroundTask.State.FAILED);
    }

    @Test
    void aTaskCancelledBeforeItRunsNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Object key = BackgroundTask.assessment(7);
        BackgroundTask.ofAction(p -> release.await()).inOrderOf(key).executeWith(threads);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(1);
        BackgroundTask<Void> second = BackgroundTask.ofAction(p -> seen.add("ran")).inOrderOf(key)
                .onCancelled(() -> seen.add("cancelled")).onFinished(finished::countDown);
        second.executeWith(threads);
        second.cancel();
        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("cancelled");
        assertThat(second.state()).isEqualTo(BackgroundTask.State.CANCELLED);
    }

    @Test
    void aRunningTaskSeesItWasCancelledAndItsResultIsDropped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        BackgroundTask<String> task = BackgroundTask.of(p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            return "late result";
        }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")).onFinished(finished::countDown);
        task.executeWith(threads);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(task.isRunning()).isTrue();
        task.cancel();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void tasksOfOneKeyRunInTheOrderTheyWereAskedWhileOthersRunBeside() throws Exception {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch blocker = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(101);
        Object key = BackgroundTask.assessment(1);
        // the first task of the key waits until an unordered task ran: that one must not queue behind it
        BackgroundTask.ofAction(p -> blocker.await()).inOrderOf(key).onFinished(done::countDown).executeWith(threads);
        for (int i = 0; i < 100; i++) {
            int n = i;
            BackgroundTask.ofAction(p -> order.add(n)).inOrderOf(key).onFinished(done::countDown).executeWith(threads);
        }
        BackgroundTask.ofAction(p -> blocker.countDown()).executeWith(threads);
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertThat(order).isEqualTo(expected);
    }
}
