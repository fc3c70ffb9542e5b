package fr.caprse.application;

import fr.caprse.yaml.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A questionnaire file that cannot be used: every problem with its file, line and column
 * ({@code FILE:LINE:COLUMN: message}, one a line in the message).
 */
public final class QuestionnaireFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    QuestionnaireFileException(List<Problem> problems) {
        super(problems.stream().limit(20).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().map(Problem::toString).toList();
    }

    /** Every problem, {@code FILE:LINE:COLUMN: message}, in file order. */
    public List<String> problems() {
        return problems;
    }
}
