package fr.caprse.domain.workshop;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * How a room voted on one question: how many votes each level got, the lowest and highest vote, the
 * median, and whether the room diverges (votes two levels apart or more).
 *
 * <p>The median of an even number of votes is the mean of the two middle votes (2 and 3 give 2.5). The
 * consensus the app proposes is a level, so it is the <em>lower</em> of the two middle votes
 * ({@link #suggestedLevel()}): a self-assessment that hesitates between two levels records the lower one
 * unless the room agrees otherwise. Never the mean of all votes.
 */
public record VoteSpread(int[] counts, int votes, Integer min, Integer max, Double median, Integer suggestedLevel) {

    /** Votes two levels apart or more: the room should talk before recording an answer. */
    public static final int DIVERGENCE_SPAN = 2;

    public VoteSpread {
        counts = counts.clone();
    }

    /** The spread of {@code levels} on a scale from 0 to {@code highest}. */
    public static VoteSpread of(Collection<Integer> levels, int highest) {
        int[] counts = new int[highest + 1];
        int[] sorted = levels.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int level : sorted) {
            if (level < 0 || level > highest) {
                throw new IllegalArgumentException("level " + level + " is outside the scale 0 to " + highest);
            }
            counts[level]++;
        }
        if (sorted.length == 0) {
            return new VoteSpread(counts, 0, null, null, null, null);
        }
        int n = sorted.length;
        int lowerMiddle = sorted[(n - 1) / 2];
        int upperMiddle = sorted[n / 2];
        double median = (lowerMiddle + upperMiddle) / 2.0;
        return new VoteSpread(counts, n, sorted[0], sorted[n - 1], median, lowerMiddle);
    }

    public static VoteSpread of(List<Integer> levels, int highest) {
        return of((Collection<Integer>) levels, highest);
    }

    /** Max − min, 0 when there is no vote. */
    public int span() {
        return votes == 0 ? 0 : max - min;
    }

    public boolean divergent() {
        return span() >= DIVERGENCE_SPAN;
    }

    public int count(int level) {
        return counts[level];
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VoteSpread o && Arrays.equals(counts, o.counts) && votes == o.votes;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "VoteSpread" + Arrays.toString(counts) + " median " + median;
    }
}
