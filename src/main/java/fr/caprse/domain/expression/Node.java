package fr.caprse.domain.expression;

import fr.caprse.domain.expression.Expression.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of a parsed expression: immutable records. {@code position} is the 0-based offset in
 * the source of the literal, the name, or the operator.
 */
public sealed interface Node permits Node.Literal, Node.ListOf, Node.Name, Node.Not, Node.Negate, Node.Binary {

    /** The value for the given organisation and answers; never throws on data. */
    Object evaluate(EvaluationContext context);

    /** What the node yields as far as the text tells. */
    Kind kind();

    /** The node written back as source, every operation in parentheses. */
    String toSource();

    int position();

    /** Adds the names this node reads to {@code into}. */
    void collectNames(List<Name> into);

    /** The binary operators, lowest precedence first. */
    enum Operator {
        OR("or"), AND("and"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"),
        ADD("+"), SUB("-"), MUL("*"), DIV("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean isLogical() {
            return this == OR || this == AND;
        }

        boolean isOrdering() {
            return this == LT || this == LE || this == GT || this == GE;
        }

        boolean isEquality() {
            return this == EQ || this == NE;
        }

        boolean isArithmetic() {
            return this == ADD || this == SUB || this == MUL || this == DIV;
        }
    }

    /** Where a name reads from. */
    enum Scope {
        ORG("org"), ANSWER("answer");

        private final String prefix;

        Scope(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** A number ({@code Double}), a text, {@code true}/{@code false}, or {@code null}. */
    record Literal(Object value, int position) implements Node {
        public Literal {
            if (!(value == null || value instanceof String || value instanceof Boolean
                    || value instanceof Double d && Double.isFinite(d))) {
                throw new IllegalArgumentException("not a literal value: " + value);
            }
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            return value;
        }

        @Override
        public Kind kind() {
            if (value instanceof Double) {
                return Kind.NUMBER;
            }
            if (value instanceof String) {
                return Kind.STRING;
            }
            return value instanceof Boolean ? Kind.BOOLEAN : Kind.ANY;
        }

        @Override
        public String toSource() {
            if (value instanceof Double d) {
                return numberSource(d);
            }
            if (value instanceof String s) {
                return s.indexOf('\'') >= 0 ? '"' + s + '"' : '\'' + s + '\'';
            }
            return String.valueOf(value);
        }

        @Override
        public void collectNames(List<Name> into) {
            // a literal reads nothing
        }

        private static String numberSource(double d) {
            String plain = BigDecimal.valueOf(Math.abs(d)).stripTrailingZeros().toPlainString();
            return d < 0 || (d == 0 && 1 / d < 0) ? "(-" + plain + ")" : plain;
        }
    }

    /** A list {@code [a, b]}; it evaluates to an unmodifiable list of its items' values. */
    record ListOf(List<Node> items, int position) implements Node {
        public ListOf {
            items = List.copyOf(items);
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            List<Object> values = new ArrayList<>(items.size());
            for (Node item : items) {
                values.add(item.evaluate(context));
            }
            return Collections.unmodifiableList(values);
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }

        @Override
        public String toSource() {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(items.get(i).toSource());
            }
            return out.append(']').toString();
        }

        @Override
        public void collectNames(List<Name> into) {
            for (Node item : items) {
                item.collectNames(into);
            }
        }
    }

    /** {@code org.<field>} or {@code answer.<question id>}. */
    record Name(Scope scope, String id, int position) implements Node {
        public Name {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            return Values.normalize(scope == Scope.ORG ? context.org(id) : context.answer(id));
        }

        @Override
        public Kind kind() {
            return Kind.ANY;
        }

        @Override
        public String toSource() {
            return scope.prefix() + "." + id;
        }

        @Override
        public void collectNames(List<Name> into) {
            into.add(this);
        }
    }

    /** {@code not x}: true unless x is exactly true. */
    record Not(Node operand, int position) implements Node {
        @Override
        public Object evaluate(EvaluationContext context) {
            return !Values.truth(operand.evaluate(context));
        }

        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }

        @Override
        public String toSource() {
            return "(not " + operand.toSource() + ")";
        }

        @Override
        public void collectNames(List<Name> into) {
            operand.collectNames(into);
        }
    }

    /** {@code -x}: null unless x is a number. */
    record Negate(Node operand, int position) implements Node {
        @Override
        public Object evaluate(EvaluationContext context) {
            return Values.negate(operand.evaluate(context));
        }

        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }

        @Override
        public String toSource() {
            return "(-" + operand.toSource() + ")";
        }

        @Override
        public void collectNames(List<Name> into) {
            operand.collectNames(into);
        }
    }

    /** {@code left op right}. */
    record Binary(Operator operator, Node left, Node right, int position) implements Node {
        public Binary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            switch (operator) {
                case OR:
                    return Values.truth(left.evaluate(context)) || Values.truth(right.evaluate(context));
                case AND:
                    return Values.truth(left.evaluate(context)) && Values.truth(right.evaluate(context));
                default:
                    break;
            }
            Object a = left.evaluate(context);
            Object b = right.evaluate(context);
            return switch (operator) {
                case EQ -> Values.equal(a, b);
                case NE -> !Values.equal(a, b);
                case LT, LE, GT, GE -> Values.order(a, b, operator);
                case IN -> Values.member(a, b);
                case ADD, SUB, MUL, DIV -> Values.arithmetic(a, b, operator);
                case OR, AND -> throw new IllegalStateException("handled above");
            };
        }

        @Override
        public Kind kind() {
            return operator.isArithmetic() ? Kind.NUMBER : Kind.BOOLEAN;
        }

        @Override
        public String toSource() {
            return "(" + left.toSource() + " " + operator.symbol() + " " + right.toSource() + ")";
        }

        @Override
        public void collectNames(List<Name> into) {
            left.collectNames(into);
            right.collectNames(into);
        }
    }
}
