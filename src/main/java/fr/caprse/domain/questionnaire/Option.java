package fr.caprse.domain.questionnaire;

import java.util.Objects;

/** A choice of a {@code single}, {@code multiple} or {@code yesno} question and the points it earns. */
public record Option(String id, Text label, double points) {

    public Option {
        Objects.requireNonNull(id, "id");
        label = Objects.requireNonNullElse(label, Text.EMPTY);
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("option points must be a number >= 0: " + points);
        }
    }
}
