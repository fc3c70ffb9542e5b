package fr.caprse.yaml;

import fr.caprse.platform.Said;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file; positions come from the YAML marks (0-based) and are kept 1-based. */
final class Problems {

    /** The most problems listed for one file; a hostile file could otherwise produce millions. */
    static final int MAX_LISTED = 1000;

    private final String file;
    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private int notListed;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        at(node, Said.english(message));
    }

    void at(Node node, Said message) {
        at(node.getStartMark(), message);
    }

    void at(Optional<Mark> mark, String message) {
        at(mark, Said.english(message));
    }

    void at(Optional<Mark> mark, Said message) {
        if (mark.isPresent()) {
            at(mark.get().getLine() + 1, mark.get().getColumn() + 1, message);
        } else {
            at(1, 1, message);
        }
    }

    void at(int line, int column, String message) {
        at(line, column, Said.english(message));
    }

    void at(int line, int column, Said message) {
        if (found.size() < MAX_LISTED) {
            found.add(new Problem(file, line, column, message));
        } else {
            if (notListed == 0) {
                found.add(new Problem(file, line, column, Said.of("yaml.too-many-problems", "more than " + MAX_LISTED
                        + " problems: only the first " + MAX_LISTED + " found are listed; fix them and validate again",
                        MAX_LISTED)));
            }
            notListed++;
        }
    }

    /** Notes something that loads but is probably not what the author meant; it does not stop the load. */
    void warnAt(Node node, String message) {
        warnAt(node, Said.english(message));
    }

    void warnAt(Node node, Said message) {
        if (warnings.size() < MAX_LISTED) {
            Optional<Mark> mark = node.getStartMark();
            warnings.add(new Problem(file, mark.map(m -> m.getLine() + 1).orElse(1),
                    mark.map(m -> m.getColumn() + 1).orElse(1),
                    Said.of("yaml.warning", "warning: " + message.english(), message)));
        }
    }

    /** Every warning once, sorted by position. */
    List<Problem> sortedWarnings() {
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(warnings));
        distinct.sort(null);
        return List.copyOf(distinct);
    }

    /** How many problems were found (listed or not): a reader compares counts to know if a part had any. */
    int count() {
        return found.size() + notListed;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem once, sorted by position (problems at one place keep the order they were found). */
    List<Problem> sorted() {
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(found));
        distinct.sort(null);
        return List.copyOf(distinct);
    }
}
