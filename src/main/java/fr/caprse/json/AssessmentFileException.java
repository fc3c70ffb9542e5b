package fr.caprse.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An assessment file that cannot be read: every problem found, each naming the file, the place and the
 * question. Nothing of the file is imported.
 */
public final class AssessmentFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> problems;

    public AssessmentFileException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an assessment file exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order of the file. */
    public List<FileProblem> problems() {
        return problems;
    }
}
