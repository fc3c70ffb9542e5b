package fr.caprse.ui.results;

import fr.caprse.platform.Palette;
import fr.caprse.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar (spider) chart of theme scores from 0 to 100: one axis per theme, rings every 20 points
 * (the maturity level boundaries), the current assessment filled and an optional earlier one dashed.
 * JavaFX has no radar chart, so it is drawn on a canvas that follows the region's size.
 */
public final class RadarChart extends Region {

    /** One axis: its label and the scores (null: not scored, drawn at the centre). */
    public record Axis(String label, Double score, Double previous) {
    }

    private final Canvas canvas = new Canvas();
    private final List<Axis> axes = new ArrayList<>();
    private Color fill = Theme.colour(Palette.BRAND);
    private Color previousColour = Theme.colour(Palette.PREVIOUS);

    /** Never shown: its font is the window's text size, which the labels of the chart follow. */
    private final javafx.scene.control.Label fontProbe = new javafx.scene.control.Label();

    public RadarChart() {
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().addAll(canvas, fontProbe);
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
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        int n = axes.size();
        if (n < 3 || width < 50 || height < 50) {
            return;
        }
        double cx = width / 2;
        double cy = height / 2;
        double em = em();
        double radius = Math.min(width / 2 - 8.5 * em, height / 2 - 3.2 * em);
        if (radius < 20) {
            return;
        }
        // the labels follow the text size chosen in the window, as every other text does
        Font font = Font.font(fontProbe.getFont().getFamily(), em * 0.95);
        g.setFont(font);
        // rings at 20, 40, 60, 80, 100
        g.setStroke(Color.gray(0.8));
        g.setLineWidth(1);
        for (int ring = 1; ring <= 5; ring++) {
            double r = radius * ring / 5;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = cx + r * Math.sin(angle(i, n));
                ys[i] = cy - r * Math.cos(angle(i, n));
            }
            g.strokePolygon(xs, ys, n);
        }
        g.setFill(Color.gray(0.45));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int ring = 1; ring <= 5; ring++) {
            g.fillText(String.valueOf(ring * 20), cx + 3, cy - radius * ring / 5);
        }
        for (int i = 0; i < n; i++) {
            g.strokeLine(cx, cy, cx + radius * Math.sin(angle(i, n)), cy - radius * Math.cos(angle(i, n)));
        }
        if (axes.stream().anyMatch(a -> a.previous() != null)) {
            polygon(g, cx, cy, radius, true);
        }
        polygon(g, cx, cy, radius, false);
        // labels (grey for a theme not assessed yet)
        for (int i = 0; i < n; i++) {
            g.setFill(axes.get(i).score() == null ? Color.gray(0.55) : Color.gray(0.15));
            double a = angle(i, n);
            double lx = cx + (radius + em) * Math.sin(a);
            double ly = cy - (radius + em) * Math.cos(a);
            g.setTextAlign(Math.abs(Math.sin(a)) < 0.2 ? TextAlignment.CENTER : Math.sin(a) > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.setTextBaseline(Math.cos(a) > 0.5 ? VPos.BOTTOM : Math.cos(a) < -0.5 ? VPos.TOP : VPos.CENTER);
            List<String> lines = wrap(axes.get(i).label(), 18);
            double lineHeight = font.getSize() * 1.2;
            double top = Math.cos(a) > 0.5 ? ly - lineHeight * (lines.size() - 1)
                    : Math.cos(a) < -0.5 ? ly : ly - lineHeight * (lines.size() - 1) / 2;
            for (int l = 0; l < lines.size(); l++) {
                g.fillText(lines.get(l), lx, top + l * lineHeight);
            }
        }
    }

    private void polygon(GraphicsContext g, double cx, double cy, double radius, boolean previous) {
        int n = axes.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            Double score = previous ? axes.get(i).previous() : axes.get(i).score();
            double r = radius * (score == null ? 0 : Math.max(0, Math.min(100, score))) / 100;
            xs[i] = cx + r * Math.sin(angle(i, n));
            ys[i] = cy - r * Math.cos(angle(i, n));
        }
        if (previous) {
            g.setStroke(previousColour);
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokePolygon(xs, ys, n);
            g.setLineDashes();
        } else {
            g.setFill(fill.deriveColor(0, 1, 1, 0.30));
            g.fillPolygon(xs, ys, n);
            g.setStroke(fill);
            g.setLineWidth(2.5);
            g.strokePolygon(xs, ys, n);
            g.setFill(fill);
            for (int i = 0; i < n; i++) {
                if (axes.get(i).score() != null) {
                    g.fillOval(xs[i] - 3.5, ys[i] - 3.5, 7, 7);
                }
            }
        }
    }

    /** Splits a label into lines of at most about {@code width} characters, at spaces. */
    static List<String> wrap(String label, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double angle(int i, int n) {
        return 2 * Math.PI * i / n;
    }
}
