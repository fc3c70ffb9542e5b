package fr.caprse.domain.questionnaire;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question of the questionnaire format. */
public enum QuestionType {
    MATURITY, SINGLE, MULTIPLE, YESNO, NUMBER, PERCENT, TEXT, COMPUTED;

    /** The name used in questionnaire files: {@code maturity}, {@code yesno} ... */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> fromFileName(String name) {
        for (QuestionType type : values()) {
            if (type.fileName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether a person answers it (every type but {@code computed}). */
    public boolean isAnswered() {
        return this != COMPUTED;
    }

    /** Whether it has options to choose from. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == YESNO;
    }

    /** Whether its answer is a number. */
    public boolean isNumeric() {
        return this == NUMBER || this == PERCENT;
    }
}
