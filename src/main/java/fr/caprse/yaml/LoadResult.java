package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;

/**
 * The outcome of loading a questionnaire file: the questionnaire when there is no problem, else the problems.
 * Warnings name what loads but is probably not what the author meant (a cap no answer can reach); they
 * never stop a file from loading.
 */
public record LoadResult(Questionnaire questionnaire, List<Problem> problems, List<Problem> warnings) {

    public LoadResult(Questionnaire questionnaire, List<Problem> problems) {
        this(questionnaire, problems, List.of());
    }

    public LoadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((questionnaire == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load gives a questionnaire or problems, not both");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
