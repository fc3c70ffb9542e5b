package fr.caprse.ui.workshop;

import fr.caprse.ui.common.RadarDrawing;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar of theme scores from 0 to 100 with one line per stakeholder group ("how management sees us"
 * against "how the employees see us"), and its legend. A group's theme without votes (null) leaves a gap
 * in its line. Drawn on a canvas that follows the region's size, with the grid and labels of
 * {@link RadarDrawing}; colours from the workshop palette.
 */
public final class GroupRadarChart extends fr.caprse.ui.common.CanvasRegion {

    /** One line: the group's name, its colour and a score (or null) per axis. */
    public record Series(String label, Color colour, List<Double> scores) {
        public Series {
            scores = java.util.Collections.unmodifiableList(new ArrayList<>(scores));
        }
    }

    /** The palette of the groups' lines, in order; readable on light and dark backgrounds. */
    public static final List<Color> PALETTE = List.of(Color.web("#2e86de"), Color.web("#e67e22"), Color.web("#27ae60"),
            Color.web("#c0392b"), Color.web("#8e44ad"), Color.web("#16a085"), Color.web("#d4ac0d"), Color.web("#7f8c8d"),
            Color.web("#e84393"));

    private final List<String> axes = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private Color ink = Color.web("#222222");
    private Color grid = Color.web("#bbbbbb");

    public GroupRadarChart() {
        getStyleClass().add("group-radar");
        setMinSize(320, 320);
        setPrefSize(560, 480);
    }

    public void setData(List<String> axisLabels, List<Series> lines) {
        axes.clear();
        axes.addAll(axisLabels);
        series.clear();
        series.addAll(lines);
        draw();
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    public void setInk(Color text, Color rings) {
        ink = text;
        grid = rings;
        draw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        int n = axes.size();
        if (n < 3 || width <= 0 || height <= 0) {
            return;
        }
        double legendHeight = 24.0 * ((series.size() + 1) / 2) + 8;
        double cx = width / 2;
        double cy = (height - legendHeight) / 2 + 4;
        double radius = Math.max(20, Math.min(width / 2 - 130, (height - legendHeight) / 2 - 40));
        RadarDrawing radar = new RadarDrawing(n, cx, cy, radius);
        radar.grid(g, grid);
        Font font = Font.font(15);
        radar.labels(g, axes, font, 14, 18, i -> ink);
        g.setLineWidth(3);
        for (Series line : series) {
            g.setStroke(line.colour());
            g.setFill(line.colour());
            for (int i = 0; i < n; i++) {
                Double a = value(line, i);
                Double b = value(line, (i + 1) % n);
                if (a != null && b != null) {
                    g.strokeLine(radar.x(i, a), radar.y(i, a), radar.x((i + 1) % n, b), radar.y((i + 1) % n, b));
                }
                if (a != null) {
                    g.fillOval(radar.x(i, a) - 4, radar.y(i, a) - 4, 8, 8);
                }
            }
        }
        // legend, two columns under the chart
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double top = height - legendHeight + 8;
        for (int i = 0; i < series.size(); i++) {
            double x = i % 2 == 0 ? 16 : width / 2 + 8;
            double y = top + 24.0 * (i / 2) + 8;
            g.setFill(series.get(i).colour());
            g.fillRect(x, y - 5, 22, 10);
            g.setFill(ink);
            g.fillText(series.get(i).label(), x + 30, y, width / 2 - 50);
        }
    }

    private Double value(Series line, int index) {
        return index < line.scores().size() ? line.scores().get(index) : null;
    }
}
