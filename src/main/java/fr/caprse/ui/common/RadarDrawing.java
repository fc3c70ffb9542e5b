package fr.caprse.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing shared by the app's radar charts (the results' theme scores, the workshop's groups): axes
 * from the top, clockwise, scores from 0 at the centre to 100 on the outer ring, rings every 20 points
 * (the maturity level boundaries), spokes, and the axis labels placed outside the rings, wrapped at
 * spaces. JavaFX has no radar chart; each chart draws its own lines over this on a canvas.
 */
public final class RadarDrawing {

    private final int axes;
    private final double cx;
    private final double cy;
    private final double radius;

    /** A radar of {@code axes} axes centred on ({@code cx}, {@code cy}), the 100 ring at {@code radius}. */
    public RadarDrawing(int axes, double cx, double cy, double radius) {
        this.axes = axes;
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
    }

    /** Where a score lies on an axis (a score outside 0–100 on the nearest end; null at the centre). */
    public double x(int axis, Double score) {
        return cx + distance(score) * Math.sin(angle(axis));
    }

    public double y(int axis, Double score) {
        return cy - distance(score) * Math.cos(angle(axis));
    }

    /** The points of one line, a score per axis (null at the centre). */
    public double[][] points(IntFunction<Double> scoreOfAxis) {
        double[] xs = new double[axes];
        double[] ys = new double[axes];
        for (int i = 0; i < axes; i++) {
            xs[i] = x(i, scoreOfAxis.apply(i));
            ys[i] = y(i, scoreOfAxis.apply(i));
        }
        return new double[][] {xs, ys};
    }

    /** The five rings and the spokes, in {@code colour}, one pixel wide. */
    public void grid(GraphicsContext g, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(1);
        for (int ring = 1; ring <= 5; ring++) {
            double score = ring * 20.0;
            double[][] ringPoints = points(i -> score);
            g.strokePolygon(ringPoints[0], ringPoints[1], axes);
        }
        for (int i = 0; i < axes; i++) {
            g.strokeLine(cx, cy, x(i, 100.0), y(i, 100.0));
        }
    }

    /** The value of each ring (20 to 100), up the first axis. */
    public void ringValues(GraphicsContext g, Color colour) {
        g.setFill(colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int ring = 1; ring <= 5; ring++) {
            g.fillText(String.valueOf(ring * 20), cx + 3, cy - radius * ring / 5);
        }
    }

    /**
     * The axis labels, {@code gap} outside the outer ring, in {@code font}, each wrapped at spaces into
     * lines of about {@code lineCharacters} characters, turned away from the chart, each in its colour.
     */
    public void labels(GraphicsContext g, List<String> labels, Font font, double gap, int lineCharacters,
                       IntFunction<Color> colourOfAxis) {
        g.setFont(font);
        double lineHeight = font.getSize() * 1.2;
        for (int i = 0; i < axes && i < labels.size(); i++) {
            g.setFill(colourOfAxis.apply(i));
            double a = angle(i);
            double lx = cx + (radius + gap) * Math.sin(a);
            double ly = cy - (radius + gap) * Math.cos(a);
            g.setTextAlign(Math.abs(Math.sin(a)) < 0.2 ? TextAlignment.CENTER : Math.sin(a) > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.setTextBaseline(Math.cos(a) > 0.5 ? VPos.BOTTOM : Math.cos(a) < -0.5 ? VPos.TOP : VPos.CENTER);
            List<String> lines = wrap(labels.get(i), lineCharacters);
            double top = Math.cos(a) > 0.5 ? ly - lineHeight * (lines.size() - 1)
                    : Math.cos(a) < -0.5 ? ly : ly - lineHeight * (lines.size() - 1) / 2;
            for (int l = 0; l < lines.size(); l++) {
                g.fillText(lines.get(l), lx, top + l * lineHeight);
            }
        }
    }

    /** The width of the widest line of the labels, wrapped as {@link #labels} wraps them, in {@code font}. */
    public static double widestLine(List<String> labels, Font font, int lineCharacters) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        double widest = 0;
        for (String label : labels) {
            for (String line : wrap(label, lineCharacters)) {
                probe.setText(line);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

    /** Splits a label into lines of at most about {@code width} characters, at spaces. */
    public static List<String> wrap(String label, int width) {
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

    private double distance(Double score) {
        return radius * (score == null ? 0 : Math.max(0, Math.min(100, score))) / 100;
    }

    private double angle(int axis) {
        return 2 * Math.PI * axis / axes;
    }
}
