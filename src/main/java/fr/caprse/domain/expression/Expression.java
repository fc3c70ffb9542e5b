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

    /** A condition applies only when it evaluates to {@code true}. */
    default boolean isTrue(EvaluationContext context) {
        return Boolean.TRUE.equals(evaluate(context));
    }
}
