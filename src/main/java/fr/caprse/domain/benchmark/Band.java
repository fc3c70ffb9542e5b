package fr.caprse.domain.benchmark;

import java.util.Objects;

/**
 * The anonymous part of a theme's statistics that a benchmark pack hands back: how many organisations,
 * their mean, and the quartiles. No minimum or maximum: those are one organisation's own score.
 */
public record Band(int count, double mean, double q1, double median, double q3) {

    public Band {
        if (count <= 0) {
            throw new IllegalArgumentException("a band needs at least one score: " + count);
        }
        if (!(q1 <= median && median <= q3)) {
            throw new IllegalArgumentException("quartiles out of order: " + q1 + ", " + median + ", " + q3);
        }
    }

    public static Band of(Statistics statistics) {
        Objects.requireNonNull(statistics, "statistics");
        return new Band(statistics.count(), statistics.mean(), statistics.q1(), statistics.median(), statistics.q3());
    }

    /** Where {@code score} stands: 1 below the first quartile … 4 above the third. */
    public int quarter(double score) {
        if (score < q1) {
            return 1;
        }
        if (score < median) {
            return 2;
        }
        if (score <= q3) {
            return 3;
        }
        return 4;
    }
}
