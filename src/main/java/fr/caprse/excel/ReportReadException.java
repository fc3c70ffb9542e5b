package fr.caprse.excel;

/**
 * A report that cannot be read back: the message names the file, the place (sheet and cell, e.g.
 * {@code data!D14}), the question when there is one, and what to do.
 */
public class ReportReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
