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
            return score.score() == null || previousScore == null ? null : score.score() - previousScore;
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
    private final Organisation organisation;

    public ResultsViewModel(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers,
                            Optional<AssessmentScore> previous) {
        this.questionnaire = questionnaire;
        this.score = Scorer.score(questionnaire, organisation, answers);
        this.previous = previous.orElse(null);
        this.organisation = organisation;
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
        return rowsOf(Highlights.strengths(score.themes()));
    }

    /** The areas to work on ({@link Highlights}), the weakest first. */
    public List<ThemeRow> weaknesses() {
        return rowsOf(Highlights.weaknesses(score.themes()));
    }

    private List<ThemeRow> rowsOf(List<ThemeScore> picked) {
        List<ThemeRow> rows = themes();
        return picked.stream().map(t -> rows.stream().filter(r -> r.score().themeId().equals(t.themeId()))
                .findFirst().orElseThrow()).toList();
    }

    public List<ExplanationRow> explanation(String themeId) {
        ThemeScore theme = score.theme(themeId).orElseThrow();
        return theme.questions().stream()
                .map(q -> new ExplanationRow(questionnaire.question(q.questionId()).orElseThrow(), q)).toList();
    }

    public List<RecommendationRow> recommendations() {
        return score.recommendations().stream().map(r -> new RecommendationRow(
                questionnaire.question(r.questionId()).orElseThrow(),
                questionnaire.theme(r.themeId()).orElseThrow(), r)).toList();
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }
}
