package fr.caprse.domain.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.expression.Expression.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static String tree(String source) throws ExpressionException {
        return ((ParsedExpression) ExpressionParser.parse(source)).root().toSource();
    }

    private static ExpressionException failure(String source) {
        try {
            ExpressionParser.parse(source);
        } catch (ExpressionException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for: " + source);
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "1 + 2 * 3; (1 + (2 * 3))",
            "1 * 2 + 3; ((1 * 2) + 3)",
            "(1 + 2) * 3; ((1 + 2) * 3)",
            "1 - 2 - 3; ((1 - 2) - 3)",
            "8 / 4 / 2; ((8 / 4) / 2)",
            "-2 * 3; ((-2) * 3)",
            "2 * -3; (2 * (-3))",
            "- -2; (-(-2))",
            "1 + 2 < 4; ((1 + 2) < 4)",
            "true or false and false; (true or (false and false))",
            "true and false or true; ((true and false) or true)",
            "not true and false; ((not true) and false)",
            "not 1 == 2; (not (1 == 2))",
            "not not true; (not (not true))",
            "true or false or true; ((true or false) or true)",
            "org.size in ['micro', 'small'] or org.ess; ((org.size in ['micro', 'small']) or org.ess)",
            "answer.env-energy == 'yes'; (answer.env-energy == 'yes')",
            "answer.env-energy - 1; (answer.env-energy - 1)",
            "answer.a -1; (answer.a - 1)",
            "'clients' in answer.sta-map; ('clients' in answer.sta-map)",
            "2.5 * 4; (2.5 * 4)",
            "[]; []",
            "\"it's\" == answer.q; (\"it's\" == answer.q)",
    })
    void operatorsBindByPrecedenceAndAssociateToTheLeft(String source, String expected) throws ExpressionException {
        assertThat(tree(source)).isEqualTo(expected);
    }

    @Test
    void answerIdsAreReadGreedilyWithTheirDashes() throws ExpressionException {
        Expression e = ExpressionParser.parse("answer.env-ghg-scope1 + answer.env-ghg-scope2");
        assertThat(e.answerIds()).containsExactly("env-ghg-scope1", "env-ghg-scope2");
        assertThat(ExpressionParser.parse("answer.env-energy-1").answerIds()).containsExactly("env-energy-1");
    }

    @Test
    void listsTheNamesItReads() throws ExpressionException {
        Expression e = ExpressionParser.parse(
                "org.employees > 0 and (answer.q1 == 'a' or answer.q2 > org.employees) and answer.q1 != null");
        assertThat(e.orgFields()).containsExactly("employees");
        assertThat(e.answerIds()).containsExactly("q1", "q2");
        assertThat(e.source()).isEqualTo(
                "org.employees > 0 and (answer.q1 == 'a' or answer.q2 > org.employees) and answer.q1 != null");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "org.employees > 0; BOOLEAN",
            "not answer.q; BOOLEAN",
            "'a' in answer.q; BOOLEAN",
            "answer.a + answer.b; NUMBER",
            "-answer.a; NUMBER",
            "12; NUMBER",
            "'yes'; STRING",
            "[1, 2]; LIST",
            "answer.q; ANY",
            "(org.ess); ANY",
            "null; ANY",
    })
    void knowsTheKindOfItsValueFromTheText(String source, Kind kind) throws ExpressionException {
        assertThat(ExpressionParser.parse(source).kind()).isEqualTo(kind);
    }

    @Test
    void kindsTellConditionsFromFormulas() {
        assertThat(Kind.BOOLEAN.canBeCondition()).isTrue();
        assertThat(Kind.ANY.canBeCondition()).isTrue();
        assertThat(Kind.NUMBER.canBeCondition()).isFalse();
        assertThat(Kind.NUMBER.canBeNumber()).isTrue();
        assertThat(Kind.ANY.canBeNumber()).isTrue();
        assertThat(Kind.BOOLEAN.canBeNumber()).isFalse();
        assertThat(Kind.STRING.canBeNumber()).isFalse();
    }

    @ParameterizedTest(name = "{0}  →  {2} at {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "(1 + 2; 6; expected ')' at 6",
            "1 < answer.x < 3; 13; comparisons do not chain",
            "1 == 1 == 1; 7; comparisons do not chain",
            "'a' in answer.q == true; 16; comparisons do not chain",
            "org.size == 'micro' AND org.ess; 20; unknown keyword 'AND' at 20: keywords are lower case",
            "True; 0; keywords are lower case",
            "org.employees = 3; 14; use '==' to compare",
            "! org.ess; 0; use 'not'",
            "org.ess && true; 8; use 'and'",
            "org.ess || true; 8; use 'or'",
            "answer.q == 'yes; 12; no closing '",
            "answer.q == yes; 12; unknown name 'yes'",
            "employees > 3; 0; unknown name 'employees'",
            "answer. == 1; 7; expected a question id after 'answer.'",
            "org.; 4; expected a field name after 'org.'",
            "org.Employees; 4; lower case",
            "answer.Env; 7; lower case",
            "answer.env_x; 10; lower case",
            "answer.a- 1; 8; ends with '-' at 8: to subtract, put spaces around '-'",
            "1 +; 3; expected a value at 3, found the end of the expression",
            "1 2; 2; unexpected the number 2 at 2",
            "; 0; empty",
            "2.; 2; digit after the decimal point",
            ".5; 0; unexpected character '.'",
            "12abc; 0; cannot run into letters",
            "[1, 2; 5; expected ',' or ']' at 5",
            "[1, ]; 4; expected a value at 4",
            "(); 1; expected a value at 1",
            "answer.q not in ['a']; 9; not (x in [..])",
            "1 == 2 and not; 14; expected a value at 14",
            "org.size == 'a' @; 16; unexpected character '@'",
            "Org.size == 'a'; 0; write 'org.' in lower case",
    })
    void syntaxErrorsSayWhatAndWhere(String source, int position, String message) {
        ExpressionException e = failure(source == null ? "" : source);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.getMessage()).contains(message);
    }

    @ParameterizedTest(name = "{0}  →  {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "'a' + 1; 4; '+' needs numbers on both sides, but its left side is a text",
            "1 * true; 2; '*' needs numbers on both sides, but its right side is a condition",
            "-'a'; 0; '-' needs a number",
            "1 and org.ess; 2; 'and' needs conditions on both sides, but its left side is a number",
            "org.ess or 'x'; 8; 'or' needs conditions",
            "not 3; 0; 'not' needs a condition",
            "'a' < 'b'; 4; '<' compares numbers only",
            "answer.q >= true; 9; '>=' compares numbers only",
            "1 == 'a'; 2; '==' between a number and a text is always false",
            "1 != 'a'; 2; '!=' between a number and a text is always true",
            "answer.q in 'abc'; 9; 'in' needs a list on its right",
            "[1] in answer.q; 4; 'in' looks for one value",
    })
    void mistakesVisibleInTheTextAreRejected(String source, int position, String message) {
        ExpressionException e = failure(source);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void unknownNamesAreReportedAtTheirPositionWhenTheKnownNamesAreGiven() throws ExpressionException {
        Set<String> fields = Set.of("employees", "size");
        Set<String> questions = Set.of("env-energy");
        assertThat(ExpressionParser.parse("org.employees > 0 and answer.env-energy == 'yes'", fields, questions)
                .answerIds()).containsExactly("env-energy");

        assertThatThrownBy(() -> ExpressionParser.parse("org.employes > 0", fields, questions))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("unknown organisation field 'org.employes' at 0")
                .hasMessageContaining("known fields: employees, size");
        assertThatThrownBy(() -> ExpressionParser.parse("org.size == 'micro' or answer.env-energi == 'yes'",
                fields, questions))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("unknown question 'env-energi'")
                .satisfies(e -> assertThat(((ExpressionException) e).position()).isEqualTo(23));
    }

    // ---- hostile input ----

    @Test
    void aTooLongExpressionIsRefused() throws ExpressionException {
        String longest = "1" + " + 1".repeat((ExpressionParser.MAX_LENGTH - 1) / 4);
        assertThat(longest.length()).isLessThanOrEqualTo(ExpressionParser.MAX_LENGTH);
        assertThat(ExpressionParser.parse(longest).evaluate(MapContext.empty()))
                .isEqualTo(1.0 + (ExpressionParser.MAX_LENGTH - 1) / 4);

        ExpressionException e = failure("1" + " ".repeat(ExpressionParser.MAX_LENGTH));
        assertThat(e.getMessage()).contains("expression too long: 2001 characters, at most 2000");
        assertThat(e.position()).isEqualTo(ExpressionParser.MAX_LENGTH);
    }

    @Test
    void nestingUpToTheLimitIsAcceptedAndDeeperIsRefused() throws ExpressionException {
        int max = ExpressionParser.MAX_DEPTH;
        assertThat(ExpressionParser.parse("(".repeat(max) + "1" + ")".repeat(max)).evaluate(MapContext.empty()))
                .isEqualTo(1.0);
        ExpressionException e = failure("(".repeat(max + 1) + "1" + ")".repeat(max + 1));
        assertThat(e.getMessage()).contains("nested too deeply (more than 64 levels)");
        assertThat(e.position()).isEqualTo(max);
    }

    @Test
    void deepNestingOfEveryKindGivesAnErrorNotAStackOverflow() {
        assertThat(failure("(".repeat(999) + "1" + ")".repeat(999)).getMessage()).contains("nested too deeply");
        assertThat(failure("[".repeat(1000) + "]".repeat(1000)).getMessage()).contains("nested too deeply");
        assertThat(failure("not ".repeat(400) + "true").getMessage()).contains("nested too deeply");
        assertThat(failure("-".repeat(1999) + "1").getMessage()).contains("nested too deeply");
        assertThat(failure("(".repeat(1999)).getMessage()).contains("nested too deeply");
    }

    @Test
    void longChainsWithinTheLengthLimitEvaluateWithoutOverflow() throws ExpressionException {
        String chain = "org.ess" + " or org.ess".repeat(150) + " or true";
        assertThat(ExpressionParser.parse(chain).evaluate(MapContext.empty())).isEqualTo(true);
        String sum = "1" + "-1".repeat(999);
        assertThat(ExpressionParser.parse(sum).evaluate(MapContext.empty())).isEqualTo(-998.0);
    }
}
