package fr.caprse.application;

import fr.caprse.yaml.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A questionnaire file that cannot be used: every problem with its file, line and column
 * ({@code FILE:LINE:COLUMN: message}, one a line in the message).
 */
public final class QuestionnaireFileException extends Exception {

    private final transient List<Problem> problems;

    QuestionnaireFileException(List<Problem> problems) {
        super(problems.stream().limit(20).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
