package fr.caprse.application.observatory;

/** Told how a consolidation goes; called from the thread that runs it. */
@FunctionalInterface
public interface AggregationListener {

    /** {@code read} files of {@code total} done, {@code rejected} of them refused so far. */
    void progress(int read, int total, int rejected);

    AggregationListener NONE = (read, total, rejected) -> { };
}
