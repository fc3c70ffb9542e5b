package fr.caprse.excel.vsme;

import fr.caprse.platform.Localizable;
import java.util.List;

/**
 * A workbook that cannot be read as a filled VSME Digital Template. Each problem names the datapoint, its
 * cell (sheet and address) and, where there is one, our question; nothing is imported. {@link #kind()} says
 * which of the four ways it failed, so the app can say it in the user's language (the problems themselves
 * name the template's cells and names, which are in English in every language of the template).
 */
public final class VsmeReadException extends Exception implements Localizable {

    private static final long serialVersionUID = 1L;

    /** Why the workbook was refused. */
    public enum Kind {
        /** Not an Excel workbook that can be opened (corrupt, encrypted, another format, too big). */
        UNREADABLE("vsme.error.unreadable"),
        /** A workbook, but not the VSME Digital Template (it does not state a template version). */
        NOT_TEMPLATE("vsme.error.not-template"),
        /** The template, but a version Cap RSE does not read (or whose version cell was emptied). */
        VERSION("vsme.error.version"),
        /** The template, with values that cannot be read (each named with its cell). */
        VALUES("vsme.error.values");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Kind kind;
    private final String file;
    private final List<String> problems;

    public VsmeReadException(String file, List<String> problems) {
        this(Kind.VALUES, file, problems);
    }

    public VsmeReadException(Kind kind, String file, List<String> problems) {
        super(file + ": " + (problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems, nothing was imported:\n  " + String.join("\n  ", problems)));
        this.kind = kind;
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order of the template. */
    public List<String> problems() {
        return problems;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String messageKey() {
        return kind.messageKey;
    }

    /** How many problems a message lists (all of them are in {@link #getMessage()} and {@link #problems()}). */
    static final int LISTED = 15;

    /** {0} the file's name, {1} the first {@value #LISTED} problems one a line ("…" when there are more), {2} how many. */
    @Override
    public Object[] messageArguments() {
        List<String> shown = problems.size() > LISTED ? problems.subList(0, LISTED) : problems;
        return new Object[] {file, "• " + String.join("\n• ", shown) + (problems.size() > LISTED ? "\n• …" : ""),
                problems.size()};
    }
}
