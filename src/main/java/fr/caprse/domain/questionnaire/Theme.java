package fr.caprse.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/** A section of the questionnaire: one line of the report, one step of the walk-through. */
public record Theme(String id, Text title, Text description, double weight, List<String> references,
                    List<Question> questions) {

    public Theme {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, Text.EMPTY);
        description = Objects.requireNonNullElse(description, Text.EMPTY);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("theme weight must be a number >= 0: " + weight);
        }
        references = List.copyOf(Objects.requireNonNullElse(references, List.of()));
        questions = List.copyOf(questions);
    }
}
