package fr.caprse.ui.results;

import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import fr.caprse.ui.common.Formats;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The themes' scores as horizontal bars, one line per theme: its name (wrapped, whole), its bar (and the
 * previous assessment's under it), its score. Sized in em, so that at 150 % or 200 % text the names stay
 * whole and the bars keep their length: the page scrolls rather than squeezing the chart. A theme not
 * assessed yet shows no bar (it is not a score of 0).
 */
final class ThemeBars {

    private ThemeBars() {
    }

    static Node of(List<ResultsViewModel.ThemeRow> themes, boolean withPrevious, I18n i18n) {
        String lang = i18n.language();
        GridPane grid = new GridPane();
        grid.setId("bars");
        grid.getStyleClass().add("theme-bars");
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.SOMETIMES);
        ColumnConstraints bars = new ColumnConstraints();
        bars.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().addAll(names, bars, values);
        int row = 0;
        for (ResultsViewModel.ThemeRow theme : themes) {
            String id = theme.theme().id();
            String title = Typography.forDisplay(theme.theme().title().get(lang), lang);
            Label name = new Label(title);
            name.setId("bar-name-" + id);
            name.getStyleClass().add("bar-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Double score = theme.assessed() ? theme.score().score() : null;
            Node bar;
            Label value;
            if (score == null) {
                Label waiting = new Label(i18n.get(theme.score().score() == null ? "results.not-scored"
                        : "results.not-assessed"));
                waiting.getStyleClass().add("muted");
                waiting.setWrapText(true);
                bar = waiting;
                value = new Label("–");
            } else {
                bar = new Bars(score, withPrevious ? theme.previousScore() : null);
                value = new Label(Formats.score(score, i18n.locale()));
                bar.setAccessibleRole(AccessibleRole.TEXT);
                bar.setAccessibleText(title + " : " + value.getText() + (theme.previousScore() == null ? ""
                        : " (" + i18n.get("results.series.previous") + " " + Formats.score(theme.previousScore(), i18n.locale()) + ")"));
            }
            bar.setId("bar-" + id);
            value.setId("bar-value-" + id);
            value.setMinWidth(Region.USE_PREF_SIZE);
            Node values1 = value;
            if (withPrevious && theme.previousScore() != null) {
                Label before = new Label(Formats.score(theme.previousScore(), i18n.locale()));
                before.getStyleClass().add("muted");
                before.setMinWidth(Region.USE_PREF_SIZE);
                values1 = new VBox(value, before);
            }
            grid.addRow(row++, name, bar, values1);
            GridPane.setValignment(name, VPos.CENTER);
        }
        if (!withPrevious) {
            return grid;
        }
        HBox legend = new HBox(16, swatch("bar-current", i18n.get("results.series.current")),
                swatch("bar-previous", i18n.get("results.series.previous")));
        legend.setId("bars-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox withLegend = new VBox(10, grid, legend);
        withLegend.getStyleClass().add("theme-bars-box");
        return withLegend;
    }

    private static Node swatch(String styleClass, String text) {
        Region colour = new Region();
        colour.getStyleClass().addAll("bar-swatch", styleClass);
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, colour, label);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** A theme's track from 0 to 100 with its bar, and the previous assessment's under it. */
    static final class Bars extends Region {

        private final double score;
        private final Double previous;
        private final Region current = new Region();
        private final Region before = new Region();

        Bars(double score, Double previous) {
            this.score = score;
            this.previous = previous;
            getStyleClass().add("bar-track");
            current.getStyleClass().add("bar-current");
            before.getStyleClass().add("bar-previous");
            getChildren().add(current);
            if (previous != null) {
                getStyleClass().add("with-previous");
                getChildren().add(before);
            }
        }

        /** The length of the current bar as a share of the track (0 to 1). */
        double share() {
            return Math.max(0, Math.min(100, score)) / 100;
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double width = getWidth() - left - snappedRightInset();
            double height = getHeight() - top - snappedBottomInset();
            double each = previous == null ? height : (height - 2) / 2;
            current.resizeRelocate(left, top, snapSizeX(width * share()), each);
            if (previous != null) {
                double was = Math.max(0, Math.min(100, previous)) / 100;
                before.resizeRelocate(left, top + each + 2, snapSizeX(width * was), each);
            }
        }
    }
}
