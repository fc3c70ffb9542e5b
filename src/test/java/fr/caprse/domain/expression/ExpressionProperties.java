package fr.caprse.domain.expression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.expression.Node.Binary;
import fr.caprse.domain.expression.Node.ListOf;
import fr.caprse.domain.expression.Node.Literal;
import fr.caprse.domain.expression.Node.Name;
import fr.caprse.domain.expression.Node.Negate;
import fr.caprse.domain.expression.Node.Not;
import fr.caprse.domain.expression.Node.Operator;
import fr.caprse.domain.expression.Node.Scope;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the expression language over random syntax trees and random answers: the laws a
 * consultant relies on (double negation, commutative sums), printing and re-parsing keeps the meaning,
 * and no input whatsoever makes the parser or the evaluator throw anything but an ExpressionException.
 */
class ExpressionProperties {

    private static final int DEPTH = 3;

    // ---- laws ----

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void doubleNegationIsTheTruthOfTheCondition(@ForAll("conditions") Node c, @ForAll("contexts") MapContext ctx)
            throws ExpressionException {
        Expression notNot = ExpressionParser.parse("not not " + c.toSource());
        assertThat(notNot.evaluate(ctx)).isEqualTo(Values.truth(c.evaluate(ctx)));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void sumsAndProductsCommute(@ForAll("numbers") Node a, @ForAll("numbers") Node b,
            @ForAll("contexts") MapContext ctx) throws ExpressionException {
        for (String op : List.of("+", "*")) {
            Object ab = ExpressionParser.parse(a.toSource() + " " + op + " " + b.toSource()).evaluate(ctx);
            Object ba = ExpressionParser.parse(b.toSource() + " " + op + " " + a.toSource()).evaluate(ctx);
            assertThat(ab).as(op).isEqualTo(ba);
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aNullOperandMakesArithmeticNull(@ForAll("numbers") Node a, @ForAll("contexts") MapContext ctx)
            throws ExpressionException {
        for (String op : List.of("+", "-", "*", "/")) {
            assertThat(ExpressionParser.parse(a.toSource() + " " + op + " answer.missing").evaluate(ctx)).isNull();
            assertThat(ExpressionParser.parse("null " + op + " " + a.toSource()).evaluate(ctx)).isNull();
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void notEqualIsTheNegationOfEqual(@ForAll("numbers") Node a, @ForAll("numbers") Node b,
            @ForAll("contexts") MapContext ctx) {
        Object eq = new Binary(Operator.EQ, a, b, 0).evaluate(ctx);
        Object ne = new Binary(Operator.NE, a, b, 0).evaluate(ctx);
        assertThat(ne).isEqualTo(!(Boolean) eq);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theKindIsKeptByEveryValue(@ForAll("anyExpression") Node node, @ForAll("contexts") MapContext ctx) {
        Object value = node.evaluate(ctx);
        switch (node.kind()) {
            case BOOLEAN -> assertThat(value).isInstanceOf(Boolean.class);
            case NUMBER -> {
                if (value != null) {
                    assertThat(value).isInstanceOf(Double.class);
                    assertThat(Double.isFinite((Double) value)).isTrue();
                }
            }
            case STRING -> assertThat(value).isInstanceOf(String.class);
            case LIST -> assertThat(value).isInstanceOf(List.class);
            case ANY -> assertThat(value).satisfiesAnyOf(v -> assertThat(v).isNull(),
                    v -> assertThat(v).isInstanceOfAny(Boolean.class, Double.class, String.class, List.class));
        }
    }

    // ---- printing ----

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void printingAndReparsingKeepsTheTreeAndItsValue(@ForAll("anyExpression") Node node,
            @ForAll("contexts") MapContext ctx) throws ExpressionException {
        ParsedExpression reparsed = (ParsedExpression) ExpressionParser.parse(node.toSource());
        assertThat(reparsed.root().toSource()).isEqualTo(node.toSource());
        assertThat(reparsed.evaluate(ctx)).isEqualTo(node.evaluate(ctx));
        assertThat(reparsed.kind()).isEqualTo(node.kind());
    }

    // ---- hostile input ----

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void junkNeverThrowsAnythingButAnExpressionException(@ForAll("junk") String source,
            @ForAll("contexts") MapContext ctx) {
        parseAndEvaluate(source, ctx);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void damagedExpressionsNeverThrowAnythingButAnExpressionException(@ForAll("anyExpression") Node node,
            @ForAll("edits") List<Tuple.Tuple2<Integer, String>> edits, @ForAll("contexts") MapContext ctx) {
        StringBuilder source = new StringBuilder(node.toSource());
        for (Tuple.Tuple2<Integer, String> edit : edits) {
            int at = edit.get1() % (source.length() + 1);
            if (edit.get2().isEmpty() && at < source.length()) {
                source.deleteCharAt(at);
            } else {
                source.insert(at, edit.get2());
            }
        }
        parseAndEvaluate(source.toString(), ctx);
    }

    private static void parseAndEvaluate(String source, MapContext ctx) {
        Expression expression;
        try {
            expression = ExpressionParser.parse(source);
        } catch (ExpressionException e) {
            assertThat(e.position()).isBetween(0, source.length());
            assertThat(e.getMessage()).contains(" at " + e.position());
            return;
        }
        expression.evaluate(ctx);
        expression.answerIds();
        expression.kind();
    }

    // ---- generators ----

    @Provide
    Arbitrary<Node> numbers() {
        return numbers(DEPTH);
    }

    @Provide
    Arbitrary<Node> conditions() {
        return conditions(DEPTH);
    }

    @Provide
    Arbitrary<Node> anyExpression() {
        Arbitrary<Node> texts = Arbitraries.of("yes", "no", "it's", "a b", "").map(s -> (Node) new Literal(s, 0));
        Arbitrary<Node> lists = numberLiterals().list().ofMaxSize(3).map(items -> new ListOf(items, 0));
        return Arbitraries.frequencyOf(Tuple.of(4, numbers()), Tuple.of(4, conditions()), Tuple.of(1, texts),
                Tuple.of(1, lists), Tuple.of(1, Arbitraries.just(new Literal(null, 0))));
    }

    private static Arbitrary<Node> numberLiterals() {
        Arbitrary<Double> integers = Arbitraries.integers().between(0, 1000).map(Integer::doubleValue);
        Arbitrary<Double> decimals = Arbitraries.integers().between(0, 100_000).map(i -> i / 64.0);
        Arbitrary<Double> large = Arbitraries.of(1e300, 1.7e308, 4.9e-324, 0.1);
        return Arbitraries.frequencyOf(Tuple.of(6, integers), Tuple.of(3, decimals), Tuple.of(1, large))
                .map(d -> new Literal(d, 0));
    }

    private static Arbitrary<Node> numbers(int depth) {
        Arbitrary<Node> names = Arbitraries.of("n1", "n2", "n-3").map(id -> new Name(Scope.ANSWER, id, 0));
        Arbitrary<Node> leaf = Arbitraries.frequencyOf(Tuple.of(2, numberLiterals()), Tuple.of(1, names));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Node> smaller = numbers(depth - 1);
        Arbitrary<Node> negation = smaller.map(n -> new Negate(n, 0));
        Arbitrary<Node> arithmetic = Combinators.combine(
                Arbitraries.of(Operator.ADD, Operator.SUB, Operator.MUL, Operator.DIV), smaller, smaller)
                .as((op, l, r) -> new Binary(op, l, r, 0));
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, negation), Tuple.of(3, arithmetic));
    }

    private static Arbitrary<Node> conditions(int depth) {
        Arbitrary<Node> numbers = numbers(Math.min(depth, 2));
        Arbitrary<Node> literals = Arbitraries.of(true, false).map(b -> new Literal(b, 0));
        Arbitrary<Node> flags = Arbitraries.of("b1", "m", "s").map(id -> new Name(Scope.ANSWER, id, 0));
        Arbitrary<Node> comparisons = Combinators.combine(
                Arbitraries.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE),
                numbers, numbers).as((op, l, r) -> new Binary(op, l, r, 0));
        Arbitrary<Node> textTests = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE),
                Arbitraries.of("s", "b1", "missing"), Arbitraries.of("yes", "no", "x"))
                .as((op, id, text) -> new Binary(op, new Name(Scope.ANSWER, id, 0), new Literal(text, 0), 0));
        Arbitrary<Node> inList = Combinators.combine(numbers, numberLiterals().list().ofMaxSize(4))
                .as((n, items) -> new Binary(Operator.IN, n, new ListOf(items, 0), 0));
        Arbitrary<Node> inAnswer = Combinators.combine(Arbitraries.of("a", "b", "c"), Arbitraries.of("m", "s", "missing"))
                .as((option, id) -> new Binary(Operator.IN, new Literal(option, 0), new Name(Scope.ANSWER, id, 0), 0));
        Arbitrary<Node> leaf = Arbitraries.frequencyOf(Tuple.of(1, literals), Tuple.of(1, flags),
                Tuple.of(3, comparisons), Tuple.of(1, textTests), Tuple.of(1, inList), Tuple.of(1, inAnswer));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Node> smaller = conditions(depth - 1);
        Arbitrary<Node> negation = smaller.map(c -> new Not(c, 0));
        Arbitrary<Node> logic = Combinators.combine(Arbitraries.of(Operator.AND, Operator.OR), smaller, smaller)
                .as((op, l, r) -> new Binary(op, l, r, 0));
        Arbitrary<Node> equalConditions = Combinators.combine(Arbitraries.of(Operator.EQ, Operator.NE), smaller, smaller)
                .as((op, l, r) -> new Binary(op, l, r, 0));
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, negation), Tuple.of(3, logic),
                Tuple.of(1, equalConditions));
    }

    /** Answers of every kind, including the wrong kind for the question and null. */
    @Provide
    Arbitrary<MapContext> contexts() {
        Arbitrary<Object> number = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(-50, 50).map(Integer::doubleValue)),
                Tuple.of(2, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, 1e308, 2.5)),
                Tuple.of(1, Arbitraries.<Object>of("yes", true)));
        Arbitrary<Object> flag = Arbitraries.<Object>of(true, false, "yes", 1.0).injectNull(0.2);
        Arbitrary<Object> options = Arbitraries.of("a", "b", "c").list().uniqueElements().ofMaxSize(3)
                .map(l -> (Object) l).injectNull(0.2);
        Arbitrary<Object> text = Arbitraries.of("yes", "no", "x").map(s -> (Object) s).injectNull(0.2);
        return Combinators.combine(number, number, number, flag, options, text)
                .as((n1, n2, n3, b1, m, s) -> MapContext.empty().answer("n1", n1).answer("n2", n2).answer("n-3", n3)
                        .answer("b1", b1).answer("m", m).answer("s", s));
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> tokens = Arbitraries.of("and", "or", "not", "in", "true", "false", "null", "org.",
                "answer.", "org.size", "answer.q-1", "-", "+", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=",
                "!", "(", ")", "[", "]", ",", "'", "\"", "'a'", "12", "2.5", ".", " ", "AND", "x", "_", "é", "\0")
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
        Arbitrary<String> characters = Arbitraries.strings().withChars("aorndtinx.-_'\"()[],=<>!+*/ 0123456789")
                .ofMaxLength(40);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
        return Arbitraries.oneOf(tokens, characters, anything);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, String>>> edits() {
        Arbitrary<String> inserted = Arbitraries.of("", "", "(", ")", "[", "]", ",", "'", "-", " ", "not ", "==", "<",
                "answer.", "1", "x");
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), inserted).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(3);
    }
}
