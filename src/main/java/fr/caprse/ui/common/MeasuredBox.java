package fr.caprse.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column that remembers the heights it computed for a given width until something inside it asks for a
 * new layout. JavaFX remembers a node's sizes only when no width is given; wrapped text has its height
 * asked for a width, so a column of wrapped labels in a scroll pane lays its text out again each time a
 * layout asks for its minimum, preferred or maximum height, at each level of nesting, on each pulse —
 * even when nothing in it changed (an answer changes a button's border two boxes away). Any change
 * inside (a text, a font, a child shown or hidden, a pane opened) reaches this box as a layout request,
 * which forgets the remembered heights.
 */
public class MeasuredBox extends VBox {

    /** Heights remembered for the last widths asked (a layout asks for one or two widths in turn). */
    private double[] memo;
    private static final int WIDTHS = 2;
    private static final int MIN = 0;
    private static final int PREF = 1;
    private static final int MAX = 2;
    private int nextSlot;

    public MeasuredBox(double spacing, Node... children) {
        super(spacing, children);
    }

    public MeasuredBox(Node... children) {
        super(children);
    }

    @Override
    public void requestLayout() {
        // called from the constructor of the parent classes too, before the memo exists
        if (memo != null) {
            java.util.Arrays.fill(memo, Double.NaN);
        }
        super.requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        return remembered(MIN, width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return remembered(PREF, width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return remembered(MAX, width);
    }

    /** Slot layout: for each of {@link #WIDTHS} slots, the width then the min, pref and max heights. */
    private double remembered(int kind, double width) {
        if (memo == null) {
            memo = new double[WIDTHS * 4];
            java.util.Arrays.fill(memo, Double.NaN);
        }
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
            memo[slot * 4 + 1 + MIN] = Double.NaN;
            memo[slot * 4 + 1 + PREF] = Double.NaN;
            memo[slot * 4 + 1 + MAX] = Double.NaN;
        }
        int at = slot * 4 + 1 + kind;
        if (Double.isNaN(memo[at])) {
            memo[at] = switch (kind) {
                case MIN -> super.computeMinHeight(width);
                case PREF -> super.computePrefHeight(width);
                default -> super.computeMaxHeight(width);
            };
        }
        return memo[at];
    }
}
