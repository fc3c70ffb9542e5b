package fr.caprse.ui.results;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.Highlights;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.QuestionScore;
import fr.caprse.domain.scoring.Recommendation;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.domain.scoring.ThemeScore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the results page shows, computed from the scoring engine: overall score and level, completion,
 * one row per theme (with the previous assessment's score when there is one), strengths and
 * weaknesses, the explanation of any theme's score, and the recommendations.
 */
public final class ResultsViewModel {

    /** One theme on the results page. */
    public record ThemeRow(Theme theme, ThemeScore score, Double previousScore) {
        public Double delta() {
            return !assessed() || previousScore == null ? null : score.score() - previousScore;
        }

        /**
         * True once at least one of its applicable questions is answered. A theme nobody has started is
         * "not assessed yet" on screen, never level 0, although the score counts it at 0 as the
         * scoring rules say.
         */
        public boolean assessed() {
            return score.score() != null && score.answered() > 0;
        }
    }

    /** One line of a theme's explanation. */
    public record ExplanationRow(Question question, QuestionScore score) {
    }

    /** A recommendation with its question. */
    public record RecommendationRow(Question question, Theme theme, Recommendation recommendation) {
    }

    private final Questionnaire questionnaire;
    private final AssessmentScore score;
    private final AssessmentScore previous;
    private final Map<String, Answer> answers;
    private final Organisation organisation;

    public ResultsViewModel(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers,
                            Optional<AssessmentScore> previous) {
        this.questionnaire = questionnaire;
        this.score = Scorer.score(questionnaire, organisation, answers);
        this.previous = previous.orElse(null);
        this.answers = Map.copyOf(answers);
        this.organisation = organisation;
    }

    /** Themes with applicable questions that nobody has answered yet. */
    public List<ThemeRow> notAssessed() {
        return themes().stream().filter(r -> r.score().score() != null && !r.assessed()).toList();
    }

    /** "You against organisations like yours", when a benchmark pack of this questionnaire was imported. */
    public Optional<fr.caprse.domain.benchmark.BenchmarkComparison> comparison() {
        return fr.caprse.application.observatory.BenchmarkPackStore.forDataFolder(fr.caprse.platform.AppDirs.dataDir())
                .compare(questionnaire, organisation, score);
    }

    public AssessmentScore score() {
        return score;
    }

    public Optional<AssessmentScore> previous() {
        return Optional.ofNullable(previous);
    }

    public List<ThemeRow> themes() {
        return questionnaire.themes().stream().map(theme -> new ThemeRow(theme,
                score.theme(theme.id()).orElseThrow(),
                previous == null ? null : previous.theme(theme.id()).map(ThemeScore::score).orElse(null))).toList();
    }

    /** The strengths ({@link Highlights}), the best first. */
    public List<ThemeRow> strengths() {
        return rowsOf(Highlights.strengths(assessedThemes()));
    }

    /** The areas to work on ({@link Highlights}), the weakest first. */
    public List<ThemeRow> weaknesses() {
        return rowsOf(Highlights.weaknesses(assessedThemes()));
    }

    private List<ThemeRow> rowsOf(List<ThemeScore> picked) {
        List<ThemeRow> rows = themes();
        return picked.stream().map(t -> rows.stream().filter(r -> r.score().themeId().equals(t.themeId()))
                .findFirst().orElseThrow()).toList();
    }

    /** Themes with at least one answer: a theme nobody has started is neither a strength nor a weakness. */
    private List<ThemeScore> assessedThemes() {
        return score.themes().stream().filter(t -> t.score() != null && t.answered() > 0).toList();
    }

    public List<ExplanationRow> explanation(String themeId) {
        ThemeScore theme = score.theme(themeId).orElseThrow();
        return theme.questions().stream()
                .map(q -> new ExplanationRow(questionnaire.question(q.questionId()).orElseThrow(), q)).toList();
    }

    /**
     * The recommendations, answered weaknesses first (what the organisation said it does not do yet),
     * each group in the scoring engine's order (what it would bring); questions not answered yet come
     * after them.
     */
    public List<RecommendationRow> recommendations() {
        List<RecommendationRow> rows = score.recommendations().stream().map(r -> new RecommendationRow(
                questionnaire.question(r.questionId()).orElseThrow(),
                questionnaire.theme(r.themeId()).orElseThrow(), r)).toList();
        List<RecommendationRow> answered = rows.stream().filter(r -> isAnswered(r.question().id())).toList();
        List<RecommendationRow> open = rows.stream().filter(r -> !isAnswered(r.question().id())).toList();
        return java.util.stream.Stream.concat(answered.stream(), open.stream()).toList();
    }

    /** True when the question has an answer (not just a comment). */
    public boolean isAnswered(String questionId) {
        Answer answer = answers.get(questionId);
        return answer != null && answer.isAnswered();
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }
}
