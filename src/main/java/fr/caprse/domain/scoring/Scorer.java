package fr.caprse.domain.scoring;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The scoring function of the scoring contract (docs/scoring.md): pure and deterministic. Everything is
 * summed in questionnaire order, so two computations over the same answers are bit-identical whatever the
 * order of the answers map.
 *
 * <ul>
 *   <li>A question's score s ∈ [0, 1]: level / highest level (maturity); option points / highest option
 *   points (single, yesno); min(Σ chosen points, max_points) / max_points (multiple); band points /
 *   highest band points (number, percent with bands). An applicable scored question left unanswered
 *   (or answered with a value that does not fit it, see {@link Evaluation}) has s = 0.</li>
 *   <li>Excluded from its theme, for the first reason that holds, in this order: weight 0, not scored,
 *   nothing to earn, does not apply, answered N/A.</li>
 *   <li>Theme score = (100 × Σ w·s) / Σ w over the included questions; no included question (Σ w = 0):
 *   not scored (null).</li>
 *   <li>Overall = Σ(W·T) / Σ W over the scored themes; null when no theme with a weight above 0 is
 *   scored.</li>
 *   <li>Scores are kept unrounded. Only the last bit of a double can push a quotient past 100
 *   (100.00000000000001 for a perfect theme); such a result is brought back to 100.</li>
 *   <li>Completion = answered / applicable over every applicable question a person answers (computed
 *   questions never count; N/A counts as answered); null when none applies.</li>
 *   <li>Recommendations: included questions with s &lt; 0.75 that carry a recommendation text, most weight
 *   lost (w·(1−s)) first, ties in questionnaire order.</li>
 * </ul>
 */
public final class Scorer {

    /** Below this s, a question's recommendation is suggested. */
    public static final double RECOMMENDATION_THRESHOLD = 0.75;

    private Scorer() {
    }

    /** Scores the answers of {@code organisation} to {@code questionnaire}. */
    public static AssessmentScore score(Questionnaire questionnaire, Organisation organisation,
                                        Map<String, Answer> answers) {
        return score(Evaluation.of(questionnaire, organisation, answers));
    }

    /** Scores an evaluation already made (the app keeps one to hide questions and show computed values). */
    public static AssessmentScore score(Evaluation evaluation) {
        Questionnaire questionnaire = evaluation.questionnaire();
        List<ThemeScore> themes = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        int answeredTotal = 0;
        int applicableTotal = 0;
        double weightedThemes = 0;
        double themeWeights = 0;
        for (Theme theme : questionnaire.themes()) {
            ThemeScore themeScore = scoreTheme(questionnaire, theme, evaluation, recommendations);
            themes.add(themeScore);
            answeredTotal += themeScore.answered();
            applicableTotal += themeScore.applicable();
            if (themeScore.isScored()) {
                weightedThemes += theme.weight() * themeScore.score();
                themeWeights += theme.weight();
            }
        }
        Double overall = themeWeights > 0 ? atMost100(weightedThemes / themeWeights) : null;
        Integer level = overall == null ? null : questionnaire.scale().results().of(overall);
        Double completion = applicableTotal > 0 ? (double) answeredTotal / applicableTotal : null;
        recommendations.sort(Comparator.comparingDouble(Recommendation::lost).reversed());
        return new AssessmentScore(overall, level, completion, themes, recommendations);
    }

    private static ThemeScore scoreTheme(Questionnaire questionnaire, Theme theme, Evaluation evaluation,
                                         List<Recommendation> recommendations) {
        int answeredCount = 0;
        int applicableCount = 0;
        double weightSum = 0;
        double weightedSum = 0;
        List<Question> included = new ArrayList<>();
        List<Double> sValues = new ArrayList<>();
        List<QuestionScore> parts = new ArrayList<>();
        for (Question question : theme.questions()) {
            String id = question.id();
            boolean applicable = evaluation.applies(id);
            boolean answered = evaluation.isAnswered(id);
            if (applicable && question.type().isAnswered()) {
                applicableCount++;
                if (answered) {
                    answeredCount++;
                }
            }
            Exclusion exclusion = exclusion(questionnaire, question, evaluation);
            if (exclusion == null) {
                double s = s(questionnaire, question, evaluation.value(id));
                weightSum += question.weight();
                weightedSum += question.weight() * s;
                included.add(question);
                sValues.add(s);
            }
            parts.add(new QuestionScore(id, theme.id(), applicable, answered, exclusion, question.weight(), 0, 0));
        }
        // second pass: shares need the theme's Σ w
        List<QuestionScore> questions = new ArrayList<>(parts.size());
        int next = 0;
        for (QuestionScore part : parts) {
            if (part.included()) {
                Question question = included.get(next);
                double s = sValues.get(next++);
                questions.add(new QuestionScore(part.questionId(), part.themeId(), part.applicable(), part.answered(),
                        null, part.weight(), s, part.weight() / weightSum));
                if (s < RECOMMENDATION_THRESHOLD && !question.recommendation().isEmpty()) {
                    recommendations.add(new Recommendation(question.id(), theme.id(), question.weight(), s,
                            question.weight() * (1 - s)));
                }
            } else {
                questions.add(part);
            }
        }
        Double score = weightSum > 0 ? atMost100(100 * weightedSum / weightSum) : null;
        Integer level = score == null ? null : questionnaire.scale().results().of(score);
        return new ThemeScore(theme.id(), score, level, answeredCount, applicableCount, weightSum, weightedSum,
                questions);
    }

    /** Why {@code question} does not count in its theme, or null when it does. */
    static Exclusion exclusion(Questionnaire questionnaire, Question question, Evaluation evaluation) {
        if (question.weight() == 0) {
            return Exclusion.WEIGHT_ZERO;
        }
        if (!question.hasScoringRule()) {
            return Exclusion.NOT_SCORED;
        }
        if (!(question.highestPoints(questionnaire.scale()) > 0)) {
            return Exclusion.NOTHING_TO_EARN;
        }
        if (!evaluation.applies(question.id())) {
            return Exclusion.NOT_APPLICABLE;
        }
        if (evaluation.isAnsweredNotApplicable(question.id())) {
            return Exclusion.ANSWERED_NA;
        }
        return null;
    }

    /**
     * The score s ∈ [0, 1] of a scored question whose expression value is {@code value} (see
     * {@link Evaluation#value}); 0 when unanswered.
     */
    static double s(Questionnaire questionnaire, Question question, Object value) {
        if (value == null) {
            return 0;
        }
        double highest = question.highestPoints(questionnaire.scale());
        double points = switch (question.type()) {
            case MATURITY -> (Double) value;
            case SINGLE, YESNO -> question.option((String) value).map(Option::points).orElse(0.0);
            case MULTIPLE -> {
                double sum = 0;
                for (Object optionId : (List<?>) value) {
                    sum += question.option((String) optionId).map(Option::points).orElse(0.0);
                }
                yield Math.min(sum, highest);
            }
            case NUMBER, PERCENT -> question.bands().pointsFor((Double) value);
            case TEXT, COMPUTED -> throw new IllegalArgumentException("question " + question.id() + " is not scored");
        };
        return Math.min(1, points / highest);
    }

    private static double atMost100(double score) {
        return Math.min(100, score);
    }
}
