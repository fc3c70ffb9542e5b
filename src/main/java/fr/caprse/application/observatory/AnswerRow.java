package fr.caprse.application.observatory;

/**
 * One question of one assessment, as the long format holds it: ids, the value as coded in files and
 * in words, the number behind it, N/A, whether it applied, was answered and counts in the score, its
 * weight, its fraction s of the points and the points it earns (w·s, null when it does not count).
 */
public record AnswerRow(String themeId, String questionId, String type, String value, String valueLabel,
                        Double number, boolean na, boolean applicable, boolean answered, boolean included,
                        double weight, Double s, Double points) {
}
