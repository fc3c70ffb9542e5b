package fr.caprse.domain.expression;

import java.util.List;

/**
 * Prints how fast typical expressions parse and evaluate. Run:
 * {@code ./mvnw -o -q test-compile && java -cp target/classes:target/test-classes
 * fr.caprse.domain.expression.ExpressionBenchmark}
 */
public final class ExpressionBenchmark {

    private static final List<String> SOURCES = List.of(
            "org.employees > 0",
            "org.legal_form in ['association', 'scop']",
            "answer.env-premises == 'yes' and not ('clients' in answer.sta-map)",
            "(answer.env-ghg-scope1 + answer.env-ghg-scope2) / (answer.gov-turnover-keur / 1000)");

    private ExpressionBenchmark() {
    }

    public static void main(String[] args) throws ExpressionException {
        MapContext context = MapContext.empty().org("employees", 12.0).org("legal_form", "scop")
                .answer("env-premises", "yes").answer("sta-map", List.of("staff"))
                .answer("env-ghg-scope1", 120.0).answer("env-ghg-scope2", 30.0).answer("gov-turnover-keur", 1500.0);
        int rounds = 200_000;
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            int parsed = 0;
            for (int i = 0; i < rounds; i++) {
                parsed += ExpressionParser.parse(SOURCES.get(i % SOURCES.size())).source().length();
            }
            long parseNs = System.nanoTime() - start;
            List<Expression> expressions = new java.util.ArrayList<>();
            for (String source : SOURCES) {
                expressions.add(ExpressionParser.parse(source));
            }
            start = System.nanoTime();
            int truths = 0;
            for (int i = 0; i < rounds * 10; i++) {
                Object value = expressions.get(i % expressions.size()).evaluate(context);
                truths += value == null ? 0 : 1;
            }
            long evalNs = System.nanoTime() - start;
            System.out.printf("%s: parse %.2f µs/expression, evaluate %.3f µs/expression (%d, %d)%n",
                    warm == 0 ? "warm-up" : "measured", parseNs / 1000.0 / rounds, evalNs / 1000.0 / (rounds * 10),
                    parsed, truths);
        }
    }
}
