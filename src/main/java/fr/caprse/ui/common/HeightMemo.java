package fr.caprse.ui.common;

import java.util.Arrays;

/**
 * The minimum, preferred and maximum heights a node computed for the last two widths it was asked about,
 * kept until the node asks for a new layout ({@link #forget()}). A layout pass asks the same heights for
 * the same width many times over; wrapped text answers each time by laying its text out again.
 */
final class HeightMemo {

    static final int MIN = 0;
    static final int PREF = 1;
    static final int MAX = 2;
    private static final int WIDTHS = 2;
    /** For each slot: the width, then the min, pref and max heights (NaN while not computed). */
    private final double[] memo = new double[WIDTHS * 4];
    private int nextSlot;

    HeightMemo() {
        forget();
    }

    void forget() {
        Arrays.fill(memo, Double.NaN);
    }

    /** The height remembered for this width, or NaN. */
    double get(int kind, double width) {
        for (int i = 0; i < WIDTHS; i++) {
            if (memo[i * 4] == width) {
                return memo[i * 4 + 1 + kind];
            }
        }
        return Double.NaN;
    }

    /** Remembers a height computed for this width (the older of two widths is forgotten for a third). */
    double put(int kind, double width, double height) {
        int slot = -1;
        for (int i = 0; i < WIDTHS; i++) {
            if (memo[i * 4] == width) {
                slot = i;
                break;
            }
        }
        if (slot < 0) {
            slot = nextSlot;
            nextSlot = (nextSlot + 1) % WIDTHS;
            memo[slot * 4] = width;
            Arrays.fill(memo, slot * 4 + 1, slot * 4 + 4, Double.NaN);
        }
        memo[slot * 4 + 1 + kind] = height;
        return height;
    }
}
