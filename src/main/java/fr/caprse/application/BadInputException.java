package fr.caprse.application;

/**
 * A file the user gave that cannot be used: the message says what and where (file, line, sheet, cell,
 * question), ready to be shown as it is. Nothing was written when it is thrown.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
