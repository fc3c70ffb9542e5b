package fr.caprse.domain.benchmark;

import java.util.Arrays;

/**
 * The summary of a set of scores: count, mean, median, first and third quartiles, min and max.
 * Quartiles are interpolated linearly between the two nearest ranks (the method of Excel's
 * {@code QUARTILE.INC}, pandas' {@code quantile} and DuckDB's {@code quantile_cont}), so anyone can
 * redo them with the tool they have. All null when there is no score.
 */
public record Statistics(int count, Double mean, Double median, Double q1, Double q3, Double min, Double max) {

    public static final Statistics EMPTY = new Statistics(0, null, null, null, null, null, null);

    public Statistics {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
    }

    /** The statistics of {@code values} (not modified). */
    public static Statistics of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Statistics(sorted.length, sum / sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.25),
                quantile(sorted, 0.75), sorted[0], sorted[sorted.length - 1]);
    }

    /** The {@code p} quantile of sorted values, interpolated between the two nearest ranks. */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double fraction = rank - below;
        return sorted[below] + (sorted[above] - sorted[below]) * fraction;
    }
}
