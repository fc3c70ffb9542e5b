package fr.caprse.domain.expression;

/**
 * The names an expression can read. Values: {@code Double} for numbers (levels, counts), {@code String}
 * for option ids and texts, {@code Boolean} for {@code org.ess}, {@code List<String>} for the options of
 * a {@code multiple} answer, {@code null} when unknown, unanswered, N/A or not applicable.
 */
public interface EvaluationContext {

    Object org(String field);

    Object answer(String questionId);
}
