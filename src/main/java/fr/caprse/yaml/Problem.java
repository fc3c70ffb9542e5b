package fr.caprse.yaml;

import fr.caprse.platform.Said;

/**
 * One problem found in a questionnaire file, printed as {@code FILE:LINE:COLUMN: message} (1-based). The
 * message is English ({@link #message()}, what {@code validate} prints); {@link #said()} says it by a key
 * of the UI bundles too, so that the app can show it in the user's language.
 */
public record Problem(String file, int line, int column, String message, Said said) implements Comparable<Problem> {

    /** A problem said in English only. */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, Said.english(message));
    }

    public Problem(String file, int line, int column, Said said) {
        this(file, line, column, said.english(), said);
    }

    /** The whole line, {@code FILE:LINE:COLUMN: message}, said in English and by its key. */
    public Said located() {
        return Said.of("yaml.problem.at", toString(), file, Integer.toString(line), Integer.toString(column), said);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
