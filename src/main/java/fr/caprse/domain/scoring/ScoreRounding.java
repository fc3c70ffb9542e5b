package fr.caprse.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How scores are shown: rounded half-up to one decimal, from the shortest decimal that reads back as the
 * same double (so 62.25 shows as 62.3 and 79.95 as 80.0, as a person redoing the sum by hand expects).
 * Levels are always taken from the unrounded score.
 */
public final class ScoreRounding {

    private ScoreRounding() {
    }

    public static BigDecimal oneDecimal(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score is not a finite number: " + score);
        }
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }
}
