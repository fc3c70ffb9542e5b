package fr.caprse.domain.expression;

/** A syntax or name error in an expression; {@code position} is the 0-based offset in the source. */
public final class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int position;

    public ExpressionException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
