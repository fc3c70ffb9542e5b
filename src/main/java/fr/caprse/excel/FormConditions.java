package fr.caprse.excel;

import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.expression.Node;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an {@code applies_when} condition twice for the form: as a spreadsheet formula over the form's
 * own cells (so the question turns grey as soon as the profile or an answer says it does not apply), and
 * in words for the person filling it ("Only if the answer to question 3.1 is “Yes”.").
 *
 * <p>The formula follows the format's null rules: an empty cell, "not applicable", a question that does
 * not apply, a division by zero are all "no value" (an error value inside the formula, {@code NA()}),
 * comparisons with no value are false, {@code a == b} is true when both have no value. A condition it
 * cannot write (a list compared with a list) gives no formula: the question stays white and the words
 * still say when it applies.
 */
final class FormConditions {

    /** Where things are in the form. */
    interface Places {
        /** The answer cell of a question ({@code $C$12}), or null when the form has no cell for it. */
        String answer(String questionId);

        /** The cell saying whether a conditional question applies (1 or 0), or null when it always does. */
        String applies(String questionId);

        /** The tick cell of an option of a multiple-choice question. */
        String tick(String questionId, String optionId);

        /** The value cell of a profile field. */
        String profile(String field);

        /** The range of the maturity level labels in the lists sheet ({@code lists!$A$1:$A$5}). */
        String levels();

        /** The same labels in the other language. */
        String otherLevels();

        /** How the person finds a question: its number in the form ("3.1"). */
        String number(String questionId);
    }

    private enum Kind { NUMBER, TEXT, BOOLEAN, CHOICES }

    /**
     * A value written as a formula: its kind, and how a code compares with it (option id → the labels
     * the cell may show: the form's language first, then the other language and the code itself).
     */
    private record Value(String formula, Kind kind, Function<String, List<String>> spellings, Question choices,
                         String appliesCell) {
    }

    private static final Function<String, List<String>> AS_IS = List::of;

    private static final int MAX_DEPTH = 32;

    private final Questionnaire questionnaire;
    private final FormLabels labels;
    private final FormLabels other;
    private final Places places;

    /** {@code other}: the labels of the other language, which a person may have typed too. */
    FormConditions(Questionnaire questionnaire, FormLabels labels, FormLabels other, Places places) {
        this.questionnaire = questionnaire;
        this.labels = labels;
        this.other = other;
        this.places = places;
    }

    /** The ways a cell may spell a code: the label in the form's language, in the other one, the code. */
    private static List<String> spellings(String code, Function<FormLabels, String> label, FormLabels... languages) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (FormLabels language : languages) {
            all.add(label.apply(language));
        }
        all.add(code);
        return List.copyOf(all);
    }

    /** The condition as a formula giving TRUE or FALSE (never an error), or empty when it cannot be written. */
    Optional<String> formula(Expression condition) {
        return condition.tree().flatMap(root -> condition(root, 0));
    }

    /** The condition in words, without the leading "Only if" ("the answer to question 3.1 is “Yes”"). */
    String words(Expression condition) {
        return condition.tree().map(root -> conditionWords(root, 0)).orElse(condition.source());
    }

    // ---- formulas ----------------------------------------------------------------------------------

    private Optional<String> condition(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (node instanceof Node.Not not) {
            return condition(not.operand(), depth + 1).map(c -> "NOT(" + c + ")");
        }
        if (node instanceof Node.Binary binary) {
            switch (binary.operator()) {
                case AND, OR -> {
                    Optional<String> left = condition(binary.left(), depth + 1);
                    Optional<String> right = condition(binary.right(), depth + 1);
                    if (left.isEmpty() || right.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(binary.operator().name() + "(" + left.get() + "," + right.get() + ")");
                }
                case EQ -> {
                    return equality(binary.left(), binary.right(), depth);
                }
                case NE -> {
                    return equality(binary.left(), binary.right(), depth).map(c -> "NOT(" + c + ")");
                }
                case LT, LE, GT, GE -> {
                    Optional<Value> left = value(binary.left(), depth + 1);
                    Optional<Value> right = value(binary.right(), depth + 1);
                    if (left.isEmpty() || right.isEmpty() || left.get().kind() == Kind.CHOICES
                            || right.get().kind() == Kind.CHOICES) {
                        return Optional.empty();
                    }
                    String a = left.get().formula();
                    String b = right.get().formula();
                    return Optional.of("IFERROR(AND(ISNUMBER(" + a + "),ISNUMBER(" + b + ")," + a + binary.operator().symbol()
                            + b + "),FALSE)");
                }
                case IN -> {
                    return membership(binary.left(), binary.right(), depth);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        // a name or a literal used as a condition: true only when it is exactly true
        return value(node, depth + 1).filter(v -> v.kind() != Kind.CHOICES)
                .map(v -> "IFERROR(" + v.formula() + "=TRUE,FALSE)");
    }

    private Optional<String> equality(Node leftNode, Node rightNode, int depth) {
        Optional<Value> left = value(leftNode, depth + 1);
        Optional<Value> right = value(rightNode, depth + 1);
        if (left.isEmpty() || right.isEmpty() || left.get().kind() == Kind.CHOICES || right.get().kind() == Kind.CHOICES) {
            return Optional.empty();
        }
        if (rightNode instanceof Node.Literal literal && literal.value() instanceof String code) {
            return Optional.of(matches(left.get(), code));
        }
        if (leftNode instanceof Node.Literal literal && literal.value() instanceof String code) {
            return Optional.of(matches(right.get(), code));
        }
        String a = left.get().formula();
        String b = right.get().formula();
        return Optional.of("IFERROR(" + a + "=" + b + ",AND(ISERROR(" + a + "),ISERROR(" + b + ")))");
    }

    /** A value compared with a code: true when the cell shows any spelling of it (never "no value"). */
    private static String matches(Value value, String code) {
        List<String> parts = new ArrayList<>();
        for (String spelling : value.spellings().apply(code)) {
            parts.add(value.formula() + "=" + quoted(spelling));
        }
        return "IFERROR(" + (parts.size() == 1 ? parts.get(0) : "OR(" + String.join(",", parts) + ")") + ",FALSE)";
    }

    private Optional<String> membership(Node leftNode, Node rightNode, int depth) {
        if (rightNode instanceof Node.ListOf list) {
            List<String> parts = new ArrayList<>();
            for (Node item : list.items()) {
                Optional<String> eq = equality(leftNode, item, depth + 1);
                if (eq.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(eq.get());
            }
            return Optional.of(parts.isEmpty() ? "FALSE" : parts.size() == 1 ? parts.get(0) : "OR(" + String.join(",", parts) + ")");
        }
        Optional<Value> right = value(rightNode, depth + 1);
        if (right.isPresent() && right.get().kind() == Kind.CHOICES && leftNode instanceof Node.Literal literal
                && literal.value() instanceof String optionId) {
            Question question = right.get().choices();
            if (question.option(optionId).isEmpty()) {
                return Optional.of("FALSE");
            }
            String tick = places.tick(question.id(), optionId);
            if (tick == null) {
                return Optional.empty();
            }
            String ticked = "LEN(TRIM(" + tick + "))>0";
            String applies = right.get().appliesCell();
            return Optional.of(applies == null ? ticked : "AND(" + applies + "=1," + ticked + ")");
        }
        return Optional.empty();
    }

    private Optional<Value> value(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (node instanceof Node.Literal literal) {
            Object v = literal.value();
            if (v instanceof Double d) {
                return Optional.of(new Value(number(d), Kind.NUMBER, AS_IS, null, null));
            }
            if (v instanceof String s) {
                return Optional.of(new Value(quoted(s), Kind.TEXT, AS_IS, null, null));
            }
            if (v instanceof Boolean b) {
                return Optional.of(new Value(b ? "TRUE" : "FALSE", Kind.BOOLEAN, AS_IS, null, null));
            }
            return Optional.of(new Value("NA()", Kind.TEXT, AS_IS, null, null));
        }
        if (node instanceof Node.Negate negate) {
            return value(negate.operand(), depth + 1).filter(v -> v.kind() == Kind.NUMBER)
                    .map(v -> new Value("(-" + v.formula() + ")", Kind.NUMBER, AS_IS, null, null));
        }
        if (node instanceof Node.Binary binary && binary.operator().symbol().matches("[-+*/]")) {
            Optional<Value> left = value(binary.left(), depth + 1);
            Optional<Value> right = value(binary.right(), depth + 1);
            if (left.isEmpty() || right.isEmpty() || left.get().kind() != Kind.NUMBER || right.get().kind() != Kind.NUMBER) {
                return Optional.empty();
            }
            return Optional.of(new Value("(" + left.get().formula() + binary.operator().symbol() + right.get().formula() + ")",
                    Kind.NUMBER, AS_IS, null, null));
        }
        if (node instanceof Node.Binary || node instanceof Node.Not) {
            return condition(node, depth + 1).map(c -> new Value(c, Kind.BOOLEAN, AS_IS, null, null));
        }
        if (node instanceof Node.Name name) {
            return name.scope() == Node.Scope.ORG ? Optional.ofNullable(org(name.id())) : answer(name.id(), depth);
        }
        return Optional.empty();
    }

    private Value org(String field) {
        String cell = places.profile(field);
        if (cell == null) {
            return null;
        }
        return switch (field) {
            case "employees" -> new Value("IF(ISNUMBER(" + cell + ")," + cell + ",NA())", Kind.NUMBER,
                    AS_IS, null, null);
            case "ess" -> new Value("IF(OR(" + cell + "=" + quoted(labels.yes()) + "," + cell + "=" + quoted(other.yes())
                    + "),TRUE,IF(OR(" + cell + "=" + quoted(labels.no()) + "," + cell + "=" + quoted(other.no())
                    + "),FALSE,NA()))", Kind.BOOLEAN, AS_IS, null, null);
            default -> new Value("IF(" + cell + "=\"\",NA()," + cell + ")", Kind.TEXT,
                    code -> spellings(code, l -> l.orgValue(field, code), labels, other), null, null);
        };
    }

    private Optional<Value> answer(String questionId, int depth) {
        Question question = questionnaire.question(questionId).orElse(null);
        if (question == null) {
            return Optional.empty();
        }
        Optional<Value> base;
        String cell = places.answer(questionId);
        String na = quoted(labels.na()) + "," + (cell == null ? "" : cell) + "=" + quoted(other.na());
        switch (question.type()) {
            case MATURITY -> base = Optional.ofNullable(cell).map(c -> new Value("IFERROR(MATCH(" + c + "," + places.levels()
                    + ",0)-1,IFERROR(MATCH(" + c + "," + places.otherLevels() + ",0)-1,IF(ISNUMBER(" + c + ")," + c
                    + ",NA())))", Kind.NUMBER, AS_IS, null, null));
            case NUMBER, PERCENT -> base = Optional.ofNullable(cell).map(c -> new Value("IF(ISNUMBER(" + c + ")," + c
                    + ",NA())", Kind.NUMBER, AS_IS, null, null));
            case SINGLE, YESNO -> base = Optional.ofNullable(cell).map(c -> new Value("IF(OR(" + c + "=\"\"," + c + "=" + na
                    + "),NA()," + c + ")", Kind.TEXT, id -> question.option(id)
                    .map(o -> spellings(id, l -> l.option(question, o), labels, other)).orElse(List.of(id)), null, null));
            case TEXT -> base = Optional.ofNullable(cell).map(c -> new Value("IF(OR(" + c + "=\"\"," + c + "=" + na
                    + "),NA()," + c + ")", Kind.TEXT, AS_IS, null, null));
            case MULTIPLE -> base = Optional.of(new Value("", Kind.CHOICES, AS_IS, question,
                    places.applies(questionId)));
            case COMPUTED -> base = question.formula() == null ? Optional.empty()
                    : question.formula().tree().flatMap(root -> value(root, depth + 1)).filter(v -> v.kind() == Kind.NUMBER);
            default -> base = Optional.empty();
        }
        String applies = places.applies(questionId);
        if (base.isEmpty() || applies == null || base.get().kind() == Kind.CHOICES) {
            return base;
        }
        if (question.type() == QuestionType.COMPUTED) {
            return base; // a computed question is not in the form; its condition was checked through its inputs
        }
        Value v = base.get();
        return Optional.of(new Value("IF(" + applies + "=1," + v.formula() + ",NA())", v.kind(), v.spellings(), null, null));
    }

    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String number(double d) {
        String plain = BigDecimal.valueOf(Math.abs(d)).stripTrailingZeros().toPlainString();
        return d < 0 ? "(-" + plain + ")" : plain;
    }

    // ---- words -------------------------------------------------------------------------------------

    private String conditionWords(Node node, int depth) {
        ReportTexts texts = labels.texts();
        if (depth > MAX_DEPTH) {
            return node.toSource();
        }
        if (node instanceof Node.Not not) {
            return texts.get("form.cond.not", conditionWords(not.operand(), depth + 1));
        }
        if (node instanceof Node.Binary binary) {
            String op = binary.operator().symbol();
            switch (binary.operator()) {
                case AND, OR -> {
                    return texts.get("form.cond." + binary.operator().name().toLowerCase(java.util.Locale.ROOT),
                            conditionWords(binary.left(), depth + 1), conditionWords(binary.right(), depth + 1));
                }
                case EQ, NE, LT, LE, GT, GE -> {
                    String key = switch (binary.operator()) {
                        case EQ -> "eq";
                        case NE -> "ne";
                        case LT -> "lt";
                        case LE -> "le";
                        case GT -> "gt";
                        default -> "ge";
                    };
                    Node subject = binary.left() instanceof Node.Literal ? binary.right() : binary.left();
                    Node object = subject == binary.left() ? binary.right() : binary.left();
                    return texts.get("form.cond." + key, valueWords(subject, null, depth + 1), valueWords(object, subject, depth + 1));
                }
                case IN -> {
                    if (binary.right() instanceof Node.ListOf list) {
                        List<String> items = new ArrayList<>();
                        for (Node item : list.items()) {
                            items.add(quote(valueWords(item, binary.left(), depth + 1)));
                        }
                        return texts.get("form.cond.in", valueWords(binary.left(), null, depth + 1), String.join(", ", items));
                    }
                    if (binary.right() instanceof Node.Name name && name.scope() == Node.Scope.ANSWER) {
                        return texts.get("form.cond.ticked", valueWords(binary.left(), binary.right(), depth + 1),
                                places.number(name.id()));
                    }
                    return texts.get("form.cond.in", valueWords(binary.left(), null, depth + 1),
                            valueWords(binary.right(), null, depth + 1));
                }
                default -> {
                    return valueWords(node, null, depth + 1) + " " + op;
                }
            }
        }
        return valueWords(node, null, depth + 1);
    }

    private String quote(String text) {
        return "fr".equals(labels.language()) ? "« " + text + " »" : "“" + text + "”";
    }

    /** A value in words; {@code comparedWith} turns an option id into the label the person sees. */
    private String valueWords(Node node, Node comparedWith, int depth) {
        ReportTexts texts = labels.texts();
        if (node instanceof Node.Literal literal) {
            Object v = literal.value();
            if (v == null) {
                return texts.get("form.cond.empty");
            }
            if (v instanceof Double d) {
                return texts.number(d);
            }
            if (v instanceof Boolean b) {
                return b ? labels.yes() : labels.no();
            }
            String code = (String) v;
            if (comparedWith instanceof Node.Name name) {
                if (name.scope() == Node.Scope.ORG) {
                    return labels.orgValue(name.id(), code);
                }
                return questionnaire.question(name.id()).flatMap(q -> q.option(code).map(o -> labels.option(q, o)))
                        .orElse(code);
            }
            return code;
        }
        if (node instanceof Node.Name name) {
            if (name.scope() == Node.Scope.ORG) {
                return texts.get("form.cond.org", labels.profileField(name.id()));
            }
            Question question = questionnaire.question(name.id()).orElse(null);
            if (question != null && question.type() == QuestionType.COMPUTED) {
                return texts.get("form.cond.computed", question.text().get(labels.language()));
            }
            return texts.get("form.cond.answer", places.number(name.id()));
        }
        if (node instanceof Node.Negate negate) {
            return "−" + valueWords(negate.operand(), null, depth + 1);
        }
        if (node instanceof Node.Binary binary && depth <= MAX_DEPTH) {
            if (binary.operator().symbol().matches("[-+*/]")) {
                return "(" + valueWords(binary.left(), null, depth + 1) + " " + binary.operator().symbol() + " "
                        + valueWords(binary.right(), null, depth + 1) + ")";
            }
            return conditionWords(node, depth + 1);
        }
        if (node instanceof Node.ListOf list) {
            List<String> items = new ArrayList<>();
            for (Node item : list.items()) {
                items.add(valueWords(item, comparedWith, depth + 1));
            }
            return String.join(", ", items);
        }
        return node.toSource();
    }
}
