package fr.caprse.domain.scoring;

import static fr.caprse.domain.questionnaire.QuestionType.COMPUTED;
import static fr.caprse.domain.questionnaire.QuestionType.MATURITY;
import static fr.caprse.domain.questionnaire.QuestionType.MULTIPLE;
import static fr.caprse.domain.questionnaire.QuestionType.NUMBER;
import static fr.caprse.domain.questionnaire.QuestionType.PERCENT;
import static fr.caprse.domain.questionnaire.QuestionType.SINGLE;
import static fr.caprse.domain.questionnaire.QuestionType.TEXT;
import static fr.caprse.domain.questionnaire.QuestionType.YESNO;
import static fr.caprse.domain.scoring.Fixtures.answers;
import static fr.caprse.domain.scoring.Fixtures.choice;
import static fr.caprse.domain.scoring.Fixtures.choices;
import static fr.caprse.domain.scoring.Fixtures.expr;
import static fr.caprse.domain.scoring.Fixtures.level;
import static fr.caprse.domain.scoring.Fixtures.na;
import static fr.caprse.domain.scoring.Fixtures.number;
import static fr.caprse.domain.scoring.Fixtures.option;
import static fr.caprse.domain.scoring.Fixtures.q;
import static fr.caprse.domain.scoring.Fixtures.questionnaire;
import static fr.caprse.domain.scoring.Fixtures.text;
import static fr.caprse.domain.scoring.Fixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final Organisation SCOP = new Organisation("Atelier du Val", null, "C25", OrganisationSize.SMALL,
            12, "scop", "Drôme", true);

    @Test
    void answerValuesHaveTheKindExpressionsExpect() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("m", MATURITY).build(),
                q("s", SINGLE).options(option("a", 1), option("b", 2)).build(),
                q("y", YESNO).build(),
                q("multi", MULTIPLE).options(option("a", 1), option("b", 2)).build(),
                q("n", NUMBER).build(),
                q("p", PERCENT).build(),
                q("x", TEXT).build()));
        Evaluation evaluation = Evaluation.of(questionnaire, SCOP, answers(level("m", 3), choice("s", "b"),
                choice("y", "yes"), choices("multi", "b", "a"), number("n", "182.5"), number("p", "40"),
                text("x", "Raison d'être")));
        assertThat(evaluation.value("m")).isEqualTo(3.0);
        assertThat(evaluation.value("s")).isEqualTo("b");
        assertThat(evaluation.value("y")).isEqualTo("yes");
        assertThat(evaluation.value("multi")).isEqualTo(List.of("b", "a"));
        assertThat(evaluation.value("n")).isEqualTo(182.5);
        assertThat(evaluation.value("p")).isEqualTo(40.0);
        assertThat(evaluation.value("x")).isEqualTo("Raison d'être");
        assertThat(evaluation.context().answer("m")).isEqualTo(3.0);
        assertThat(evaluation.context().org("employees")).isEqualTo(12.0);
    }

    @Test
    void unansweredAndNotApplicableAnswersReadAsNull() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("m", MATURITY).na().build(), q("open", MATURITY).build()));
        Evaluation evaluation = Evaluation.of(questionnaire, SCOP, answers(na("m")));
        assertThat(evaluation.value("m")).isNull();
        assertThat(evaluation.isAnswered("m")).isTrue();
        assertThat(evaluation.isAnsweredNotApplicable("m")).isTrue();
        assertThat(evaluation.value("open")).isNull();
        assertThat(evaluation.isAnswered("open")).isFalse();
    }

    @Test
    void appliesWhenReadsTheOrganisationAndOtherAnswers() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("members", MATURITY).appliesWhen(expr("org.legal_form in ['scop', 'scic']",
                        c -> c.org("legal_form") != null && List.of("scop", "scic").contains(c.org("legal_form")))).build(),
                q("has-report", YESNO).build(),
                q("report-audited", YESNO).appliesWhen(expr("answer.has-report == 'yes'",
                        c -> "yes".equals(c.answer("has-report")), "has-report")).build()));
        Evaluation yes = Evaluation.of(questionnaire, SCOP, answers(choice("has-report", "yes")));
        assertThat(yes.applies("members")).isTrue();
        assertThat(yes.applies("report-audited")).isTrue();
        Evaluation no = Evaluation.of(questionnaire, Organisation.named("SARL"), answers(choice("has-report", "no"),
                choice("report-audited", "yes")));
        assertThat(no.applies("members")).isFalse();
        assertThat(no.applies("report-audited")).isFalse();
        assertThat(no.value("report-audited")).as("an answer to a question that does not apply").isNull();
        assertThat(no.isAnswered("report-audited")).isFalse();
        assertThat(no.applicableQuestionIds()).containsExactly("has-report");
    }

    @Test
    void computedQuestionTakesItsFormulasValueEvenFromLaterQuestions() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("per-head", COMPUTED).formula(expr("answer.energy / org.employees", c -> {
                    Object energy = c.answer("energy");
                    return energy == null ? null : (Double) energy / (Double) c.org("employees");
                }, "energy")).build(),
                q("energy", NUMBER).build()));
        assertThat(Evaluation.of(questionnaire, SCOP, answers(number("energy", "180"))).value("per-head"))
                .isEqualTo(15.0);
        assertThat(Evaluation.of(questionnaire, SCOP, Map.of()).value("per-head")).isNull();
    }

    @Test
    void aQuestionThatDoesNotApplyGivesNullToThoseReadingIt() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("energy", NUMBER).appliesWhen(expr("false", c -> false)).build(),
                q("double", COMPUTED).formula(expr("answer.energy * 2",
                        c -> c.answer("energy") == null ? null : (Double) c.answer("energy") * 2, "energy")).build()));
        Evaluation evaluation = Evaluation.of(questionnaire, SCOP, answers(number("energy", "10")));
        assertThat(evaluation.value("energy")).isNull();
        assertThat(evaluation.value("double")).isNull();
    }

    @Test
    void formulaResultThatIsNotAFiniteNumberReadsAsNull() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("c", COMPUTED).formula(expr("1 / 0", c -> Double.POSITIVE_INFINITY)).build()));
        assertThat(Evaluation.of(questionnaire, SCOP, Map.of()).value("c")).isNull();
    }

    @Test
    void aDependencyCycleReadsAsNullInsteadOfLoopingForever() {
        Questionnaire questionnaire = questionnaire(theme("t",
                q("a", YESNO).appliesWhen(expr("answer.b != 'no'", c -> !"no".equals(c.answer("b")), "b")).build(),
                q("b", YESNO).appliesWhen(expr("answer.a != 'no'", c -> !"no".equals(c.answer("a")), "a")).build(),
                q("c1", COMPUTED).formula(expr("answer.c2", c -> c.answer("c2"), "c2")).build(),
                q("c2", COMPUTED).formula(expr("answer.c1", c -> c.answer("c1"), "c1")).build(),
                q("self", COMPUTED).formula(expr("answer.self", c -> Objects.requireNonNullElse(c.answer("self"), 1.0),
                        "self")).build()));
        Evaluation evaluation = Evaluation.of(questionnaire, SCOP, answers(choice("a", "no"), choice("b", "no")));
        // a is worked out first: while it is, b reads answer.a as null, so b applies and is "no"; then a does not
        assertThat(evaluation.applies("b")).isTrue();
        assertThat(evaluation.value("b")).isEqualTo("no");
        assertThat(evaluation.applies("a")).isFalse();
        assertThat(evaluation.value("c1")).isNull();
        assertThat(evaluation.value("c2")).isNull();
        assertThat(evaluation.value("self")).isEqualTo(1.0);
    }

    @Test
    void unknownQuestionIdDoesNotApplyAndReadsAsNull() {
        Evaluation evaluation = Evaluation.of(questionnaire(theme("t", q("a", YESNO).build())), SCOP, Map.of());
        assertThat(evaluation.applies("ghost")).isFalse();
        assertThat(evaluation.value("ghost")).isNull();
        assertThat(evaluation.context().answer("ghost")).isNull();
        assertThat(evaluation.context().org("nonsense")).isNull();
    }
}
