package fr.caprse.domain.scoring;

import static fr.caprse.domain.scoring.Fixtures.expr;
import static fr.caprse.testing.Gens.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import fr.caprse.testing.Gens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the scoring function over random questionnaires (every question type, weights including
 * 0, N/A allowed or not, conditions on the organisation) and random answers (fitting, not fitting, N/A,
 * comment only, missing). Conditions here read only the organisation, so changing one answer changes no
 * other question's applicability.
 */
class ScorerProperties {

    private static final Expression NEVER = expr("false", c -> false);

    record Case(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers) {
        AssessmentScore score() {
            return Scorer.score(questionnaire, organisation, answers);
        }

        AssessmentScore scoreWith(Map<String, Answer> otherAnswers) {
            return Scorer.score(questionnaire, organisation, otherAnswers);
        }
    }

    @Test
    void scoresStayWithinTheirRanges() {
        qt().withExamples(250).forAll(cases()).checkAssert(ScorerProperties::staysWithinRanges);
    }

    private static void staysWithinRanges(Case c) {
        AssessmentScore score = c.score();
        if (score.overall() != null) {
            assertThat(score.overall()).isBetween(0.0, 100.0);
            assertThat(score.level()).isEqualTo(MaturityLevels.of(score.overall()));
        }
        if (score.completion() != null) {
            assertThat(score.completion()).isBetween(0.0, 1.0);
        }
        for (ThemeScore theme : score.themes()) {
            if (theme.score() != null) {
                assertThat(theme.score()).isBetween(0.0, 100.0);
            }
            assertThat(theme.answered()).isBetween(0, theme.applicable());
            for (QuestionScore question : theme.questions()) {
                assertThat(question.s()).isBetween(0.0, 1.0);
                assertThat(question.share()).isBetween(0.0, 1.0);
            }
        }
        for (Recommendation recommendation : score.recommendations()) {
            assertThat(recommendation.s()).isLessThan(Scorer.RECOMMENDATION_THRESHOLD);
        }
    }

    /** Bit for bit: records compare doubles with Double.compare. */
    @Test
    void theOrderOfTheAnswersMapChangesNotABit() {
        qt().withExamples(250).forAll(cases(), Gens.randoms()).checkAssert((c, random) -> {
            List<Map.Entry<String, Answer>> entries = new ArrayList<>(c.answers().entrySet());
            Collections.shuffle(entries, random);
            Map<String, Answer> shuffled = new LinkedHashMap<>();
            entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
            assertThat(c.scoreWith(shuffled)).isEqualTo(c.score());
        });
    }

    /**
     * For every applicable scored question that allows N/A: the theme score with that question answered
     * N/A is at least the theme score with it left unanswered (s = 0, the lowest it can score), or the
     * theme is no longer scored.
     */
    @Test
    void notApplicableAnswerNeverLowersTheThemeBelowTheZeroAnswer() {
        qt().withExamples(250).forAll(cases()).checkAssert(ScorerProperties::naNeverBelowZero);
    }

    private static void naNeverBelowZero(Case c) {
        AssessmentScore base = c.score();
        for (Theme theme : c.questionnaire().themes()) {
            for (Question question : theme.questions()) {
                QuestionScore part = base.question(question.id()).orElseThrow();
                boolean candidate = question.na() && part.applicable() && question.isScored(c.questionnaire().scale());
                if (!candidate) {
                    continue;
                }
                Map<String, Answer> unanswered = new LinkedHashMap<>(c.answers());
                unanswered.remove(question.id());
                Map<String, Answer> na = new LinkedHashMap<>(c.answers());
                na.put(question.id(), Answer.notApplicable(question.id()));
                Double zero = c.scoreWith(unanswered).theme(theme.id()).orElseThrow().score();
                Double withNa = c.scoreWith(na).theme(theme.id()).orElseThrow().score();
                if (withNa != null) {
                    assertThat(withNa).as(question.id()).isGreaterThanOrEqualTo(zero);
                }
            }
        }
    }

    /**
     * For every applicable scored question: making it not apply (its condition false) gives a theme score
     * at least that of leaving it unanswered, or the theme is no longer scored.
     */
    @Test
    void questionThatDoesNotApplyNeverLowersTheThemeBelowTheZeroAnswer() {
        qt().withExamples(250).forAll(cases()).checkAssert(ScorerProperties::notApplyingNeverBelowZero);
    }

    private static void notApplyingNeverBelowZero(Case c) {
        AssessmentScore base = c.score();
        for (Theme theme : c.questionnaire().themes()) {
            for (Question question : theme.questions()) {
                if (!base.question(question.id()).orElseThrow().applicable()
                        || !question.isScored(c.questionnaire().scale())) {
                    continue;
                }
                Map<String, Answer> unanswered = new LinkedHashMap<>(c.answers());
                unanswered.remove(question.id());
                Double zero = c.scoreWith(unanswered).theme(theme.id()).orElseThrow().score();
                Questionnaire hidden = replace(c.questionnaire(), withCondition(question, NEVER));
                Double withoutIt = Scorer.score(hidden, c.organisation(), c.answers()).theme(theme.id()).orElseThrow()
                        .score();
                if (withoutIt != null) {
                    assertThat(withoutIt).as(question.id()).isGreaterThanOrEqualTo(zero);
                }
            }
        }
    }

    /**
     * For every applicable scored question and every pair of its possible answers (and no answer):
     * the answer with the higher s never gives a lower theme score.
     */
    @Test
    void raisingOneAnswerNeverLowersItsThemeScore() {
        qt().withExamples(250).forAll(cases()).checkAssert(ScorerProperties::raisingNeverLowers);
    }

    private static void raisingNeverLowers(Case c) {
        AssessmentScore base = c.score();
        for (Theme theme : c.questionnaire().themes()) {
            for (Question question : theme.questions()) {
                QuestionScore part = base.question(question.id()).orElseThrow();
                if (!part.applicable() || !question.isScored(c.questionnaire().scale())) {
                    continue;
                }
                List<double[]> sAndTheme = new ArrayList<>(); // {s, theme score}
                List<Answer> alternatives = new ArrayList<>(possibleAnswers(question));
                alternatives.add(null);
                for (Answer alternative : alternatives) {
                    Map<String, Answer> answers = new LinkedHashMap<>(c.answers());
                    if (alternative == null) {
                        answers.remove(question.id());
                    } else {
                        answers.put(question.id(), alternative);
                    }
                    AssessmentScore score = c.scoreWith(answers);
                    sAndTheme.add(new double[] {score.question(question.id()).orElseThrow().s(),
                            score.theme(theme.id()).orElseThrow().score()});
                }
                for (double[] low : sAndTheme) {
                    for (double[] high : sAndTheme) {
                        if (low[0] <= high[0]) {
                            assertThat(high[1]).as("%s: s %s then %s", question.id(), low[0], high[0])
                                    .isGreaterThanOrEqualTo(low[1]);
                        }
                    }
                }
            }
        }
    }

    /**
     * A theme whose questions are all excluded (text, weight 0, answered N/A, not applicable) is not
     * scored, and adding it anywhere leaves the overall score bit-identical.
     */
    @Test
    void themeWithoutIncludedQuestionsIsNotScoredAndDoesNotMoveTheOverall() {
        qt().withExamples(250).forAll(cases(), themeWeights(), Gens.randoms())
                .checkAssert(ScorerProperties::emptyThemeMovesNothing);
    }

    private static void emptyThemeMovesNothing(Case c, double weight, Random random) {
        Theme empty = new Theme("zz-empty", Text.EMPTY, Text.EMPTY, weight, List.of(), List.of(
                Fixtures.q("zz-text", QuestionType.TEXT).build(),
                Fixtures.q("zz-w0", QuestionType.MATURITY).weight(0).build(),
                Fixtures.q("zz-na", QuestionType.YESNO).na().build(),
                Fixtures.q("zz-hidden", QuestionType.MATURITY).appliesWhen(NEVER).build()));
        List<Theme> themes = new ArrayList<>(c.questionnaire().themes());
        themes.add(random.nextInt(themes.size() + 1), empty);
        Questionnaire bigger = withThemes(c.questionnaire(), themes);
        Map<String, Answer> answers = new LinkedHashMap<>(c.answers());
        answers.put("zz-na", Answer.notApplicable("zz-na"));
        answers.put("zz-w0", Fixtures.level("zz-w0", 4));
        AssessmentScore score = Scorer.score(bigger, c.organisation(), answers);
        assertThat(score.theme("zz-empty").orElseThrow().score()).isNull();
        assertThat(score.overall()).isEqualTo(c.score().overall());
    }

    // ---------------------------------------------------------------- generators

    static Gen<Double> themeWeights() {
        return Generate.oneOf(Gens.of(0.0, 1.0, 2.0, 3.0), doubles().between(0, 10));
    }

    static Gen<Case> cases() {
        Gen<List<List<Function<String, Question>>>> shape = Gens.listOf(Gens.listOf(question(), 0, 6), 1, 4);
        return shape.zip(Gens.listOf(themeWeights(), 4, 4), organisation(), (themes, weights, org) -> {
            List<Theme> built = new ArrayList<>();
            int n = 0;
            for (int t = 0; t < themes.size(); t++) {
                List<Question> questions = new ArrayList<>();
                for (Function<String, Question> make : themes.get(t)) {
                    questions.add(make.apply("q" + n++));
                }
                built.add(new Theme("t" + t, Text.EMPTY, Text.EMPTY, weights.get(t), List.of(), questions));
            }
            return new Case(Fixtures.questionnaire(built.toArray(Theme[]::new)), org, Map.of());
        }).flatMap(unanswered -> {
            List<Gen<Optional<Answer>>> answerGens = new ArrayList<>();
            for (Question question : unanswered.questionnaire().questions()) {
                answerGens.add(answer(question));
            }
            return Gens.sequence(answerGens).map(list -> {
                Map<String, Answer> answers = new LinkedHashMap<>();
                list.forEach(a -> a.ifPresent(answer -> answers.put(answer.questionId(), answer)));
                return new Case(unanswered.questionnaire(), unanswered.organisation(), answers);
            });
        });
    }

    private static Gen<Organisation> organisation() {
        return integers().between(0, 300)
                .map(employees -> new Organisation("Org", null, null, null, employees, null, null, null));
    }

    /** The parts of a generated question, before its id is known. */
    private record Shape(QuestionType type, double weight, boolean na, int condition, List<Double> optionPoints,
                         double maxPoints, Bands bands) {
    }

    private static Gen<Function<String, Question>> question() {
        Gen<QuestionType> type = Generate.enumValues(QuestionType.class);
        Gen<Double> weight = Generate.oneOf(Gens.of(0.0, 0.5, 1.0, 2.0, 3.0), doubles().between(0, 10));
        Gen<Boolean> na = Gens.of(true, false);
        Gen<Integer> condition = integers().between(0, 3);
        Gen<List<Double>> points = Gens.listOf(Generate.oneOf(Gens.of(0.0, 1.0, 2.0, 3.0), doubles().between(0, 5)), 1, 4);
        Gen<Double> maxPoints = Generate.oneOf(Generate.constant(-1.0), doubles().between(0.5, 10));
        Gen<Bands> bands = Gens.orNull(Generate.enumValues(Bands.Kind.class).zip(
                Gens.listOf(integers().between(0, 100), 1, 3).map(b -> b.stream().distinct().toList()), points,
                (kind, bounds, bandPoints) -> {
                    List<Bands.Band> list = new ArrayList<>();
                    for (int i = 0; i < bounds.size(); i++) {
                        list.add(new Bands.Band(bounds.get(i), bandPoints.get(i % bandPoints.size())));
                    }
                    return new Bands(kind, list);
                }), 30);
        Gen<Shape> shape = type.zip(weight, na, condition, (t, w, allowsNa, cond) -> new Shape(t, w, allowsNa, cond,
                null, 0, null)).zip(points, maxPoints, bands, (s, optionPoints, max, band) -> new Shape(s.type(),
                s.weight(), s.na(), s.condition(), optionPoints, max, band));
        return shape.map(s -> id -> build(id, s));
    }

    private static Question build(String id, Shape s) {
        QuestionType t = s.type();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < s.optionPoints().size(); i++) {
            options.add(new Option("o" + i, Text.EMPTY, s.optionPoints().get(i)));
        }
        Expression appliesWhen = switch (s.condition()) {
            case 0 -> null;
            case 1 -> expr("org.employees >= 50", c -> c.org("employees") instanceof Double e && e >= 50);
            case 2 -> expr("org.employees < 50", c -> c.org("employees") instanceof Double e && e < 50);
            default -> expr("true", c -> true);
        };
        Expression formula = t == QuestionType.COMPUTED ? expr("org.employees * 2",
                c -> c.org("employees") instanceof Double e ? e * 2 : null) : null;
        return new Question(id, t, Text.EMPTY, Text.EMPTY, s.weight(), s.na(), false, appliesWhen,
                t == QuestionType.SINGLE || t == QuestionType.MULTIPLE ? options : List.of(),
                t == QuestionType.MULTIPLE && s.maxPoints() > 0 ? s.maxPoints() : null, null, null, null,
                t.isNumeric() ? s.bands() : null, formula, List.of(), Text.of("Agir", "Act"), List.of());
    }

    /** Any answer: none, comment only, N/A (allowed or not), a fitting value, or one that does not fit. */
    private static Gen<Optional<Answer>> answer(Question question) {
        String id = question.id();
        Gen<Optional<Answer>> none = Generate.constant(Optional.empty());
        if (question.type() == QuestionType.COMPUTED) {
            return none;
        }
        List<Answer> fitting = possibleAnswers(question);
        Gen<Optional<Answer>> value = fitting.isEmpty() ? none : Generate.pick(fitting).map(Optional::of);
        Gen<Optional<Answer>> na = Generate.constant(Optional.of(Answer.notApplicable(id)));
        Gen<Optional<Answer>> commentOnly = Generate.constant(
                Optional.of(new Answer(id, null, false, "à voir", null, null, null, false)));
        Gen<Optional<Answer>> misfit = Generate.constant(Optional.of(Answer.of(id, switch (question.type()) {
            case MATURITY -> new AnswerValue.LevelValue(9);
            case SINGLE, YESNO, MULTIPLE -> new AnswerValue.Choice("unknown");
            case NUMBER, PERCENT -> new AnswerValue.NumberValue(new BigDecimal("1000")); // above 100 for a percent
            default -> new AnswerValue.LevelValue(1);
        })));
        return Gens.frequency(weight(3, none), weight(8, value), weight(2, na), weight(1, commentOnly), weight(1, misfit));
    }

    /** A spread of answers that fit {@code question}, from the lowest to the highest it can score. */
    static List<Answer> possibleAnswers(Question question) {
        String id = question.id();
        List<Answer> answers = new ArrayList<>();
        switch (question.type()) {
            case MATURITY -> {
                for (int level = 0; level <= Fixtures.SCALE.highest(); level++) {
                    answers.add(Fixtures.level(id, level));
                }
            }
            case SINGLE, YESNO -> question.options().forEach(o -> answers.add(Fixtures.choice(id, o.id())));
            case MULTIPLE -> {
                answers.add(Fixtures.choices(id));
                question.options().forEach(o -> answers.add(Fixtures.choices(id, o.id())));
                answers.add(Fixtures.choices(id, question.options().stream().map(Option::id).toArray(String[]::new)));
                if (question.options().size() > 2) {
                    answers.add(Fixtures.choices(id, question.options().get(0).id(), question.options().get(2).id()));
                }
            }
            case NUMBER, PERCENT -> {
                for (String n : List.of("0", "0.5", "12", "33.3", "50", "75", "99.99", "100")) {
                    answers.add(Fixtures.number(id, n));
                }
                if (question.type() == QuestionType.NUMBER) {
                    answers.add(Fixtures.number(id, "-4"));
                    answers.add(Fixtures.number(id, "2500"));
                }
            }
            case TEXT -> answers.add(Fixtures.text(id, "Une démarche écrite."));
            case COMPUTED -> {
            }
        }
        return answers;
    }

    private static Question withCondition(Question q, Expression appliesWhen) {
        return new Question(q.id(), q.type(), q.text(), q.help(), q.weight(), q.na(), q.required(), appliesWhen,
                q.options(), q.maxPoints(), q.unit(), q.min(), q.max(), q.bands(), q.formula(), q.references(),
                q.recommendation(), q.levels());
    }

    private static Questionnaire replace(Questionnaire questionnaire, Question replacement) {
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : questionnaire.themes()) {
            List<Question> questions = theme.questions().stream()
                    .map(q -> q.id().equals(replacement.id()) ? replacement : q).toList();
            themes.add(new Theme(theme.id(), theme.title(), theme.description(), theme.weight(), theme.references(),
                    questions));
        }
        return withThemes(questionnaire, themes);
    }

    private static Questionnaire withThemes(Questionnaire q, List<Theme> themes) {
        return new Questionnaire(q.id(), q.version(), q.languages(), q.title(), q.description(), q.scale(), themes,
                q.contentHash());
    }
}
