package fr.caprse.ui.results;

import fr.caprse.platform.Palette;
import fr.caprse.ui.common.RadarDrawing;
import fr.caprse.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A radar (spider) chart of theme scores from 0 to 100: one axis per theme, rings every 20 points
 * (the maturity level boundaries), the current assessment filled and an optional earlier one dashed.
 * Drawn on a canvas that follows the region's size, with the grid and labels of {@link RadarDrawing}.
 */
public final class RadarChart extends fr.caprse.ui.common.CanvasRegion {

    /** One axis: its label and the scores (null: not scored, drawn at the centre). */
    public record Axis(String label, Double score, Double previous) {
    }

    private final List<Axis> axes = new ArrayList<>();
    private Color fill = Theme.colour(Palette.BRAND);
    private Color previousColour = Theme.colour(Palette.PREVIOUS);

    /** Never shown: its font is the window's text size, which the labels of the chart follow. */
    private final javafx.scene.control.Label fontProbe = new javafx.scene.control.Label();

    public RadarChart() {
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().add(fontProbe);
        getStyleClass().add("radar-chart");
        fontProbe.fontProperty().addListener((o, a, b) -> requestLayout());
    }

    private double em() {
        return fontProbe.getFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 30 * em();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 27 * em();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 18 * em();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 18 * em();
    }

    public void setAxes(List<Axis> newAxes) {
        axes.clear();
        axes.addAll(newAxes);
        draw();
    }

    public List<Axis> axes() {
        return List.copyOf(axes);
    }

    public void setColours(Color current, Color previous) {
        this.fill = current;
        this.previousColour = previous;
        draw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        int n = axes.size();
        if (n < 3 || width < 50 || height < 50) {
            return;
        }
        double cx = width / 2;
        double cy = height / 2;
        double em = em();
        // the labels follow the text size chosen in the window, as every other text does
        Font font = Font.font(fontProbe.getFont().getFamily(), em * 0.95);
        // room beside the rings for the widest label line, so that no label runs off the chart
        double labelRoom = RadarDrawing.widestLine(axes.stream().map(Axis::label).toList(), font, 18) + 1.5 * em;
        double radius = Math.min(width / 2 - labelRoom, height / 2 - 3.2 * em);
        if (radius < 20) {
            return;
        }
        g.setFont(font);
        RadarDrawing radar = new RadarDrawing(n, cx, cy, radius);
        radar.grid(g, Color.gray(0.8));
        radar.ringValues(g, Color.gray(0.45));
        if (axes.stream().anyMatch(a -> a.previous() != null)) {
            double[][] before = radar.points(i -> axes.get(i).previous());
            g.setStroke(previousColour);
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokePolygon(before[0], before[1], n);
            g.setLineDashes();
        }
        double[][] now = radar.points(i -> axes.get(i).score());
        g.setFill(fill.deriveColor(0, 1, 1, 0.30));
        g.fillPolygon(now[0], now[1], n);
        g.setStroke(fill);
        g.setLineWidth(2.5);
        g.strokePolygon(now[0], now[1], n);
        g.setFill(fill);
        for (int i = 0; i < n; i++) {
            if (axes.get(i).score() != null) {
                g.fillOval(now[0][i] - 3.5, now[1][i] - 3.5, 7, 7);
            }
        }
        // labels (grey for a theme not assessed yet)
        radar.labels(g, axes.stream().map(Axis::label).toList(), font, em, 18,
                i -> axes.get(i).score() == null ? Color.gray(0.55) : Color.gray(0.15));
    }
}
