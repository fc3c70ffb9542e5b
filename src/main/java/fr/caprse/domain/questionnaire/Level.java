package fr.caprse.domain.questionnaire;

import java.util.Objects;

/** One step of a maturity scale: its value (0, 1, 2 ...), label and description. */
public record Level(int value, Text label, Text description) {

    public Level {
        if (value < 0) {
            throw new IllegalArgumentException("level value must be >= 0: " + value);
        }
        label = Objects.requireNonNullElse(label, Text.EMPTY);
        description = Objects.requireNonNullElse(description, Text.EMPTY);
    }
}
