package fr.caprse.ui.common;

import javafx.scene.control.Label;

/**
 * A wrapped label that lays its text out once per width: it remembers the heights it computed until its
 * text, font, padding or anything else about it asks for a new layout. A plain label lays its whole text
 * out again each time a layout asks its minimum, preferred or maximum height (JavaFX does not keep them
 * for a given width), which a column of questions and level descriptions asks many times per pulse.
 * Styled as any label.
 */
public class MeasuredLabel extends Label {

    /** Null while the parent classes' constructors run (they already ask for a layout). */
    private final HeightMemo memo = new HeightMemo();

    public MeasuredLabel() {
        setWrapText(true);
    }

    public MeasuredLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    public void requestLayout() {
        if (memo != null) {
            memo.forget();
        }
        super.requestLayout();
    }

    /** Style sheets see a label. */
    @Override
    public String getTypeSelector() {
        return "Label";
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
