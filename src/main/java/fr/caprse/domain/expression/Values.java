package fr.caprse.domain.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * The rules every operator follows on values: {@code Double}, {@code String}, {@code Boolean},
 * {@code List} or {@code null}. None of them throws: a value that does not fit gives {@code null}
 * (arithmetic) or {@code false} (comparisons, logic).
 */
final class Values {

    private Values() {
    }

    /**
     * Brings a value read from the context into the language: any number becomes a {@code Double}
     * ({@code null} if not finite), any collection a list; anything else unknown becomes {@code null}.
     */
    static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (value instanceof Number n) {
            return normalize(n.doubleValue());
        }
        if (value instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>(c.size());
            for (Object item : c) {
                items.add(normalize(item));
            }
            return Collections.unmodifiableList(items);
        }
        return null;
    }

    /** A condition holds only when it is exactly {@code true}; null and non-booleans read as false. */
    static boolean truth(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /**
     * {@code ==}: {@code null == null} is true; values of different kinds are never equal; numbers compare
     * by value; lists are equal when they hold the same items, in any order.
     */
    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && new HashSet<>(x).equals(new HashSet<>(y));
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** {@code < <= > >=}: only numbers are ordered; anything else (null, texts) gives false. */
    static boolean order(Object a, Object b, Node.Operator op) {
        if (!(a instanceof Double x) || !(b instanceof Double y)) {
            return false;
        }
        int c = Double.compare(x, y);
        if (x.doubleValue() == y.doubleValue()) {
            c = 0; // -0.0 and 0.0 are the same number here
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalArgumentException("not an ordering: " + op);
        };
    }

    /** {@code x in list}: false when x is null or the right side is not a list. */
    static boolean member(Object item, Object list) {
        if (item == null || !(list instanceof List<?> items)) {
            return false;
        }
        for (Object candidate : items) {
            if (equal(item, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** {@code + - * /}: null unless both sides are numbers; division by zero and overflow give null. */
    static Double arithmetic(Object a, Object b, Node.Operator op) {
        if (!(a instanceof Double x) || !(b instanceof Double y)) {
            return null;
        }
        double result = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> y == 0 ? Double.NaN : x / y;
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        };
        return Double.isFinite(result) ? result : null;
    }

    /** Unary minus: null unless a number. */
    static Double negate(Object a) {
        return a instanceof Double x ? -x : null;
    }
}
