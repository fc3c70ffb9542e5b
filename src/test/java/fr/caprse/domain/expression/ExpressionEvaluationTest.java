package fr.caprse.domain.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The semantics of the questionnaire format, rule by rule. */
class ExpressionEvaluationTest {

    private static final MapContext CONTEXT = MapContext.empty()
            .org("employees", 12.0).org("size", "small").org("legal_form", "association").org("ess", true)
            .org("sector", "62.01Z")
            .answer("env-premises", "yes").answer("env-energy", 3.0).answer("sta-map", List.of("clients", "staff"))
            .answer("none", List.of()).answer("zero", 0.0).answer("name", "Acme")
            .answer("env-ghg-scope1", 120.0).answer("env-ghg-scope2", 30.0).answer("gov-turnover-keur", 1500.0);

    private static Object eval(String source) {
        return eval(source, CONTEXT);
    }

    private static Object eval(String source, EvaluationContext context) {
        try {
            return ExpressionParser.parse(source).evaluate(context);
        } catch (ExpressionException e) {
            throw new AssertionError(source + ": " + e.getMessage(), e);
        }
    }

    // ---- examples from real questions ----

    @Test
    void realConditionsAndFormulasEvaluate() {
        assertThat(eval("org.employees > 0")).isEqualTo(true);
        assertThat(eval("org.legal_form in ['association', 'scop']")).isEqualTo(true);
        assertThat(eval("answer.env-premises == 'yes'")).isEqualTo(true);
        assertThat(eval("'clients' in answer.sta-map")).isEqualTo(true);
        assertThat(eval("'suppliers' in answer.sta-map")).isEqualTo(false);
        assertThat(eval("(answer.env-ghg-scope1 + answer.env-ghg-scope2) / (answer.gov-turnover-keur / 1000)"))
                .isEqualTo(100.0);
        assertThat(eval("org.ess")).isEqualTo(true);
    }

    @Test
    void answerIdsWithDashesAreOneNameAndSubtractionNeedsSpaces() {
        assertThat(eval("answer.env-energy - 1")).isEqualTo(2.0);
        assertThat(eval("answer.env-energy-1")).isNull(); // the question 'env-energy-1', unanswered
    }

    // ---- arithmetic ----

    @Test
    void arithmeticFollowsPrecedenceAndLeftAssociativity() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7.0);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9.0);
        assertThat(eval("10 - 4 - 3")).isEqualTo(3.0);
        assertThat(eval("16 / 4 / 2")).isEqualTo(2.0);
        assertThat(eval("-2 * 3")).isEqualTo(-6.0);
        assertThat(eval("2 - -3")).isEqualTo(5.0);
        assertThat(eval("2.5 * 4")).isEqualTo(10.0);
        assertThat(eval("7 / 2")).isEqualTo(3.5);
    }

    @Test
    void arithmeticWithNullGivesNull() {
        for (String op : List.of("+", "-", "*", "/")) {
            assertThat(eval("answer.missing " + op + " 2")).as(op).isNull();
            assertThat(eval("2 " + op + " answer.missing")).as(op).isNull();
            assertThat(eval("null " + op + " null")).as(op).isNull();
        }
        assertThat(eval("-answer.missing")).isNull();
        assertThat(eval("(answer.missing + 1) * 2 + 3")).isNull();
    }

    @Test
    void arithmeticOnTextsOrListsGivesNull() {
        assertThat(eval("answer.env-premises + 1")).isNull();
        assertThat(eval("answer.sta-map * 2")).isNull();
        assertThat(eval("-answer.name")).isNull();
        assertThat(eval("org.ess + 1")).isNull();
    }

    @Test
    void divisionByZeroGivesNull() {
        assertThat(eval("1 / 0")).isNull();
        assertThat(eval("0 / 0")).isNull();
        assertThat(eval("answer.env-energy / answer.zero")).isNull();
        assertThat(eval("1 / 0 > 0")).isEqualTo(false);
    }

    @Test
    void overflowGivesNullNotInfinity() {
        String big = "9".repeat(300);
        assertThat(eval(big + " * " + big + " * " + big)).isNull();
    }

    // ---- equality ----

    @Test
    void equalityComparesValuesOfTheSameKind() {
        assertThat(eval("answer.env-energy == 3")).isEqualTo(true);
        assertThat(eval("answer.env-energy == 3.0")).isEqualTo(true);
        assertThat(eval("answer.env-energy != 3")).isEqualTo(false);
        assertThat(eval("org.size == 'small'")).isEqualTo(true);
        assertThat(eval("org.size == \"small\"")).isEqualTo(true);
        assertThat(eval("org.size != 'micro'")).isEqualTo(true);
        assertThat(eval("org.ess == true")).isEqualTo(true);
        assertThat(eval("org.ess != false")).isEqualTo(true);
        assertThat(eval("-0 == 0")).isEqualTo(true);
    }

    @Test
    void equalityBetweenDifferentKindsIsFalse() {
        assertThat(eval("answer.env-premises == 1")).isEqualTo(false);
        assertThat(eval("answer.env-energy == '3'")).isEqualTo(false);
        assertThat(eval("org.ess == 'true'")).isEqualTo(false);
        assertThat(eval("answer.sta-map == 'clients'")).isEqualTo(false);
        assertThat(eval("answer.env-energy != '3'")).isEqualTo(true);
    }

    @Test
    void nullEqualsOnlyNull() {
        assertThat(eval("null == null")).isEqualTo(true);
        assertThat(eval("answer.missing == null")).isEqualTo(true);
        assertThat(eval("answer.missing == answer.other-missing")).isEqualTo(true);
        assertThat(eval("answer.env-energy == null")).isEqualTo(false);
        assertThat(eval("answer.missing == 0")).isEqualTo(false);
        assertThat(eval("answer.missing == ''")).isEqualTo(false);
        assertThat(eval("answer.missing != null")).isEqualTo(false);
        assertThat(eval("answer.env-energy != null")).isEqualTo(true);
    }

    @Test
    void listsAreEqualWhenTheyHoldTheSameItemsInAnyOrder() {
        assertThat(eval("answer.sta-map == ['staff', 'clients']")).isEqualTo(true);
        assertThat(eval("answer.sta-map == ['clients']")).isEqualTo(false);
        assertThat(eval("answer.none == []")).isEqualTo(true);
    }

    // ---- ordering ----

    @Test
    void orderingComparesNumbers() {
        assertThat(eval("1 < 2")).isEqualTo(true);
        assertThat(eval("2 < 2")).isEqualTo(false);
        assertThat(eval("2 <= 2")).isEqualTo(true);
        assertThat(eval("3 > 2")).isEqualTo(true);
        assertThat(eval("2 > 2")).isEqualTo(false);
        assertThat(eval("2 >= 2")).isEqualTo(true);
        assertThat(eval("1 >= 2")).isEqualTo(false);
        assertThat(eval("-1 < 0")).isEqualTo(true);
    }

    @Test
    void orderingIsFalseWhenASideIsNullEvenNegated() {
        for (String op : List.of("<", "<=", ">", ">=")) {
            assertThat(eval("answer.missing " + op + " 1")).as(op).isEqualTo(false);
            assertThat(eval("1 " + op + " answer.missing")).as(op).isEqualTo(false);
            assertThat(eval("null " + op + " null")).as(op).isEqualTo(false);
        }
    }

    @Test
    void onlyNumbersAreOrderedTextsAndListsGiveFalse() {
        assertThat(eval("answer.name < answer.env-premises")).isEqualTo(false);
        assertThat(eval("answer.name > answer.env-premises")).isEqualTo(false);
        assertThat(eval("answer.name >= answer.name")).isEqualTo(false);
        assertThat(eval("answer.sta-map > 0")).isEqualTo(false);
        assertThat(eval("org.ess >= 0")).isEqualTo(false);
    }

    // ---- logic ----

    @Test
    void andOrNotFollowTheirTruthTables() {
        assertThat(eval("true and true")).isEqualTo(true);
        assertThat(eval("true and false")).isEqualTo(false);
        assertThat(eval("false and true")).isEqualTo(false);
        assertThat(eval("true or false")).isEqualTo(true);
        assertThat(eval("false or true")).isEqualTo(true);
        assertThat(eval("false or false")).isEqualTo(false);
        assertThat(eval("not false")).isEqualTo(true);
        assertThat(eval("not true")).isEqualTo(false);
        assertThat(eval("true or false and false")).isEqualTo(true);
        assertThat(eval("(true or false) and false")).isEqualTo(false);
    }

    @Test
    void logicReadsNullAsFalse() {
        assertThat(eval("answer.missing and true")).isEqualTo(false);
        assertThat(eval("true and answer.missing")).isEqualTo(false);
        assertThat(eval("answer.missing or true")).isEqualTo(true);
        assertThat(eval("answer.missing or false")).isEqualTo(false);
        assertThat(eval("answer.missing or answer.missing")).isEqualTo(false);
        assertThat(eval("not answer.missing")).isEqualTo(true);
        assertThat(eval("not null")).isEqualTo(true);
    }

    @Test
    void logicReadsNonBooleansAsFalse() {
        assertThat(eval("answer.env-premises and true")).isEqualTo(false);
        assertThat(eval("answer.env-energy or false")).isEqualTo(false);
        assertThat(eval("not answer.sta-map")).isEqualTo(true);
    }

    @Test
    void aConditionAppliesOnlyWhenTrue() throws ExpressionException {
        assertThat(ExpressionParser.parse("org.employees > 10").isTrue(CONTEXT)).isTrue();
        assertThat(ExpressionParser.parse("answer.missing > 10").isTrue(CONTEXT)).isFalse();
        assertThat(ExpressionParser.parse("answer.missing").isTrue(CONTEXT)).isFalse();
        assertThat(ExpressionParser.parse("answer.env-premises").isTrue(CONTEXT)).isFalse();
    }

    // ---- membership ----

    @Test
    void inTestsMembershipOfALiteralList() {
        assertThat(eval("org.size in ['micro', 'small']")).isEqualTo(true);
        assertThat(eval("org.size in ['medium', 'large']")).isEqualTo(false);
        assertThat(eval("org.employees in [10, 12]")).isEqualTo(true);
        assertThat(eval("org.employees in ['12']")).isEqualTo(false);
        assertThat(eval("org.size in []")).isEqualTo(false);
        assertThat(eval("answer.env-energy + 1 in [4]")).isEqualTo(true);
    }

    @Test
    void inIsFalseWhenTheValueIsNull() {
        assertThat(eval("answer.missing in ['a', 'b']")).isEqualTo(false);
        assertThat(eval("null in [null]")).isEqualTo(false);
        assertThat(eval("answer.missing in [answer.other]")).isEqualTo(false);
    }

    @Test
    void inTestsMembershipOfAMultipleAnswerAndIsFalseWhenEitherSideIsNull() {
        assertThat(eval("'staff' in answer.sta-map")).isEqualTo(true);
        assertThat(eval("'staff' in answer.none")).isEqualTo(false);
        assertThat(eval("'staff' in answer.missing")).isEqualTo(false);
        assertThat(eval("answer.missing in answer.sta-map")).isEqualTo(false);
        assertThat(eval("'yes' in answer.env-premises")).isEqualTo(false); // not a list
        assertThat(eval("not ('staff' in answer.missing)")).isEqualTo(true);
    }

    // ---- values from the context ----

    @Test
    void anyNumberOrCollectionFromTheContextIsRead() {
        MapContext context = MapContext.empty().answer("i", 3).answer("l", 4L).answer("s", Set.of("a"))
                .answer("nan", Double.NaN).answer("odd", new Object());
        assertThat(eval("answer.i + answer.l", context)).isEqualTo(7.0);
        assertThat(eval("answer.i == 3", context)).isEqualTo(true);
        assertThat(eval("'a' in answer.s", context)).isEqualTo(true);
        assertThat(eval("answer.nan == null", context)).isEqualTo(true);
        assertThat(eval("answer.odd == null", context)).isEqualTo(true);
    }

    @Test
    void literalsEvaluateToThemselves() {
        assertThat(eval("12")).isEqualTo(12.0);
        assertThat(eval("'a b'")).isEqualTo("a b");
        assertThat(eval("\"it's\"")).isEqualTo("it's");
        assertThat(eval("true")).isEqualTo(true);
        assertThat(eval("null")).isNull();
        assertThat(eval("[1, 'a', null]")).isEqualTo(java.util.Arrays.asList(1.0, "a", null));
    }
}
