package fr.caprse.yaml;

import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.expression.LiteralComparison;
import fr.caprse.domain.expression.Node.Scope;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.platform.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Catches the conditions that can never be true because they compare a name with a value it never takes:
 * {@code answer.q == 'oui'} on a yes/no question (its values are {@code yes} and {@code no}), an option's
 * label where its id is meant, {@code answer.m == 'x'} on a multiple choice (a list: {@code 'x' in answer.m}),
 * {@code org.size == 'tpe'}, a legal form that is no code. Such a file loads, and the question is then
 * never shown in front of a client: the validator says it at the value's line and column, with the values
 * that would work.
 */
final class ValueChecks {

    private static final List<String> YES_NO = List.of("yes", "no");
    /** What authors write for yes and no in other words. */
    private static final Map<String, String> YES_NO_WORDS = Map.of("oui", "yes", "non", "no", "true", "yes",
            "false", "no", "y", "yes", "n", "no", "vrai", "yes", "faux", "no");
    private static final List<String> SIZES = Arrays.stream(OrganisationSize.values()).map(OrganisationSize::code)
            .toList();
    /** The French size words people use for the EU size classes. */
    private static final Map<String, String> SIZE_WORDS = Map.of("tpe", "micro", "pme", "small' or 'medium",
            "eti", "large", "ge", "large", "micro-entreprise", "micro");

    private final ExpressionChecks checks;
    private final ExpressionChecks.Draft draft;
    private final org.snakeyaml.engine.v2.nodes.Node node;
    private final Expression expression;
    private final String where;

    ValueChecks(ExpressionChecks checks, ExpressionChecks.Draft draft, org.snakeyaml.engine.v2.nodes.Node node,
                Expression expression, String what) {
        this.checks = checks;
        this.draft = draft;
        this.node = node;
        this.expression = expression;
        this.where = "question '" + draft.id() + "': " + what;
    }

    void check() {
        if (expression == null) {
            return;
        }
        for (LiteralComparison comparison : expression.literalComparisons()) {
            Optional<String> problem = comparison.scope() == Scope.ANSWER ? answer(comparison) : org(comparison);
            problem.ifPresent(message -> checks.atOffset(node, comparison.position(), where + ": " + message));
        }
    }

    private Optional<String> answer(LiteralComparison c) {
        ExpressionChecks.Draft used = checks.question(c.id());
        if (used == null) {
            return Optional.empty(); // named no question: reported already
        }
        String name = "answer." + c.id();
        String shown = shown(c.value());
        QuestionType type = used.type();
        if (type == QuestionType.YESNO) {
            if (c.form() == LiteralComparison.Form.CONTAINS) {
                return Optional.of(name + " is 'yes' or 'no', not a list; write " + name + " == 'yes'");
            }
            if (c.value() instanceof String text && YES_NO.contains(text)) {
                return Optional.empty();
            }
            String meant = c.value() instanceof String text ? YES_NO_WORDS.get(text.trim().toLowerCase(Locale.ROOT))
                    : c.value() instanceof Boolean b ? (b ? "yes" : "no") : null;
            return Optional.of(shown + " can never match: " + name + " is a yes/no question, whose values are "
                    + "'yes' and 'no' whatever the language" + (meant == null ? "" : "; write '" + meant + "'"));
        }
        if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE) {
            return choice(c, used, name, shown);
        }
        if (type == QuestionType.TEXT) {
            return c.form() == LiteralComparison.Form.CONTAINS
                    ? Optional.of(name + " is a text, not a list; compare it with == instead of in") : Optional.empty();
        }
        // number, percent, maturity, computed: a number
        if (c.form() == LiteralComparison.Form.CONTAINS) {
            return Optional.of(name + " is a number, not a list; compare it with ==, <, >= ...");
        }
        if (!(c.value() instanceof Double)) {
            return Optional.of(shown + " can never match: " + name + " is a " + type.fileName()
                    + " question, whose value is a number; compare it with a number, such as " + name
                    + (type == QuestionType.MATURITY ? " >= 2" : " > 0"));
        }
        return Optional.empty();
    }

    private Optional<String> choice(LiteralComparison c, ExpressionChecks.Draft used, String name, String shown) {
        List<Option> options = used.options() == null ? List.of() : used.options();
        List<String> ids = options.stream().map(Option::id).toList();
        boolean multiple = used.type() == QuestionType.MULTIPLE;
        String value = c.value() instanceof String text ? text : null;
        if (multiple && c.form() == LiteralComparison.Form.EQUALS) {
            String example = value != null && ids.contains(value) ? value : ids.isEmpty() ? "x" : ids.get(0);
            return Optional.of(name + " is a multiple choice: its value is the list of the options ticked, never one "
                    + "option; to test one option write '" + example + "' in " + name);
        }
        if (!multiple && c.form() == LiteralComparison.Form.CONTAINS) {
            String example = value != null && ids.contains(value) ? value : ids.isEmpty() ? "x" : ids.get(0);
            return Optional.of(name + " is a single choice: its value is one option id, not a list; write "
                    + name + " == '" + example + "'");
        }
        if (value != null && ids.contains(value)) {
            return Optional.empty();
        }
        if (value != null) {
            for (Option option : options) {
                for (String label : option.label().byLanguage().values()) {
                    if (label.trim().equalsIgnoreCase(value.trim())) {
                        return Optional.of("'" + value + "' is the label of option '" + option.id()
                                + "'; conditions compare option ids: write '" + option.id() + "'");
                    }
                }
            }
        }
        return Optional.of(shown + " is not an option of '" + c.id() + "'"
                + (value == null ? "" : Suggestions.closest(value, ids).map(s -> " (did you mean '" + s + "'?)").orElse(""))
                + "; its options are " + quoted(ids));
    }

    private Optional<String> org(LiteralComparison c) {
        String name = "org." + c.id();
        String shown = shown(c.value());
        String value = c.value() instanceof String text ? text : null;
        boolean contains = c.form() == LiteralComparison.Form.CONTAINS;
        switch (c.id()) {
            case "size" -> {
                if (contains) {
                    return Optional.of(name + " is one size, not a list; write " + name + " in ['micro', 'small']");
                }
                if (value != null && SIZES.contains(value)) {
                    return Optional.empty();
                }
                String meant = value == null ? null : SIZE_WORDS.get(value.trim().toLowerCase(Locale.ROOT));
                if (meant == null && value != null && SIZES.contains(value.trim().toLowerCase(Locale.ROOT))) {
                    meant = value.trim().toLowerCase(Locale.ROOT);
                }
                return Optional.of(shown + " can never match: sizes are " + quoted(SIZES)
                        + " (the EU size classes)" + (meant == null ? "" : "; write '" + meant + "'"));
            }
            case "legal_form" -> {
                if (contains) {
                    return Optional.of(name + " is one legal form, not a list; write " + name
                            + " in ['scop', 'scic']");
                }
                if (value != null && LegalForm.CODES.contains(value)) {
                    return Optional.empty();
                }
                String meant = value == null ? null : LegalForm.code(value).orElse(null);
                return Optional.of(shown + " can never match: conditions compare legal form codes, which are "
                        + quoted(LegalForm.CODES) + (meant == null ? "" : "; '" + value
                        + "' is written '" + meant + "' here"));
            }
            case "ess" -> {
                return c.value() instanceof Boolean && !contains ? Optional.empty()
                        : Optional.of(shown + " can never match: org.ess is true or false; write org.ess, or not org.ess");
            }
            case "employees" -> {
                return c.value() instanceof Double && !contains ? Optional.empty()
                        : Optional.of(shown + " can never match: org.employees is a number; compare it with a number, "
                        + "such as org.employees >= 50");
            }
            default -> {
                return contains ? Optional.of(name + " is a text, not a list; compare it with == instead of in")
                        : c.value() instanceof String ? Optional.empty()
                        : Optional.of(shown + " can never match: " + name + " is a text");
            }
        }
    }

    private static String shown(Object value) {
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        if (value instanceof Double number) {
            return NodeReader.format(number);
        }
        return String.valueOf(value);
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }
}
