package fr.caprse.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * A section of the questionnaire: one line of the report, one step of the walk-through. Its
 * {@code legalBaseline} lists the legal obligations its questions build on, with the date they were
 * checked ({@link LegalBaseline#NONE} when it states none).
 */
public record Theme(String id, Text title, Text description, double weight, List<String> references,
                    List<Question> questions, LegalBaseline legalBaseline) {

    public Theme {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, Text.EMPTY);
        description = Objects.requireNonNullElse(description, Text.EMPTY);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("theme weight must be a number >= 0: " + weight);
        }
        references = List.copyOf(Objects.requireNonNullElse(references, List.of()));
        questions = List.copyOf(questions);
        legalBaseline = Objects.requireNonNullElse(legalBaseline, LegalBaseline.NONE);
    }

    /** A theme that states no legal baseline. */
    public Theme(String id, Text title, Text description, double weight, List<String> references,
                 List<Question> questions) {
        this(id, title, description, weight, references, questions, LegalBaseline.NONE);
    }
}
