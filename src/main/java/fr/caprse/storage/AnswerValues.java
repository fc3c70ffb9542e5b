package fr.caprse.storage;

import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.AnswerValue.Choice;
import fr.caprse.domain.assessment.AnswerValue.Choices;
import fr.caprse.domain.assessment.AnswerValue.LevelValue;
import fr.caprse.domain.assessment.AnswerValue.NumberValue;
import fr.caprse.domain.assessment.AnswerValue.TextValue;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How an answer's value is kept in the {@code kind} and {@code value} columns, exactly: a number keeps
 * its digits and scale ({@code 182.50} stays {@code 182.50}), a text every character, a list of options
 * its order. Values are text in a TEXT column, so SQLite never turns them into floating point.
 */
final class AnswerValues {

    static final String LEVEL = "level";
    static final String CHOICE = "choice";
    static final String CHOICES = "choices";
    static final String NUMBER = "number";
    static final String TEXT = "text";

    private AnswerValues() {
    }

    static String kind(AnswerValue value) {
        if (value == null) {
            return null;
        } else if (value instanceof LevelValue) {
            return LEVEL;
        } else if (value instanceof Choice) {
            return CHOICE;
        } else if (value instanceof Choices) {
            return CHOICES;
        } else if (value instanceof NumberValue) {
            return NUMBER;
        } else if (value instanceof TextValue) {
            return TEXT;
        }
        throw new IllegalArgumentException("unknown kind of answer: " + value);
    }

    /**
     * The value column. A list of options is its ids, each percent-encoded, joined by commas; the empty
     * list is NULL, so that a list holding one empty id stays distinct from it.
     */
    static String text(AnswerValue value) {
        if (value == null) {
            return null;
        } else if (value instanceof LevelValue level) {
            return Integer.toString(level.level());
        } else if (value instanceof Choice choice) {
            return choice.optionId();
        } else if (value instanceof Choices choices) {
            if (choices.optionIds().isEmpty()) {
                return null;
            }
            List<String> encoded = new ArrayList<>();
            for (String id : choices.optionIds()) {
                encoded.add(URLEncoder.encode(id, StandardCharsets.UTF_8));
            }
            return String.join(",", encoded);
        } else if (value instanceof NumberValue number) {
            return number.number().toString();
        } else if (value instanceof TextValue text) {
            return text.text();
        }
        throw new IllegalArgumentException("unknown kind of answer: " + value);
    }

    static AnswerValue read(String kind, String text) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case LEVEL -> new LevelValue(Integer.parseInt(text));
            case CHOICE -> new Choice(text);
            case CHOICES -> new Choices(decodeList(text));
            case NUMBER -> new NumberValue(new BigDecimal(text));
            case TEXT -> new TextValue(text);
            default -> throw new IllegalStateException("unknown kind of answer in the database: " + kind);
        };
    }

    private static List<String> decodeList(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            ids.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
        }
        return ids;
    }
}
