package fr.caprse.domain.expression;

import java.util.Set;

/**
 * A parsed {@code applies_when} or {@code formula} expression. Evaluation never throws on data:
 * it yields {@code Boolean}, {@code Double}, {@code String}, {@code List<String>} or {@code null}
 * following the semantics of the questionnaire format (null propagates through arithmetic, comparisons
 * with null are false, {@code and}/{@code or}/{@code not} read null as false).
 */
public interface Expression {

    /** The text the expression was parsed from. */
    String source();

    /** The value of the expression for the given organisation and answers. */
    Object evaluate(EvaluationContext context);

    /** The question ids named as {@code answer.<id>}. */
    Set<String> answerIds();

    /** The organisation fields named as {@code org.<field>}. */
    Set<String> orgFields();

    /**
     * Where the expression compares a name with a value written in its text ({@code answer.q == 'yes'},
     * {@code 'x' in answer.m}), in the order written; a validator checks that each value can occur.
     */
    default java.util.List<LiteralComparison> literalComparisons() {
        return java.util.List.of();
    }

    /**
     * What the expression yields, as far as its text tells: {@link Kind#ANY} when it depends on a name
     * ({@code answer.x}, {@code org.x}) or is {@code null}. Lets a loader say "applies_when must be a
     * condition" or "formula must be a number" before anything runs.
     */
    default Kind kind() {
        return Kind.ANY;
    }

    /** A condition applies only when it evaluates to {@code true}. */
    default boolean isTrue(EvaluationContext context) {
        return Boolean.TRUE.equals(evaluate(context));
    }

    /** The kind of value an expression yields, known from its text alone. */
    enum Kind {
        BOOLEAN, NUMBER, STRING, LIST, ANY;

        /** Whether an expression of this kind may serve as an {@code applies_when} condition. */
        public boolean canBeCondition() {
            return this == BOOLEAN || this == ANY;
        }

        /** Whether an expression of this kind may serve as a {@code formula}. */
        public boolean canBeNumber() {
            return this == NUMBER || this == ANY;
        }

        /** How an error message names this kind: "a number", "a condition (true/false)"... */
        public String described() {
            return switch (this) {
                case BOOLEAN -> "a condition (true/false)";
                case NUMBER -> "a number";
                case STRING -> "a text";
                case LIST -> "a list";
                case ANY -> "a value";
            };
        }
    }
}
