package fr.caprse.domain.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What a person answered, by kind of question. */
public sealed interface AnswerValue {

    /** The value as expressions see it: Double, String or List of option ids. */
    Object expressionValue();

    /** A maturity level. */
    record LevelValue(int level) implements AnswerValue {
        public LevelValue {
            if (level < 0) {
                throw new IllegalArgumentException("level must be >= 0: " + level);
            }
        }

        @Override
        public Object expressionValue() {
            return (double) level;
        }
    }

    /** The chosen option of a single or yesno question. */
    record Choice(String optionId) implements AnswerValue {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }

        @Override
        public Object expressionValue() {
            return optionId;
        }
    }

    /** The chosen options of a multiple question, in the order given. */
    record Choices(List<String> optionIds) implements AnswerValue {
        public Choices {
            optionIds = List.copyOf(optionIds);
        }

        @Override
        public Object expressionValue() {
            return optionIds;
        }
    }

    /** A number or percent, kept exactly as typed. */
    record NumberValue(BigDecimal number) implements AnswerValue {
        public NumberValue {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Object expressionValue() {
            return number.doubleValue();
        }
    }

    /** A free text. */
    record TextValue(String text) implements AnswerValue {
        public TextValue {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object expressionValue() {
            return text;
        }
    }
}
