package fr.caprse.domain.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The result of scoring: overall score (null when no theme is scored), its maturity level, completion
 * from 0 to 1 (null when no question applies), each theme's score, and the recommendations.
 */
public record AssessmentScore(Double overall, Integer level, Double completion, List<ThemeScore> themes,
                              List<Recommendation> recommendations) {

    public AssessmentScore {
        themes = List.copyOf(themes);
        recommendations = List.copyOf(recommendations);
    }

    public Optional<ThemeScore> theme(String themeId) {
        return themes.stream().filter(t -> t.themeId().equals(themeId)).findFirst();
    }

    public Optional<QuestionScore> question(String questionId) {
        return themes.stream().flatMap(t -> t.questions().stream())
                .filter(q -> q.questionId().equals(questionId)).findFirst();
    }
}
