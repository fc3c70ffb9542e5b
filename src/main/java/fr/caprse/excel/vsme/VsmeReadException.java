package fr.caprse.excel.vsme;

import java.util.List;

/**
 * A workbook that cannot be read as a filled VSME Digital Template. Each problem names the datapoint, its
 * cell (sheet and address) and, where there is one, our question; nothing is imported.
 */
public final class VsmeReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public VsmeReadException(String file, List<String> problems) {
        super(file + ": " + (problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems, nothing was imported:\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order of the template. */
    public List<String> problems() {
        return problems;
    }
}
