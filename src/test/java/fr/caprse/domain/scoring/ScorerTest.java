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
import static fr.caprse.domain.scoring.Fixtures.atLeast;
import static fr.caprse.domain.scoring.Fixtures.atMost;
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

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Organisation ORG = Organisation.named("Atelier du Val");

    /** One theme with a single question: the theme score is 100 × s. */
    private static double sOf(Question question, Answer answer) {
        Questionnaire questionnaire = questionnaire(theme("t", question));
        AssessmentScore score = Scorer.score(questionnaire, ORG, answer == null ? Map.of() : answers(answer));
        return score.question(question.id()).orElseThrow().s();
    }

    private static AssessmentScore score(Questionnaire questionnaire, Answer... answers) {
        return Scorer.score(questionnaire, ORG, answers(answers));
    }

    @Nested
    class QuestionScoreByType {

        @Test
        void maturityIsLevelOverHighestLevel() {
            Question question = q("m", MATURITY).build();
            assertThat(sOf(question, level("m", 0))).isEqualTo(0.0);
            assertThat(sOf(question, level("m", 3))).isEqualTo(0.75);
            assertThat(sOf(question, level("m", 4))).isEqualTo(1.0);
        }

        @Test
        void singleIsChosenPointsOverHighestPoints() {
            Question question = q("s", SINGLE).options(option("a", 0), option("b", 2), option("c", 5)).build();
            assertThat(sOf(question, choice("s", "b"))).isEqualTo(0.4);
            assertThat(sOf(question, choice("s", "c"))).isEqualTo(1.0);
            assertThat(sOf(question, choice("s", "a"))).isEqualTo(0.0);
        }

        @Test
        void yesEarnsEverythingAndNoNothing() {
            Question question = q("y", YESNO).build();
            assertThat(sOf(question, choice("y", "yes"))).isEqualTo(1.0);
            assertThat(sOf(question, choice("y", "no"))).isEqualTo(0.0);
        }

        @Test
        void multipleSumsChosenPointsCappedByMaxPoints() {
            Question capped = q("m", MULTIPLE).options(option("a", 1), option("b", 2), option("c", 3)).maxPoints(4)
                    .build();
            assertThat(sOf(capped, choices("m", "b", "c"))).isEqualTo(1.0); // min(5, 4) / 4
            assertThat(sOf(capped, choices("m", "a"))).isEqualTo(0.25); // 1 / 4
            assertThat(sOf(capped, choices("m"))).isEqualTo(0.0); // none of these
        }

        @Test
        void multipleWithoutMaxPointsIsOverTheSumOfAllOptions() {
            Question question = q("m", MULTIPLE).options(option("a", 1), option("b", 2), option("c", 3)).build();
            assertThat(sOf(question, choices("m", "b", "c"))).isEqualTo(5.0 / 6);
            assertThat(sOf(question, choices("m", "a", "b", "c"))).isEqualTo(1.0);
        }

        @Test
        void anOptionChosenTwiceCountsOnce() {
            Question question = q("m", MULTIPLE).options(option("a", 1), option("b", 3)).build();
            assertThat(sOf(question, choices("m", "a", "a"))).isEqualTo(0.25);
        }

        @Test
        void atLeastBandsTakeTheLargestBoundNotAboveTheValue() {
            Question question = q("n", NUMBER).bands(atLeast(0, 0, 10, 1, 50, 3)).build();
            assertThat(sOf(question, number("n", "49.9"))).isEqualTo(1.0 / 3);
            assertThat(sOf(question, number("n", "50"))).isEqualTo(1.0);
            assertThat(sOf(question, number("n", "10"))).isEqualTo(1.0 / 3);
            assertThat(sOf(question, number("n", "-1"))).as("no band matches").isEqualTo(0.0);
        }

        @Test
        void atMostBandsTakeTheSmallestBoundNotBelowTheValue() {
            Question question = q("p", PERCENT).bands(atMost(20, 4, 50, 2, 80, 1)).build();
            assertThat(sOf(question, number("p", "20"))).isEqualTo(1.0);
            assertThat(sOf(question, number("p", "35.5"))).isEqualTo(0.5);
            assertThat(sOf(question, number("p", "80"))).isEqualTo(0.25);
            assertThat(sOf(question, number("p", "80.1"))).as("no band matches").isEqualTo(0.0);
        }

        @Test
        void unansweredApplicableScoredQuestionCountsZero() {
            Questionnaire questionnaire = questionnaire(theme("t", q("a", MATURITY).build(), q("b", MATURITY).build()));
            AssessmentScore score = score(questionnaire, level("a", 4));
            assertThat(score.theme("t").orElseThrow().score()).isEqualTo(50.0);
            QuestionScore b = score.question("b").orElseThrow();
            assertThat(b.included()).isTrue();
            assertThat(b.answered()).isFalse();
            assertThat(b.s()).isZero();
        }

        @Test
        void aCommentAloneIsNotAnAnswer() {
            Questionnaire questionnaire = questionnaire(theme("t", q("a", MATURITY).build()));
            AssessmentScore score = score(questionnaire, new Answer("a", null, false, "we are working on it", null,
                    null, null, false));
            assertThat(score.completion()).isZero();
            assertThat(score.theme("t").orElseThrow().score()).isZero();
        }
    }

    @Nested
    class Exclusions {

        @Test
        void weightZeroIsExcludedButStillCountsInCompletion() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", MATURITY).build(), q("z", MATURITY).weight(0).build()));
            AssessmentScore score = score(questionnaire, level("a", 2), level("z", 0));
            ThemeScore theme = score.theme("t").orElseThrow();
            assertThat(theme.score()).isEqualTo(50.0);
            assertThat(score.question("z").orElseThrow().exclusion()).isEqualTo(Exclusion.WEIGHT_ZERO);
            assertThat(theme.answered()).isEqualTo(2);
            assertThat(theme.applicable()).isEqualTo(2);
        }

        @Test
        void typesWithoutScoringRuleAreNotScored() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", YESNO).build(),
                    q("n", NUMBER).build(),
                    q("x", TEXT).build(),
                    q("c", COMPUTED).formula(expr("1 + 1", c -> 2.0)).build()));
            AssessmentScore score = score(questionnaire, choice("a", "yes"), number("n", "12"), text("x", "..."));
            assertThat(score.theme("t").orElseThrow().score()).isEqualTo(100.0);
            for (String id : List.of("n", "x", "c")) {
                assertThat(score.question(id).orElseThrow().exclusion()).as(id).isEqualTo(Exclusion.NOT_SCORED);
            }
        }

        @Test
        void computedQuestionsCountNeitherInCompletionNorInTheTheme() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", YESNO).build(), q("n", NUMBER).build(),
                    q("c", COMPUTED).formula(expr("answer.n * 2", c -> 2.0, "n")).build()));
            AssessmentScore score = score(questionnaire, choice("a", "no"));
            ThemeScore theme = score.theme("t").orElseThrow();
            assertThat(theme.applicable()).isEqualTo(2);
            assertThat(theme.answered()).isEqualTo(1);
            assertThat(score.completion()).isEqualTo(0.5);
        }

        @Test
        void questionWithNothingToEarnIsExcluded() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", YESNO).build(),
                    q("zero", SINGLE).options(option("x", 0), option("y", 0)).build()));
            AssessmentScore score = score(questionnaire, choice("a", "yes"));
            assertThat(score.question("zero").orElseThrow().exclusion()).isEqualTo(Exclusion.NOTHING_TO_EARN);
            assertThat(score.theme("t").orElseThrow().score()).isEqualTo(100.0);
        }

        @Test
        void questionThatDoesNotApplyIsExcludedAndItsAnswerIgnored() {
            Organisation micro = new Organisation("Fournil", null, null, OrganisationSize.MICRO, 3, null, null, null);
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", MATURITY).build(),
                    q("cse", MATURITY).appliesWhen(expr("org.employees >= 50",
                            c -> c.org("employees") instanceof Double e && e >= 50)).build()));
            AssessmentScore score = Scorer.score(questionnaire, micro, answers(level("a", 2), level("cse", 0)));
            ThemeScore theme = score.theme("t").orElseThrow();
            assertThat(theme.score()).isEqualTo(50.0);
            QuestionScore cse = score.question("cse").orElseThrow();
            assertThat(cse.exclusion()).isEqualTo(Exclusion.NOT_APPLICABLE);
            assertThat(cse.applicable()).isFalse();
            assertThat(cse.answered()).as("an answer to a question that does not apply is ignored").isFalse();
            assertThat(theme.applicable()).isEqualTo(1);
            assertThat(score.completion()).isEqualTo(1.0);
        }

        @Test
        void notApplicableAnswerIsExcludedAndCountsAsAnswered() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", MATURITY).build(), q("labels", MATURITY).na().build()));
            AssessmentScore score = score(questionnaire, level("a", 1), na("labels"));
            assertThat(score.theme("t").orElseThrow().score()).isEqualTo(25.0);
            assertThat(score.question("labels").orElseThrow().exclusion()).isEqualTo(Exclusion.ANSWERED_NA);
            assertThat(score.completion()).isEqualTo(1.0);
        }

        @Test
        void notApplicableAnswerWhereTheQuestionnaireDoesNotAllowItIsUnanswered() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", MATURITY).build(), q("strict", MATURITY).build()));
            AssessmentScore score = score(questionnaire, level("a", 4), na("strict"));
            assertThat(score.theme("t").orElseThrow().score()).isEqualTo(50.0);
            assertThat(score.question("strict").orElseThrow().included()).isTrue();
            assertThat(score.completion()).isEqualTo(0.5);
        }

        @Test
        void firstReasonWinsWhenSeveralHold() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", YESNO).build(),
                    q("w0", TEXT).weight(0).build(),
                    q("hidden", TEXT).appliesWhen(expr("false", c -> false)).build(),
                    q("hiddenNa", MATURITY).na().appliesWhen(expr("false", c -> false)).build()));
            AssessmentScore score = score(questionnaire, na("hiddenNa"));
            assertThat(score.question("w0").orElseThrow().exclusion()).isEqualTo(Exclusion.WEIGHT_ZERO);
            assertThat(score.question("hidden").orElseThrow().exclusion()).isEqualTo(Exclusion.NOT_SCORED);
            assertThat(score.question("hiddenNa").orElseThrow().exclusion()).isEqualTo(Exclusion.NOT_APPLICABLE);
        }

        @Test
        void themeWithoutIncludedQuestionIsNotScoredAndLeftOutOfTheOverall() {
            Questionnaire questionnaire = questionnaire(
                    theme("scored", 1, q("a", MATURITY).build()),
                    theme("open", 5, q("story", TEXT).build(), q("labels", MATURITY).na().build()));
            AssessmentScore score = score(questionnaire, level("a", 3), na("labels"));
            ThemeScore open = score.theme("open").orElseThrow();
            assertThat(open.score()).isNull();
            assertThat(open.level()).isNull();
            assertThat(open.isScored()).isFalse();
            assertThat(score.overall()).isEqualTo(75.0);
        }
    }

    @Nested
    class FitOfAnswers {

        private final Questionnaire questionnaire = questionnaire(theme("t",
                q("m", MATURITY).build(),
                q("s", SINGLE).options(option("a", 1), option("b", 2)).build(),
                q("multi", MULTIPLE).options(option("a", 1), option("b", 2)).build(),
                q("n", NUMBER).range(0.0, 10.0).bands(atLeast(0, 0, 5, 1)).build(),
                q("p", PERCENT).bands(atLeast(0, 0, 50, 1)).build()));

        @Test
        void answersThatDoNotFitTheirQuestionCountAsUnanswered() {
            AssessmentScore score = score(questionnaire,
                    level("m", 7),                                     // beyond the scale's 4
                    choice("s", "c"),                                  // no such option
                    choices("multi", "a", "zz"),                       // one unknown option spoils the answer
                    number("n", "11"),                                 // above max 10
                    number("p", "120"));                               // a percent above 100
            assertThat(score.theme("t").orElseThrow().score()).isZero();
            assertThat(score.theme("t").orElseThrow().answered()).isZero();
            assertThat(score.completion()).isZero();
        }

        @Test
        void valueOfTheWrongKindCountsAsUnanswered() {
            AssessmentScore score = score(questionnaire,
                    Answer.of("m", new AnswerValue.Choice("3")),
                    Answer.of("s", new AnswerValue.LevelValue(1)));
            assertThat(score.theme("t").orElseThrow().answered()).isZero();
        }

        @Test
        void answersToUnknownQuestionsAreIgnored() {
            AssessmentScore score = score(questionnaire, level("ghost", 2), level("m", 4));
            assertThat(score.theme("t").orElseThrow().answered()).isEqualTo(1);
        }
    }

    @Nested
    class ThemesAndOverall {

        @Test
        void themeScoreIsWeightedMeanOfS() {
            // 100 × (2 × 0.75 + 1 × 0 + 1 × 1) / (2 + 1 + 1) = 100 × 2.5 / 4 = 62.5
            Questionnaire questionnaire = questionnaire(theme("gov",
                    q("mission", MATURITY).weight(2).build(),
                    q("board", YESNO).build(),
                    q("report", YESNO).build()));
            AssessmentScore score = score(questionnaire, level("mission", 3), choice("board", "no"),
                    choice("report", "yes"));
            ThemeScore gov = score.theme("gov").orElseThrow();
            assertThat(gov.score()).isEqualTo(62.5);
            assertThat(gov.level()).isEqualTo(3);
            assertThat(gov.weightSum()).isEqualTo(4.0);
            assertThat(gov.weightedSum()).isEqualTo(2.5);
        }

        @Test
        void sharesAreWeightOverThemeWeightSum() {
            Questionnaire questionnaire = questionnaire(theme("gov",
                    q("mission", MATURITY).weight(2).build(), q("board", YESNO).build(), q("report", YESNO).build(),
                    q("note", TEXT).build()));
            AssessmentScore score = score(questionnaire, level("mission", 3));
            assertThat(score.question("mission").orElseThrow().share()).isEqualTo(0.5);
            assertThat(score.question("board").orElseThrow().share()).isEqualTo(0.25);
            assertThat(score.question("mission").orElseThrow().weighted()).isEqualTo(1.5);
            assertThat(score.question("note").orElseThrow().share()).isZero();
            assertThat(score.theme("gov").orElseThrow().questions()).extracting(QuestionScore::questionId)
                    .containsExactly("mission", "board", "report", "note");
        }

        @Test
        void overallIsThemeWeightedMeanOfThemeScores() {
            // themes: a = 100 (weight 1), b = 50 (weight 3): (1 × 100 + 3 × 50) / 4 = 62.5
            Questionnaire questionnaire = questionnaire(
                    theme("a", 1, q("a1", YESNO).build()),
                    theme("b", 3, q("b1", MATURITY).build()));
            AssessmentScore score = score(questionnaire, choice("a1", "yes"), level("b1", 2));
            assertThat(score.overall()).isEqualTo(62.5);
            assertThat(score.level()).isEqualTo(3);
        }

        @Test
        void themeOfWeightZeroIsShownButDoesNotMoveTheOverall() {
            Questionnaire questionnaire = questionnaire(
                    theme("a", 1, q("a1", YESNO).build()),
                    theme("info", 0, q("i1", YESNO).build()));
            AssessmentScore score = score(questionnaire, choice("a1", "yes"), choice("i1", "no"));
            assertThat(score.theme("info").orElseThrow().score()).isZero();
            assertThat(score.overall()).isEqualTo(100.0);
        }

        @Test
        void overallIsNullWhenNoThemeIsScoredAndCompletionWhenNothingApplies() {
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("hidden", MATURITY).appliesWhen(expr("false", c -> false)).build()));
            AssessmentScore score = score(questionnaire);
            assertThat(score.overall()).isNull();
            assertThat(score.level()).isNull();
            assertThat(score.completion()).isNull();
        }

        @Test
        void levelIsTakenFromTheUnroundedScore() {
            // 100 × (8016 × 0.75 + 1984 × 1) / 10000 = 79.96: shown as 80.0, level 3
            Questionnaire questionnaire = questionnaire(theme("t",
                    q("a", MATURITY).weight(8016).build(), q("b", YESNO).weight(1984).build()));
            AssessmentScore score = score(questionnaire, level("a", 3), choice("b", "yes"));
            ThemeScore theme = score.theme("t").orElseThrow();
            assertThat(theme.score()).isEqualTo(79.96);
            assertThat(ScoreRounding.oneDecimal(theme.score())).hasToString("80.0");
            assertThat(theme.level()).isEqualTo(3);
        }

        @Test
        void perfectAnswersScoreExactly100EvenWhenTheLastBitWouldOvershoot() {
            // 100 × 770.5358800791777 / 770.5358800791777 is 100.00000000000001 in doubles
            Questionnaire questionnaire = questionnaire(theme("t", q("a", YESNO).weight(770.5358800791777).build()));
            AssessmentScore score = score(questionnaire, choice("a", "yes"));
            assertThat(score.theme("t").orElseThrow().score()).isEqualTo(100.0);
            assertThat(score.overall()).isEqualTo(100.0);
        }

        @Test
        void completionCountsEveryApplicableQuestionAPersonAnswers() {
            Questionnaire questionnaire = questionnaire(
                    theme("a", q("a1", YESNO).build(), q("a2", TEXT).build(), q("a3", NUMBER).build()),
                    theme("b", q("b1", MATURITY).na().build(), q("b2", MATURITY).build()));
            AssessmentScore score = score(questionnaire, choice("a1", "yes"), text("a2", "Une phrase."), na("b1"));
            assertThat(score.completion()).isEqualTo(3.0 / 5);
            assertThat(score.theme("a").orElseThrow().answered()).isEqualTo(2);
            assertThat(score.theme("a").orElseThrow().applicable()).isEqualTo(3);
        }
    }

    @Nested
    class Recommendations {

        @Test
        void questionsBelowThreeQuartersMostWeightLostFirstTiesInQuestionnaireOrder() {
            Questionnaire questionnaire = questionnaire(
                    theme("gov",
                            q("g1", MATURITY).weight(2).recommendation("Write the mission down").build(), // s 0.5, lost 1
                            q("g2", MATURITY).recommendation("Hold a board").build(),                   // s 0.75: none
                            q("g3", YESNO).recommendation("Publish a report").build()),                 // s 0, lost 1
                    theme("env",
                            q("e1", MATURITY).weight(3).recommendation("Measure energy").build(),       // s 0.25, lost 2.25
                            q("e2", YESNO).build(),                                                     // no text: none
                            q("e3", MATURITY).na().recommendation("Label products").build(),            // N/A: none
                            q("e4", MATURITY).recommendation("Sort waste")
                                    .appliesWhen(expr("false", c -> false)).build()));                  // hidden: none
            AssessmentScore score = score(questionnaire, level("g1", 2), level("g2", 3), choice("g3", "no"),
                    level("e1", 1), choice("e2", "no"), na("e3"));
            assertThat(score.recommendations()).extracting(Recommendation::questionId)
                    .containsExactly("e1", "g1", "g3");
            Recommendation first = score.recommendations().get(0);
            assertThat(first.themeId()).isEqualTo("env");
            assertThat(first.s()).isEqualTo(0.25);
            assertThat(first.lost()).isEqualTo(2.25);
        }
    }
}
