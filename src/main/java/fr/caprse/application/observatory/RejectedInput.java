package fr.caprse.application.observatory;

/** A file that was not consolidated; the message names the file and says why in plain words. */
public final class RejectedInput extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedInput(String message) {
        super(message);
    }

    public RejectedInput(String message, Throwable cause) {
        super(message, cause);
    }
}
