package fr.caprse.application.observatory;

/** A consolidation that cannot be done at all (no output folder, an unreadable campaign list…). */
public final class AggregationException extends Exception {

    private static final long serialVersionUID = 1L;

    public AggregationException(String message) {
        super(message);
    }

    public AggregationException(String message, Throwable cause) {
        super(message, cause);
    }
}
