package fr.caprse.cli;

/** A failure a user caused: its message names the file and the place; no stack trace is shown. */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(String message) {
        this(message, CapRseCli.BAD_INPUT);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
