package fr.caprse.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs an action on the JavaFX thread and waits for it, for the tools that drive the real app outside
 * TestFX (the screenshot tours and the stall benchmark): a failure on the FX thread is thrown here.
 */
public final class FxThread {

    private FxThread() {
    }

    public static void run(Runnable action, int timeoutSeconds) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
