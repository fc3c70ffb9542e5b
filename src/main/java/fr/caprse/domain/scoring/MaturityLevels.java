package fr.caprse.domain.scoring;

/**
 * The maturity level of a score: [0, 20) → 0, [20, 40) → 1, [40, 60) → 2, [60, 80) → 3, [80, 100] → 4,
 * always from the unrounded score (79.96 is level 3 though shown as 80.0).
 *
 * <p>Double arithmetic can leave a score whose exact value is a boundary one bit below it (a theme at
 * exactly 60 computed as 59.99999999999999). The level is therefore read from the score snapped to nine
 * decimals: far finer than any display, so 79.96 stays level 3, while binary noise no longer drops a
 * score to the level below.
 */
public final class MaturityLevels {

    public static final int HIGHEST = 4;

    private MaturityLevels() {
    }

    public static int of(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is not a number");
        }
        score = Math.round(score * 1e9) / 1e9;
        if (score < 20) {
            return 0;
        }
        if (score < 40) {
            return 1;
        }
        if (score < 60) {
            return 2;
        }
        if (score < 80) {
            return 3;
        }
        return 4;
    }

    /** The i18n key of a level's label, e.g. {@code level.3} (labels are UI texts). */
    public static String labelKey(int level) {
        return "level." + level;
    }
}
