package fr.caprse.excel;

import java.util.List;

/**
 * A report or a filled form that cannot be read back: each problem names the file, the place (sheet and
 * cell, e.g. {@code data!D14}), the question when there is one, and what to do. A form reports every
 * problem it finds at once ({@link #problems()}); the message lists them one a line.
 */
public class ReportReadException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ReportReadException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    /** Several problems found in one file, in the order of the file. */
    public ReportReadException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem given");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one sentence each naming its place. */
    public List<String> problems() {
        return problems;
    }
}
