package fr.caprse.yaml;

import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.expression.LiteralComparison;
import fr.caprse.domain.expression.Node.Scope;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.platform.Said;
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
    private final String what;

    ValueChecks(ExpressionChecks checks, ExpressionChecks.Draft draft, org.snakeyaml.engine.v2.nodes.Node node,
                Expression expression, String what) {
        this.checks = checks;
        this.draft = draft;
        this.node = node;
        this.expression = expression;
        this.where = "question '" + draft.id() + "': " + what;
        this.what = what;
    }

    void check() {
        if (expression == null) {
            return;
        }
        for (LiteralComparison comparison : expression.literalComparisons()) {
            Optional<Said> problem = comparison.scope() == Scope.ANSWER ? answer(comparison) : org(comparison);
            problem.ifPresent(message -> checks.atOffset(node, comparison.position(), Said.of("yaml.value.where",
                    where + ": " + message.english(), draft.id(), what, message)));
        }
    }

    private static Optional<Said> say(String key, String english, Object... arguments) {
        return Optional.of(Said.of(key, english, arguments));
    }

    /** "; write 'yes'" when what was meant is known, else nothing. */
    private static Said write(String meant) {
        return meant == null ? Said.english("") : Said.of("yaml.value.write", "; write '" + meant + "'", "'" + meant + "'");
    }

    private Optional<Said> answer(LiteralComparison c) {
        ExpressionChecks.Draft used = checks.question(c.id());
        if (used == null) {
            return Optional.empty(); // named no question: reported already
        }
        String name = "answer." + c.id();
        String shown = shown(c.value());
        QuestionType type = used.type();
        if (type == QuestionType.YESNO) {
            if (c.form() == LiteralComparison.Form.CONTAINS) {
                return say("yaml.value.yesno-list", name + " is 'yes' or 'no', not a list; write " + name + " == 'yes'", name,
                        name + " == 'yes'");
            }
            if (c.value() instanceof String text && YES_NO.contains(text)) {
                return Optional.empty();
            }
            String meant = c.value() instanceof String text ? YES_NO_WORDS.get(text.trim().toLowerCase(Locale.ROOT))
                    : c.value() instanceof Boolean b ? (b ? "yes" : "no") : null;
            return say("yaml.value.yesno", shown + " can never match: " + name + " is a yes/no question, whose values are "
                    + "'yes' and 'no' whatever the language" + write(meant), shown, name, write(meant));
        }
        if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE) {
            return choice(c, used, name, shown);
        }
        if (type == QuestionType.TEXT) {
            return c.form() == LiteralComparison.Form.CONTAINS
                    ? say("yaml.value.text-list", name + " is a text, not a list; compare it with == instead of in", name)
                    : Optional.empty();
        }
        // number, percent, maturity, computed: a number
        if (c.form() == LiteralComparison.Form.CONTAINS) {
            return say("yaml.value.number-list", name + " is a number, not a list; compare it with ==, <, >= ...", name);
        }
        if (!(c.value() instanceof Double)) {
            String example = type == QuestionType.MATURITY ? " >= 2" : " > 0";
            return say("yaml.value.number", shown + " can never match: " + name + " is a " + type.fileName()
                    + " question, whose value is a number; compare it with a number, such as " + name + example,
                    shown, name, type.fileName(), example);
        }
        return Optional.empty();
    }

    private Optional<Said> choice(LiteralComparison c, ExpressionChecks.Draft used, String name, String shown) {
        List<Option> options = used.options() == null ? List.of() : used.options();
        List<String> ids = options.stream().map(Option::id).toList();
        boolean multiple = used.type() == QuestionType.MULTIPLE;
        String value = c.value() instanceof String text ? text : null;
        if (multiple && c.form() == LiteralComparison.Form.EQUALS) {
            String example = value != null && ids.contains(value) ? value : ids.isEmpty() ? "x" : ids.get(0);
            return say("yaml.value.multiple", name + " is a multiple choice: its value is the list of the options ticked, "
                    + "never one option; to test one option write '" + example + "' in " + name, name,
                    "'" + example + "' in " + name);
        }
        if (!multiple && c.form() == LiteralComparison.Form.CONTAINS) {
            String example = value != null && ids.contains(value) ? value : ids.isEmpty() ? "x" : ids.get(0);
            return say("yaml.value.single", name + " is a single choice: its value is one option id, not a list; write "
                    + name + " == '" + example + "'", name, name + " == '" + example + "'");
        }
        if (value != null && ids.contains(value)) {
            return Optional.empty();
        }
        if (value != null) {
            for (Option option : options) {
                for (String label : option.label().byLanguage().values()) {
                    if (label.trim().equalsIgnoreCase(value.trim())) {
                        return say("yaml.value.label", "'" + value + "' is the label of option '" + option.id()
                                + "'; conditions compare option ids: write '" + option.id() + "'", value, option.id(),
                                "'" + option.id() + "'");
                    }
                }
            }
        }
        Said suggestion = value == null ? Said.english("") : NodeReader.didYouMean(value, ids);
        return say("yaml.value.not-option", shown + " is not an option of '" + c.id() + "'" + suggestion
                + "; its options are " + quoted(ids), shown, c.id(), suggestion, quoted(ids));
    }

    private Optional<Said> org(LiteralComparison c) {
        String name = "org." + c.id();
        String shown = shown(c.value());
        String value = c.value() instanceof String text ? text : null;
        boolean contains = c.form() == LiteralComparison.Form.CONTAINS;
        switch (c.id()) {
            case "size" -> {
                if (contains) {
                    return say("yaml.value.size-list", name + " is one size, not a list; write " + name
                            + " in ['micro', 'small']", name, name + " in ['micro', 'small']");
                }
                if (value != null && SIZES.contains(value)) {
                    return Optional.empty();
                }
                String meant = value == null ? null : SIZE_WORDS.get(value.trim().toLowerCase(Locale.ROOT));
                if (meant == null && value != null && SIZES.contains(value.trim().toLowerCase(Locale.ROOT))) {
                    meant = value.trim().toLowerCase(Locale.ROOT);
                }
                return say("yaml.value.size", shown + " can never match: sizes are " + quoted(SIZES)
                        + " (the EU size classes)" + write(meant), shown, quoted(SIZES), write(meant));
            }
            case "legal_form" -> {
                if (contains) {
                    return say("yaml.value.legal-form-list", name + " is one legal form, not a list; write " + name
                            + " in ['scop', 'scic']", name, name + " in ['scop', 'scic']");
                }
                if (value != null && LegalForm.CODES.contains(value)) {
                    return Optional.empty();
                }
                String meant = value == null ? null : LegalForm.code(value).orElse(null);
                Said written = meant == null ? Said.english("") : Said.of("yaml.value.written-as", "; '" + value
                        + "' is written '" + meant + "' here", value, "'" + meant + "'");
                return say("yaml.value.legal-form", shown + " can never match: conditions compare legal form codes, "
                        + "which are " + quoted(LegalForm.CODES) + written, shown, quoted(LegalForm.CODES), written);
            }
            case "ess" -> {
                return c.value() instanceof Boolean && !contains ? Optional.empty()
                        : say("yaml.value.ess", shown + " can never match: org.ess is true or false; write org.ess, "
                        + "or not org.ess", shown);
            }
            case "employees" -> {
                return c.value() instanceof Double && !contains ? Optional.empty()
                        : say("yaml.value.employees", shown + " can never match: org.employees is a number; compare it "
                        + "with a number, such as org.employees >= 50", shown);
            }
            default -> {
                return contains ? say("yaml.value.text-list", name + " is a text, not a list; compare it with == instead "
                        + "of in", name)
                        : c.value() instanceof String ? Optional.empty()
                        : say("yaml.value.text", shown + " can never match: " + name + " is a text", shown, name);
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
