package fr.caprse.application.task;

/**
 * Runs each task at once on the calling thread, callbacks included, so a test sees every effect as
 * soon as {@code execute} returns (JabRef's {@code CurrentThreadTaskExecutor}).
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        task.markSubmitted();
        task.run(Runnable::run);
        return task;
    }
}
