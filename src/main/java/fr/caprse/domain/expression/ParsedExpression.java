package fr.caprse.domain.expression;

import fr.caprse.domain.expression.Node.Name;
import fr.caprse.domain.expression.Node.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An expression as the parser builds it: its source text and its syntax tree. */
record ParsedExpression(String source, Node root, List<Name> names) implements Expression {

    ParsedExpression {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(root, "root");
        names = List.copyOf(names);
    }

    static ParsedExpression of(String source, Node root) {
        List<Name> names = new ArrayList<>();
        root.collectNames(names);
        return new ParsedExpression(source, root, names);
    }

    @Override
    public Object evaluate(EvaluationContext context) {
        return root.evaluate(context);
    }

    @Override
    public Set<String> answerIds() {
        return ids(Scope.ANSWER);
    }

    @Override
    public Set<String> orgFields() {
        return ids(Scope.ORG);
    }

    @Override
    public List<LiteralComparison> literalComparisons() {
        List<LiteralComparison> found = new ArrayList<>();
        LiteralComparison.collect(root, found);
        return Collections.unmodifiableList(found);
    }

    @Override
    public Kind kind() {
        return root.kind();
    }

    private Set<String> ids(Scope scope) {
        Set<String> ids = new LinkedHashSet<>();
        for (Name name : names) {
            if (name.scope() == scope) {
                ids.add(name.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    @Override
    public String toString() {
        return source;
    }
}
