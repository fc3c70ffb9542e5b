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

    /** Null while the parent classes' constructors run (they already ask for a layout). */
    private final HeightMemo memo = new HeightMemo();

    public MeasuredBox(double spacing, Node... children) {
        super(spacing, children);
    }

    public MeasuredBox(Node... children) {
        super(children);
    }

    @Override
    public void requestLayout() {
        if (memo != null) {
            memo.forget();
        }
        super.requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        double known = memo.get(HeightMemo.MIN, width);
        return Double.isNaN(known) ? memo.put(HeightMemo.MIN, width, super.computeMinHeight(width)) : known;
    }

    @Override
    protected double computePrefHeight(double width) {
        double known = memo.get(HeightMemo.PREF, width);
        return Double.isNaN(known) ? memo.put(HeightMemo.PREF, width, super.computePrefHeight(width)) : known;
    }

    @Override
    protected double computeMaxHeight(double width) {
        double known = memo.get(HeightMemo.MAX, width);
        return Double.isNaN(known) ? memo.put(HeightMemo.MAX, width, super.computeMaxHeight(width)) : known;
    }
}
