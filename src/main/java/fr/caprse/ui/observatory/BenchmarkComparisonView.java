package fr.caprse.ui.observatory;

import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkComparison;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.Formats;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * "You against organisations like yours" on the results page: for each theme, the band from the first
 * to the third quartile of the group's scores, its median, and your score as a dot, with the words
 * beside it (which quarter you are in). Shown only when a benchmark pack of the questionnaire was
 * imported.
 */
public final class BenchmarkComparisonView {

    /** The width of a band, for scores 0 to 100. */
    static final double WIDTH = 320;

    private BenchmarkComparisonView() {
    }

    public static Node of(BenchmarkComparison comparison, I18n i18n) {
        String lang = i18n.language();
        Label title = new Label(i18n.get("benchmark.title"));
        title.getStyleClass().add("section-title");
        String group = comparison.sameGroup()
                ? i18n.get("benchmark.group", comparison.groupLabel(), comparison.organisations())
                : i18n.get("benchmark.all", comparison.organisations());
        Label subtitle = new Label(comparison.packTitle().isBlank() ? group : comparison.packTitle() + " · " + group);
        subtitle.setId("benchmark-group");
        subtitle.setWrapText(true);
        subtitle.getStyleClass().add("muted");
        GridPane grid = new GridPane();
        grid.setId("benchmark-table");
        grid.getStyleClass().add("benchmark-table");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        name.setMinWidth(120);
        ColumnConstraints words = new ColumnConstraints();
        words.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, new ColumnConstraints(WIDTH + 10), words);
        int row = 0;
        for (BenchmarkComparison.Row theme : comparison.themes()) {
            add(grid, row++, theme.theme().title().get(lang), theme, i18n);
        }
        if (comparison.overall().band() != null) {
            add(grid, row, i18n.get("benchmark.overall"), comparison.overall(), i18n);
        }
        Label legend = new Label(i18n.get("benchmark.legend", comparison.minGroup()));
        legend.setWrapText(true);
        legend.getStyleClass().add("muted");
        VBox box = new VBox(8, title, subtitle, grid, legend);
        box.setId("benchmark-comparison");
        box.getStyleClass().add("benchmark-comparison");
        return box;
    }

    private static void add(GridPane grid, int row, String label, BenchmarkComparison.Row theme, I18n i18n) {
        Label name = new Label(label);
        name.setWrapText(true);
        grid.add(name, 0, row);
        grid.add(band(theme), 1, row);
        Label words = new Label(words(theme, i18n));
        words.setId("benchmark-" + theme.themeId());
        words.setWrapText(true);
        grid.add(words, 2, row);
    }

    static String words(BenchmarkComparison.Row theme, I18n i18n) {
        Band band = theme.band();
        if (band == null) {
            return i18n.get("benchmark.no-band");
        }
        String figures = i18n.get("benchmark.figures", Formats.score(band.q1(), i18n.locale()),
                Formats.score(band.median(), i18n.locale()), Formats.score(band.q3(), i18n.locale()));
        if (theme.score() == null) {
            return i18n.get("results.not-scored") + " · " + figures;
        }
        return Formats.score(theme.score(), i18n.locale()) + " · " + i18n.get("benchmark.quarter." + theme.quarter())
                + " · " + figures;
    }

    private static Node band(BenchmarkComparison.Row theme) {
        Pane pane = new Pane();
        pane.setMinSize(WIDTH, 18);
        pane.setPrefSize(WIDTH, 18);
        pane.setMaxSize(WIDTH, 18);
        Rectangle track = new Rectangle(0, 8, WIDTH, 2);
        track.getStyleClass().add("benchmark-track");
        pane.getChildren().add(track);
        Band band = theme.band();
        if (band != null) {
            Rectangle quartiles = new Rectangle(x(band.q1()), 2, Math.max(2, x(band.q3()) - x(band.q1())), 14);
            quartiles.getStyleClass().add("benchmark-band");
            Line median = new Line(x(band.median()), 0, x(band.median()), 18);
            median.getStyleClass().add("benchmark-median");
            pane.getChildren().addAll(quartiles, median);
        }
        if (theme.score() != null) {
            Circle you = new Circle(x(theme.score()), 9, 6);
            you.getStyleClass().add("benchmark-you");
            you.setId("benchmark-you-" + theme.themeId());
            pane.getChildren().add(you);
        }
        Tooltip.install(pane, new Tooltip("0 — 100"));
        return pane;
    }

    private static double x(double score) {
        return Math.max(0, Math.min(100, score)) / 100 * WIDTH;
    }
}
