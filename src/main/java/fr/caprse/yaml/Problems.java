package fr.caprse.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file; positions come from the YAML marks (0-based) and are kept 1-based. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        at(node.getStartMark(), message);
    }

    void at(Optional<Mark> mark, String message) {
        if (mark.isPresent()) {
            at(mark.get().getLine() + 1, mark.get().getColumn() + 1, message);
        } else {
            at(1, 1, message);
        }
    }

    void at(int line, int column, String message) {
        found.add(new Problem(file, line, column, message));
    }

    int count() {
        return found.size();
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
