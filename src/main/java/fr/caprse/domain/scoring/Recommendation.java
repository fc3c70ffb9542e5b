package fr.caprse.domain.scoring;

/**
 * A suggested improvement: an applicable scored question with s below 0.75; {@code lost} = w·(1−s)
 * orders them, most lost first. The text is the question's {@code recommendation}.
 */
public record Recommendation(String questionId, String themeId, double weight, double s, double lost) {
}
