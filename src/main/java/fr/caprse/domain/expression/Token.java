package fr.caprse.domain.expression;

/**
 * One word of an expression. {@code text} is the token as written (the id alone for names, the content
 * for strings); {@code position} is its 0-based offset in the source.
 */
record Token(Type type, String text, int position) {

    enum Type {
        NUMBER, STRING, ORG_NAME, ANSWER_NAME,
        TRUE, FALSE, NULL, AND, OR, NOT, IN,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS, STAR, SLASH,
        LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA,
        END
    }

    /** How an error message names this token: {@code 'and'}, {@code the number 12}, {@code the end}. */
    String described() {
        return switch (type) {
            case END -> "the end of the expression";
            case NUMBER -> "the number " + text;
            case STRING -> "the text '" + text + "'";
            case ORG_NAME -> "org." + text;
            case ANSWER_NAME -> "answer." + text;
            default -> "'" + text + "'";
        };
    }
}
