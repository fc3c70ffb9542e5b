package fr.caprse.domain.expression;

import fr.caprse.domain.expression.Expression.Kind;
import fr.caprse.domain.expression.Node.Binary;
import fr.caprse.domain.expression.Node.ListOf;
import fr.caprse.domain.expression.Node.Literal;
import fr.caprse.domain.expression.Node.Name;
import fr.caprse.domain.expression.Node.Negate;
import fr.caprse.domain.expression.Node.Not;
import fr.caprse.domain.expression.Node.Operator;
import fr.caprse.domain.expression.Node.Scope;
import fr.caprse.domain.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Parses the expression language of {@code applies_when} and {@code formula} (see docs/expressions.md).
 *
 * <p>Grammar, lowest precedence first:
 * <pre>
 * expression  = or
 * or          = and { "or" and }
 * and         = not { "and" not }
 * not         = "not" not | comparison
 * comparison  = sum [ ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "in") sum ]   (no chaining)
 * sum         = product { ("+" | "-") product }
 * product     = unary { ("*" | "/") unary }
 * unary       = "-" unary | primary
 * primary     = number | string | "true" | "false" | "null" | org.field | answer.id
 *             | "(" expression ")" | "[" [ expression { "," expression } ] "]"
 * </pre>
 *
 * <p>Besides syntax, the parser rejects what its text alone shows to be a mistake: {@code 'a' + 1},
 * {@code 3 and x}, {@code 'a' < 'b'} (only numbers are ordered), {@code 1 == 'a'} (always false),
 * {@code x in 'abc'}. Errors carry the 0-based position and say it in the message ("at 14").
 * Hostile input is bounded: at most {@link #MAX_LENGTH} characters and {@link #MAX_DEPTH} levels of
 * nesting, reported as an {@link ExpressionException}.
 */
public final class ExpressionParser {

    /** The longest source accepted, in characters. */
    public static final int MAX_LENGTH = 2000;

    /**
     * The deepest nesting accepted: each parenthesis, list, {@code not} and unary minus opens a level.
     * Chains of one operator ({@code 1 + 1 + ...}) do not nest; {@link #MAX_LENGTH} bounds them.
     */
    public static final int MAX_DEPTH = 64;

    private final List<Token> tokens;
    private int index;
    private int depth;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code source}, checking its syntax and kinds but not whether its names exist. */
    public static Expression parse(String source) throws ExpressionException {
        Objects.requireNonNull(source, "source");
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException("expression too long: " + source.length() + " characters, at most "
                    + MAX_LENGTH + " at " + MAX_LENGTH, MAX_LENGTH);
        }
        if (source.isBlank()) {
            throw new ExpressionException("the expression is empty at 0", 0);
        }
        ExpressionParser parser = new ExpressionParser(Tokenizer.tokenize(source));
        Node root = parser.or();
        parser.expectEnd();
        return ParsedExpression.of(source, root);
    }

    /**
     * Parses {@code source} and checks that every {@code org.<field>} is one of {@code knownOrgFields}
     * and every {@code answer.<id>} one of {@code knownQuestionIds}; an unknown name is reported at its
     * position.
     */
    public static Expression parse(String source, Set<String> knownOrgFields, Set<String> knownQuestionIds)
            throws ExpressionException {
        ParsedExpression expression = (ParsedExpression) parse(source);
        for (Name name : expression.names()) {
            if (name.scope() == Scope.ORG && !knownOrgFields.contains(name.id())) {
                throw new ExpressionException("unknown organisation field 'org." + name.id() + "' at "
                        + name.position() + "; known fields: " + String.join(", ", new TreeSet<>(knownOrgFields)),
                        name.position());
            }
            if (name.scope() == Scope.ANSWER && !knownQuestionIds.contains(name.id())) {
                throw new ExpressionException("unknown question '" + name.id() + "' in 'answer." + name.id()
                        + "' at " + name.position() + ": no question has this id", name.position());
            }
        }
        return expression;
    }

    // ---- grammar ----

    /** A nested expression, inside the parenthesis or list opened by {@code opener}. */
    private Node expression(Token opener) throws ExpressionException {
        enter(opener);
        try {
            return or();
        } finally {
            depth--;
        }
    }

    private Node or() throws ExpressionException {
        Node left = and();
        while (peek().type() == Type.OR) {
            Token op = advance();
            left = binary(Operator.OR, left, and(), op);
        }
        return left;
    }

    private Node and() throws ExpressionException {
        Node left = not();
        while (peek().type() == Type.AND) {
            Token op = advance();
            left = binary(Operator.AND, left, not(), op);
        }
        return left;
    }

    private Node not() throws ExpressionException {
        if (peek().type() != Type.NOT) {
            return comparison();
        }
        Token op = advance();
        enter(op);
        Node operand = not();
        depth--;
        requireKind(operand, Kind::canBeCondition, "'not' needs a condition, but its operand is ", op);
        return new Not(operand, op.position());
    }

    private Node comparison() throws ExpressionException {
        Node left = sum();
        Operator operator = comparisonOperator(peek().type());
        if (operator == null) {
            return left;
        }
        Token op = advance();
        Node node = binary(operator, left, sum(), op);
        Token next = peek();
        if (comparisonOperator(next.type()) != null) {
            throw error("comparisons do not chain at " + next.position() + ": use 'and', as in "
                    + "'1 < x and x < 3'", next.position());
        }
        return node;
    }

    private Node sum() throws ExpressionException {
        Node left = product();
        while (peek().type() == Type.PLUS || peek().type() == Type.MINUS) {
            Token op = advance();
            left = binary(op.type() == Type.PLUS ? Operator.ADD : Operator.SUB, left, product(), op);
        }
        return left;
    }

    private Node product() throws ExpressionException {
        Node left = unary();
        while (peek().type() == Type.STAR || peek().type() == Type.SLASH) {
            Token op = advance();
            left = binary(op.type() == Type.STAR ? Operator.MUL : Operator.DIV, left, unary(), op);
        }
        return left;
    }

    private Node unary() throws ExpressionException {
        if (peek().type() != Type.MINUS) {
            return primary();
        }
        Token op = advance();
        enter(op);
        Node operand = unary();
        depth--;
        requireKind(operand, Kind::canBeNumber, "'-' needs a number, but its operand is ", op);
        return new Negate(operand, op.position());
    }

    private Node primary() throws ExpressionException {
        Token token = peek();
        switch (token.type()) {
            case NUMBER:
                advance();
                return new Literal(Double.parseDouble(token.text()), token.position());
            case STRING:
                advance();
                return new Literal(token.text(), token.position());
            case TRUE:
            case FALSE:
                advance();
                return new Literal(token.type() == Type.TRUE, token.position());
            case NULL:
                advance();
                return new Literal(null, token.position());
            case ORG_NAME:
                advance();
                return new Name(Scope.ORG, token.text(), token.position());
            case ANSWER_NAME:
                advance();
                return new Name(Scope.ANSWER, token.text(), token.position());
            case LPAREN:
                Node inner = expression(advance());
                expect(Type.RPAREN, "')'");
                return inner;
            case LBRACKET:
                return list();
            default:
                throw error("expected a value at " + token.position() + ", found " + token.described(),
                        token.position());
        }
    }

    private Node list() throws ExpressionException {
        Token open = advance();
        List<Node> items = new ArrayList<>();
        if (peek().type() != Type.RBRACKET) {
            items.add(expression(open));
            while (peek().type() == Type.COMMA) {
                advance();
                items.add(expression(open));
            }
        }
        Token close = peek();
        if (close.type() != Type.RBRACKET) {
            throw error("expected ',' or ']' at " + close.position() + " to close the list opened at "
                    + open.position() + ", found " + close.described(), close.position());
        }
        advance();
        return new ListOf(items, open.position());
    }

    // ---- kinds ----

    private Node binary(Operator operator, Node left, Node right, Token op) throws ExpressionException {
        String symbol = "'" + operator.symbol() + "'";
        if (operator.isLogical()) {
            requireKind(left, Kind::canBeCondition, symbol + " needs conditions on both sides, but its left side is ", op);
            requireKind(right, Kind::canBeCondition, symbol + " needs conditions on both sides, but its right side is ", op);
        } else if (operator.isArithmetic()) {
            requireKind(left, Kind::canBeNumber, symbol + " needs numbers on both sides, but its left side is ", op);
            requireKind(right, Kind::canBeNumber, symbol + " needs numbers on both sides, but its right side is ", op);
        } else if (operator.isOrdering()) {
            requireKind(left, Kind::canBeNumber, symbol + " compares numbers only, but its left side is ", op);
            requireKind(right, Kind::canBeNumber, symbol + " compares numbers only, but its right side is ", op);
        } else if (operator.isEquality()) {
            Kind a = left.kind();
            Kind b = right.kind();
            if (a != Kind.ANY && b != Kind.ANY && a != b) {
                throw error(symbol + " between " + a.described() + " and " + b.described()
                        + " is always " + (operator == Operator.NE) + " at " + op.position(), op.position());
            }
        } else if (operator == Operator.IN) {
            if (left.kind() == Kind.LIST) {
                throw error("'in' looks for one value, but its left side is a list at " + op.position(),
                        op.position());
            }
            Kind b = right.kind();
            if (b != Kind.LIST && b != Kind.ANY) {
                throw error("'in' needs a list on its right ([..] or a multiple answer), but found "
                        + b.described() + " at " + op.position(), op.position());
            }
        }
        return new Binary(operator, left, right, op.position());
    }

    private void requireKind(Node operand, Predicate<Kind> accepted, String message, Token op)
            throws ExpressionException {
        if (!accepted.test(operand.kind())) {
            throw error(message + operand.kind().described() + " at " + op.position(), op.position());
        }
    }

    private static Operator comparisonOperator(Type type) {
        return switch (type) {
            case EQ -> Operator.EQ;
            case NE -> Operator.NE;
            case LT -> Operator.LT;
            case LE -> Operator.LE;
            case GT -> Operator.GT;
            case GE -> Operator.GE;
            case IN -> Operator.IN;
            default -> null;
        };
    }

    // ---- tokens ----

    private void enter(Token opener) throws ExpressionException {
        if (++depth > MAX_DEPTH) {
            int at = opener.position();
            throw error("expression nested too deeply (more than " + MAX_DEPTH + " levels) at " + at, at);
        }
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        Token token = tokens.get(index);
        if (token.type() != Type.END) {
            index++;
        }
        return token;
    }

    private void expect(Type type, String what) throws ExpressionException {
        Token token = peek();
        if (token.type() != type) {
            throw error("expected " + what + " at " + token.position() + ", found " + token.described(),
                    token.position());
        }
        advance();
    }

    private void expectEnd() throws ExpressionException {
        Token token = peek();
        if (token.type() == Type.END) {
            return;
        }
        if (token.type() == Type.NOT && tokens.get(index + 1).type() == Type.IN) {
            throw error("write 'not (x in [..])' rather than 'x not in [..]' at " + token.position(),
                    token.position());
        }
        throw error("unexpected " + token.described() + " at " + token.position()
                + ": an operator ('and', 'or', '==', '+'...) or the end was expected", token.position());
    }

    private ExpressionException error(String message, int position) {
        return new ExpressionException(message, position);
    }
}
