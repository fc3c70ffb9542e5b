package fr.caprse.domain.expression;

import static fr.caprse.testing.Gens.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.caprse.domain.expression.Node.Binary;
import fr.caprse.domain.expression.Node.ListOf;
import fr.caprse.domain.expression.Node.Literal;
import fr.caprse.domain.expression.Node.Name;
import fr.caprse.domain.expression.Node.Negate;
import fr.caprse.domain.expression.Node.Not;
import fr.caprse.domain.expression.Node.Operator;
import fr.caprse.domain.expression.Node.Scope;
import fr.caprse.testing.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the expression language over random syntax trees and random answers: the laws a
 * consultant relies on (double negation, commutative sums), printing and re-parsing keeps the meaning,
 * and no input whatsoever makes the parser or the evaluator throw anything but an ExpressionException.
 * QuickTheories runs each property in a plain JUnit test and shrinks a failing case to a small one.
 */
class ExpressionProperties {

    private static final int DEPTH = 3;

    // ---- laws ----

    @Test
    void doubleNegationIsTheTruthOfTheCondition() {
        qt().withExamples(300).forAll(conditions(), contexts()).checkAssert((c, ctx) -> {
            Expression notNot = parse("not not " + c.toSource());
            assertThat(notNot.evaluate(ctx)).isEqualTo(Values.truth(c.evaluate(ctx)));
        });
    }

    @Test
    void sumsAndProductsCommute() {
        qt().withExamples(300).forAll(numbers(), numbers(), contexts()).checkAssert((a, b, ctx) -> {
            for (String op : List.of("+", "*")) {
                Object ab = parse(a.toSource() + " " + op + " " + b.toSource()).evaluate(ctx);
                Object ba = parse(b.toSource() + " " + op + " " + a.toSource()).evaluate(ctx);
                assertThat(ab).as(op).isEqualTo(ba);
            }
        });
    }

    @Test
    void aNullOperandMakesArithmeticNull() {
        qt().withExamples(300).forAll(numbers(), contexts()).checkAssert((a, ctx) -> {
            for (String op : List.of("+", "-", "*", "/")) {
                assertThat(parse(a.toSource() + " " + op + " answer.missing").evaluate(ctx)).isNull();
                assertThat(parse("null " + op + " " + a.toSource()).evaluate(ctx)).isNull();
            }
        });
    }

    @Test
    void notEqualIsTheNegationOfEqual() {
        qt().withExamples(300).forAll(numbers(), numbers(), contexts()).checkAssert((a, b, ctx) -> {
            Object eq = new Binary(Operator.EQ, a, b, 0).evaluate(ctx);
            Object ne = new Binary(Operator.NE, a, b, 0).evaluate(ctx);
            assertThat(ne).isEqualTo(!(Boolean) eq);
        });
    }

    @Test
    void theKindIsKeptByEveryValue() {
        qt().withExamples(300).forAll(anyExpression(), contexts()).checkAssert(ExpressionProperties::keepsItsKind);
    }

    private static void keepsItsKind(Node node, MapContext ctx) {
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

    @Test
    void printingAndReparsingKeepsTheTreeAndItsValue() {
        qt().withExamples(300).forAll(anyExpression(), contexts()).checkAssert((node, ctx) -> {
            ParsedExpression reparsed = (ParsedExpression) parse(node.toSource());
            assertThat(reparsed.root().toSource()).isEqualTo(node.toSource());
            assertThat(reparsed.evaluate(ctx)).isEqualTo(node.evaluate(ctx));
            assertThat(reparsed.kind()).isEqualTo(node.kind());
        });
    }

    // ---- hostile input ----

    @Test
    void junkNeverThrowsAnythingButAnExpressionException() {
        qt().withExamples(1000).forAll(junk(), contexts()).checkAssert(ExpressionProperties::parseAndEvaluate);
    }

    @Test
    void damagedExpressionsNeverThrowAnythingButAnExpressionException() {
        qt().withExamples(1000).forAll(anyExpression(), edits(), contexts()).checkAssert((node, edits, ctx) -> {
            StringBuilder source = new StringBuilder(node.toSource());
            for (Pair<Integer, String> edit : edits) {
                int at = edit._1 % (source.length() + 1);
                if (edit._2.isEmpty() && at < source.length()) {
                    source.deleteCharAt(at);
                } else {
                    source.insert(at, edit._2);
                }
            }
            parseAndEvaluate(source.toString(), ctx);
        });
    }

    /** Parses a source the generators made, which is always valid. */
    private static Expression parse(String source) {
        try {
            return ExpressionParser.parse(source);
        } catch (ExpressionException e) {
            throw new AssertionError("a generated expression does not parse: " + source, e);
        }
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

    static Gen<Node> numbers() {
        return numbers(DEPTH);
    }

    static Gen<Node> conditions() {
        return conditions(DEPTH);
    }

    static Gen<Node> anyExpression() {
        Gen<Node> texts = Gens.of("yes", "no", "it's", "a b", "").map(s -> (Node) new Literal(s, 0));
        Gen<Node> lists = Gens.listOf(numberLiterals(), 0, 3).map(items -> new ListOf(items, 0));
        return Gens.frequency(weight(4, numbers()), weight(4, conditions()), weight(1, texts),
                weight(1, lists), weight(1, Generate.constant(new Literal(null, 0))));
    }

    private static Gen<Node> numberLiterals() {
        Gen<Double> integers = integers().between(0, 1000).map(Integer::doubleValue);
        Gen<Double> decimals = integers().between(0, 100_000).map(i -> i / 64.0);
        Gen<Double> large = Gens.of(1e300, 1.7e308, 4.9e-324, 0.1);
        return Gens.frequency(weight(6, integers), weight(3, decimals), weight(1, large))
                .map(d -> new Literal(d, 0));
    }

    private static Gen<Node> numbers(int depth) {
        Gen<Node> names = Gens.of("n1", "n2", "n-3").map(id -> new Name(Scope.ANSWER, id, 0));
        Gen<Node> leaf = Gens.frequency(weight(2, numberLiterals()), weight(1, names));
        if (depth == 0) {
            return leaf;
        }
        Gen<Node> smaller = numbers(depth - 1);
        Gen<Node> negation = smaller.map(n -> new Negate(n, 0));
        Gen<Node> arithmetic = Gens.of(Operator.ADD, Operator.SUB, Operator.MUL, Operator.DIV)
                .zip(smaller, smaller, (op, l, r) -> new Binary(op, l, r, 0));
        return Gens.frequency(weight(3, leaf), weight(1, negation), weight(3, arithmetic));
    }

    private static Gen<Node> conditions(int depth) {
        Gen<Node> numbers = numbers(Math.min(depth, 2));
        Gen<Node> literals = Gens.of(true, false).map(b -> new Literal(b, 0));
        Gen<Node> flags = Gens.of("b1", "m", "s").map(id -> new Name(Scope.ANSWER, id, 0));
        Gen<Node> comparisons = Gens.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE)
                .zip(numbers, numbers, (op, l, r) -> new Binary(op, l, r, 0));
        Gen<Node> textTests = Gens.of(Operator.EQ, Operator.NE).zip(Gens.of("s", "b1", "missing"),
                Gens.of("yes", "no", "x"),
                (op, id, text) -> new Binary(op, new Name(Scope.ANSWER, id, 0), new Literal(text, 0), 0));
        Gen<Node> inList = numbers.zip(Gens.listOf(numberLiterals(), 0, 4),
                (n, items) -> new Binary(Operator.IN, n, new ListOf(items, 0), 0));
        Gen<Node> inAnswer = Gens.of("a", "b", "c").zip(Gens.of("m", "s", "missing"),
                (option, id) -> new Binary(Operator.IN, new Literal(option, 0), new Name(Scope.ANSWER, id, 0), 0));
        Gen<Node> leaf = Gens.frequency(weight(1, literals), weight(1, flags), weight(3, comparisons),
                weight(1, textTests), weight(1, inList), weight(1, inAnswer));
        if (depth == 0) {
            return leaf;
        }
        Gen<Node> smaller = conditions(depth - 1);
        Gen<Node> negation = smaller.map(c -> new Not(c, 0));
        Gen<Node> logic = Gens.of(Operator.AND, Operator.OR).zip(smaller, smaller, (op, l, r) -> new Binary(op, l, r, 0));
        Gen<Node> equalConditions = Gens.of(Operator.EQ, Operator.NE)
                .zip(smaller, smaller, (op, l, r) -> new Binary(op, l, r, 0));
        return Gens.frequency(weight(3, leaf), weight(1, negation), weight(3, logic), weight(1, equalConditions));
    }

    /** Answers of every kind, including the wrong kind for the question and null. */
    static Gen<MapContext> contexts() {
        Gen<Object> number = Gens.frequency(
                weight(6, integers().between(-50, 50).map(Integer::doubleValue)),
                weight(2, Generate.constant((Object) null)),
                weight(1, Gens.<Object>of(0.0, -0.0, 1e308, 2.5)),
                weight(1, Gens.<Object>of("yes", true)));
        Gen<Object> flag = Gens.orNull(Gens.<Object>of(true, false, "yes", 1.0), 20);
        Gen<Object> options = Gens.orNull(Gens.listOf(Gens.of("a", "b", "c"), 0, 3)
                .map(l -> (Object) l.stream().distinct().toList()), 20);
        Gen<Object> text = Gens.orNull(Gens.<Object>of("yes", "no", "x"), 20);
        Gen<MapContext> numbersOnly = number.zip(number, number,
                (n1, n2, n3) -> MapContext.empty().answer("n1", n1).answer("n2", n2).answer("n-3", n3));
        return numbersOnly.zip(flag, options, text, (ctx, b1, m, s) -> ctx.answer("b1", b1).answer("m", m).answer("s", s));
    }

    static Gen<String> junk() {
        Gen<String> tokens = Gens.listOf(Gens.of("and", "or", "not", "in", "true", "false", "null", "org.",
                "answer.", "org.size", "answer.q-1", "-", "+", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=",
                "!", "(", ")", "[", "]", ",", "'", "\"", "'a'", "12", "2.5", ".", " ", "AND", "x", "_", "é", "\0"),
                0, 25).map(parts -> String.join("", parts));
        Gen<String> characters = Gens.stringsOf("aorndtinx.-_'\"()[],=<>!+*/ 0123456789", 0, 40);
        Gen<String> anything = strings().allPossible().ofLengthBetween(0, 30);
        return Generate.oneOf(tokens, characters, anything);
    }

    static Gen<List<Pair<Integer, String>>> edits() {
        Gen<String> inserted = Gens.of("", "", "(", ")", "[", "]", ",", "'", "-", " ", "not ", "==", "<",
                "answer.", "1", "x");
        return Gens.listOf(integers().between(0, 10_000).zip(inserted, Pair::of), 1, 3);
    }
}
