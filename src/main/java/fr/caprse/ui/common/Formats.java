package fr.caprse.ui.common;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.scoring.ScoreRounding;
import fr.caprse.i18n.I18n;
import fr.caprse.domain.assessment.LegalForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/** How numbers, scores and answers are written on screen, in the user's language. */
public final class Formats {

    private Formats() {
    }

    /**
     * A legal form for display: the label of its code when a code was chosen, else what the user wrote
     * ("SARL"), which says more to them than the code it stands for.
     */
    public static String legalForm(String written, I18n i18n) {
        if (written == null || written.isBlank()) {
            return "";
        }
        return LegalForm.isCode(written) ? i18n.get("legal-form." + LegalForm.normalise(written)) : written;
    }

    /** A score shown rounded half-up to one decimal: 79.96 → "80,0" (fr) or "80.0" (en). */
    public static String score(Double score, Locale locale) {
        if (score == null) {
            return "–";
        }
        BigDecimal rounded = ScoreRounding.oneDecimal(score);
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        return format.format(rounded);
    }

    public static String percent(Double ratio, Locale locale) {
        if (ratio == null) {
            return "–";
        }
        return BigDecimal.valueOf(ratio * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public static String number(BigDecimal number, Locale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }

    public static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** An answer in words: the level and its label, the option labels, the number with its unit, N/A. */
    public static String answer(Question question, Answer answer, Scale scale, String lang, I18n i18n) {
        if (answer == null || !answer.isAnswered()) {
            return i18n.get("answer.none");
        }
        if (answer.na()) {
            return i18n.get("answer.na");
        }
        AnswerValue value = answer.value();
        if (value instanceof AnswerValue.LevelValue level) {
            return level.level() <= scale.highest()
                    ? level.level() + " · " + scale.level(level.level()).label().get(lang) : String.valueOf(level.level());
        }
        if (value instanceof AnswerValue.Choice choice) {
            return question.option(choice.optionId()).map(o -> o.label().get(lang)).orElse(choice.optionId());
        }
        if (value instanceof AnswerValue.Choices choices) {
            return choices.optionIds().stream()
                    .map(id -> question.option(id).map(o -> o.label().get(lang)).orElse(id))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof AnswerValue.NumberValue number) {
            String unit = question.type() == fr.caprse.domain.questionnaire.QuestionType.PERCENT ? " %"
                    : question.hasUnit() ? " " + question.unit(lang) : "";
            return number(number.number(), i18n.locale()) + unit;
        }
        if (value instanceof AnswerValue.TextValue text) {
            return text.text();
        }
        return "";
    }
}
