package fr.caprse.domain.expression;

import java.util.List;
import java.util.Objects;

/**
 * A place where an expression compares a name with a value written in its text: {@code answer.q == 'yes'}
 * or each value of {@code org.size in ['micro', 'small']} ({@link Form#EQUALS}), or {@code 'fmd' in answer.m}
 * ({@link Form#CONTAINS}). A questionnaire validator checks these values against what the name can take,
 * so that a condition that can never be true is caught before a client sees a question that never shows.
 *
 * @param scope    where the name reads from
 * @param id       the question id or organisation field
 * @param form     how the name and the value meet
 * @param value    the written value, as the parser read it (a text, a number or a boolean; never null)
 * @param position the 0-based offset of the written value in the expression's text
 */
public record LiteralComparison(Node.Scope scope, String id, Form form, Object value, int position) {

    public LiteralComparison {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(value, "value");
    }

    /** How the name and the written value meet. */
    public enum Form {
        /** {@code name == v}, {@code name != v}, {@code name in [v, ...]}: the name's value is v. */
        EQUALS,
        /** {@code v in name}: the name's value is a list that holds v. */
        CONTAINS
    }

    /** Adds the comparisons of a syntax tree to {@code into}, in the order they are written. */
    static void collect(Node node, List<LiteralComparison> into) {
        if (node instanceof Node.Binary b) {
            collectOne(b, into);
            collect(b.left(), into);
            collect(b.right(), into);
        } else if (node instanceof Node.Not n) {
            collect(n.operand(), into);
        } else if (node instanceof Node.Negate n) {
            collect(n.operand(), into);
        } else if (node instanceof Node.ListOf l) {
            l.items().forEach(item -> collect(item, into));
        }
    }

    private static void collectOne(Node.Binary b, List<LiteralComparison> into) {
        if (b.operator().isEquality()) {
            if (b.left() instanceof Node.Name name && b.right() instanceof Node.Literal literal) {
                add(name, Form.EQUALS, literal, into);
            } else if (b.right() instanceof Node.Name name && b.left() instanceof Node.Literal literal) {
                add(name, Form.EQUALS, literal, into);
            }
        } else if (b.operator() == Node.Operator.IN) {
            if (b.left() instanceof Node.Name name && b.right() instanceof Node.ListOf list) {
                for (Node item : list.items()) {
                    if (item instanceof Node.Literal literal) {
                        add(name, Form.EQUALS, literal, into);
                    }
                }
            } else if (b.left() instanceof Node.Literal literal && b.right() instanceof Node.Name name) {
                add(name, Form.CONTAINS, literal, into);
            }
        }
    }

    private static void add(Node.Name name, Form form, Node.Literal literal, List<LiteralComparison> into) {
        if (literal.value() != null) {
            into.add(new LiteralComparison(name.scope(), name.id(), form, literal.value(), literal.position()));
        }
    }
}
