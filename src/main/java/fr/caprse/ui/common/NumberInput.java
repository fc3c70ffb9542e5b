package fr.caprse.ui.common;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import java.math.BigDecimal;

/** Reads a number as a French or English user types it: "1 250,5", "1250.5", "12 %". */
public final class NumberInput {

    /** Why a typed number was refused: {@code key} is an i18n key, {@code bound} the limit when relevant. */
    public record Problem(String key, BigDecimal bound) {
    }

    public record Result(BigDecimal number, Problem problem) {
    }

    private NumberInput() {
    }

    public static Result parse(String typed, Question question) {
        String cleaned = typed.trim().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "")
                .replace("%", "").replace(',', '.');
        BigDecimal number;
        try {
            number = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return new Result(null, new Problem("number.error.format", null));
        }
        Double min = question.min() != null ? question.min() : question.type() == QuestionType.PERCENT ? Double.valueOf(0) : null;
        Double max = question.max() != null ? question.max() : question.type() == QuestionType.PERCENT ? Double.valueOf(100) : null;
        if (min != null && number.compareTo(BigDecimal.valueOf(min)) < 0) {
            return new Result(null, new Problem("number.error.min", BigDecimal.valueOf(min).stripTrailingZeros()));
        }
        if (max != null && number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return new Result(null, new Problem("number.error.max", BigDecimal.valueOf(max).stripTrailingZeros()));
        }
        return new Result(number, null);
    }
}
