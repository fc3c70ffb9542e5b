package fr.caprse.domain.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The legal obligations a theme's questions build on (a risk assessment document, the equality index,
 * waste sorting, the consumer mediator…), as checked on {@code asOf}: the law moves, so every statement
 * of it carries the date it was last checked, shown beside it as "valid as of". {@link #NONE} when a
 * theme states no law.
 */
public record LegalBaseline(LocalDate asOf, List<Text> items) {

    public static final LegalBaseline NONE = new LegalBaseline(null, List.of());

    public LegalBaseline {
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        if (!items.isEmpty()) {
            Objects.requireNonNull(asOf, "a legal baseline needs the date it was checked");
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
