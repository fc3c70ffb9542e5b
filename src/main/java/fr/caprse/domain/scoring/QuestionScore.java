package fr.caprse.domain.scoring;

import java.util.Objects;

/**
 * One question's part in its theme's score. When {@code exclusion} is null the question is included:
 * it contributes {@code weight × s} and its {@code share} is weight / Σ weight of the theme's included
 * questions. Excluded questions have {@code s} and {@code share} 0.
 */
public record QuestionScore(String questionId, String themeId, boolean applicable, boolean answered,
                            Exclusion exclusion, double weight, double s, double share) {

    public QuestionScore {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(themeId, "themeId");
    }

    public boolean included() {
        return exclusion == null;
    }

    /** w·s: the weighted points this question earns. */
    public double weighted() {
        return included() ? weight * s : 0;
    }
}
