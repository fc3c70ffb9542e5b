package fr.caprse.domain.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A theme's score from 0 to 100 (unrounded), or {@code null} when no question of the theme is
 * included ("not scored"). {@code answered}/{@code applicable} count applicable questions that a person
 * answers (computed questions do not count). {@code questions} lists every question of the theme, in
 * questionnaire order, with its part or its reason for exclusion.
 */
public record ThemeScore(String themeId, Double score, Integer level, int answered, int applicable,
                         double weightSum, double weightedSum, List<QuestionScore> questions) {

    public ThemeScore {
        Objects.requireNonNull(themeId, "themeId");
        questions = List.copyOf(questions);
    }

    public boolean isScored() {
        return score != null;
    }
}
