package fr.caprse.domain.expression;

/** Parses the expression language of {@code applies_when} and {@code formula}. */
public final class ExpressionParser {

    private ExpressionParser() {
    }

    /** TODO(expression helper): the real parser replaces this placeholder. */
    public static Expression parse(String source) throws ExpressionException {
        throw new ExpressionException("expression parser not written yet", 0);
    }
}
