package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;

/** The outcome of loading a questionnaire file: the questionnaire when there is no problem, else the problems. */
public record LoadResult(Questionnaire questionnaire, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if ((questionnaire == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load gives a questionnaire or problems, not both");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
