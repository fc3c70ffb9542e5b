package fr.caprse.ui.results;

import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.questionnaire.ResultLevels;
import fr.caprse.domain.scoring.QuestionScore;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.Formats;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The results page: overall score and level, completion, a radar chart and bars of the themes, the
 * theme table with the explanation of any score on demand, strengths and weaknesses, and the
 * recommendations, each of which can become an action of the plan.
 */
public final class ResultsView {

    private final ResultsViewModel model;
    private final I18n i18n;
    private final VBox content = new VBox(18);
    private final VBox explanation = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final Consumer<ResultsViewModel.RecommendationRow> onAddAction;

    private final Runnable onExportReport;

    public ResultsView(ResultsViewModel model, I18n i18n, Consumer<ResultsViewModel.RecommendationRow> onAddAction,
                       Runnable onExportReport) {
        this.model = model;
        this.onExportReport = onExportReport;
        this.i18n = i18n;
        this.onAddAction = onAddAction;
        root.setFitToWidth(true);
        content.getStyleClass().addAll("page", "results");
        explanation.setId("explanation");
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        String lang = i18n.language();
        AssessmentScore score = model.score();
        Label title = new Label(i18n.get("results.title"));
        title.getStyleClass().add("page-title");
        Button export = new Button(i18n.get("results.export"));
        export.setId("results-export");
        export.setMnemonicParsing(true);
        export.setOnAction(e -> onExportReport.run());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleLine = new HBox(10, title, gap, export);
        titleLine.setAlignment(Pos.CENTER_LEFT);

        Label overall = new Label(Formats.score(score.overall(), i18n.locale()));
        overall.setId("overall-score");
        overall.getStyleClass().add("overall-score");
        Label outOf = new Label("/ 100");
        outOf.getStyleClass().add("muted");
        Label level = new Label(score.level() == null ? i18n.get("results.not-scored")
                : i18n.get("results.level", score.level(), i18n.levelName(model.questionnaire().scale().results(), score.level())));
        level.setId("overall-level");
        level.getStyleClass().addAll("level-badge", "level-" + colourStep(score.level()));
        Label completion = new Label(i18n.get("results.completion", Formats.percent(score.completion(), i18n.locale())));
        completion.setId("completion");
        VBox headline = new VBox(6, new HBox(6, overall, outOf), level, completion);
        model.previous().ifPresent(previous -> {
            Label compare = new Label(i18n.get("results.compare",
                    Formats.score(previous.overall(), i18n.locale()), delta(score.overall(), previous.overall())));
            compare.setId("overall-compare");
            headline.getChildren().add(compare);
        });
        headline.getStyleClass().add("headline");

        RadarChart radar = new RadarChart();
        radar.setId("radar");
        radar.setAxes(model.themes().stream()
                .map(r -> new RadarChart.Axis(r.theme().title().get(lang), r.score().score(), r.previousScore())).toList());
        HBox.setHgrow(radar, Priority.ALWAYS);
        // horizontal bars: theme names are long and stay readable on the category axis
        NumberAxis x = new NumberAxis(0, 100, 20);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> bars = new BarChart<>(x, y);
        bars.setId("bars");
        bars.setLegendVisible(model.previous().isPresent());
        bars.setAnimated(false);
        bars.setPrefHeight(380);
        bars.setCategoryGap(8);
        bars.setBarGap(1);
        XYChart.Series<Number, String> current = new XYChart.Series<>();
        current.setName(i18n.get("results.series.current"));
        XYChart.Series<Number, String> before = new XYChart.Series<>();
        before.setName(i18n.get("results.series.previous"));
        java.util.List<ResultsViewModel.ThemeRow> rows = new java.util.ArrayList<>(model.themes());
        java.util.Collections.reverse(rows); // the first theme on top
        for (ResultsViewModel.ThemeRow row : rows) {
            String label = row.theme().title().get(lang);
            current.getData().add(new XYChart.Data<>(row.score().score() == null ? 0 : row.score().score(), label));
            if (row.previousScore() != null) {
                before.getData().add(new XYChart.Data<>(row.previousScore(), label));
            }
        }
        bars.getData().add(current);
        if (!before.getData().isEmpty()) {
            bars.getData().add(before);
        }
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox charts = new HBox(16, radar, bars);
        charts.setAlignment(Pos.CENTER_LEFT);

        content.getChildren().setAll(titleLine, headline, charts, themeTable(lang), explanation,
                strengthsAndWeaknesses(lang), recommendations(lang));
        // observatory: "you against organisations like yours", when a benchmark pack was imported
        model.comparison().ifPresent(c -> content.getChildren().add(3,
                fr.caprse.ui.observatory.BenchmarkComparisonView.of(c, i18n)));
    }

    private Node themeTable(String lang) {
        GridPane grid = new GridPane();
        grid.setId("theme-table");
        grid.getStyleClass().add("theme-table");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(wide);
        String[] heads = {"results.col.theme", "results.col.score", "results.col.level", "results.col.answered",
                "results.col.previous", ""};
        for (int c = 0; c < heads.length; c++) {
            if (!heads[c].isEmpty() && (c != 4 || model.previous().isPresent())) {
                Label head = new Label(i18n.get(heads[c]));
                head.getStyleClass().add("table-head");
                grid.add(head, c, 0);
            }
        }
        int row = 1;
        for (ResultsViewModel.ThemeRow theme : model.themes()) {
            String id = theme.theme().id();
            Label name = new Label(theme.theme().title().get(lang));
            Label value = new Label(theme.score().score() == null ? i18n.get("results.not-scored")
                    : Formats.score(theme.score().score(), i18n.locale()));
            value.setId("theme-score-" + id);
            Label level = new Label(theme.score().level() == null ? ""
                    : i18n.levelName(model.questionnaire().scale().results(), theme.score().level()));
            level.getStyleClass().addAll("level-badge", "level-" + colourStep(theme.score().level()));
            Label answered = new Label(theme.score().answered() + " / " + theme.score().applicable());
            grid.addRow(row, name, value, level, answered);
            if (model.previous().isPresent()) {
                grid.add(new Label(Formats.score(theme.previousScore(), i18n.locale())
                        + (theme.delta() == null ? "" : " (" + delta(theme.score().score(), theme.previousScore()) + ")")), 4, row);
            }
            Button explain = new Button(i18n.get("results.explain"));
            explain.setId("explain-" + id);
            explain.getStyleClass().add("flat");
            explain.setOnAction(e -> explain(theme));
            grid.add(explain, 5, row);
            row++;
        }
        return grid;
    }

    private void explain(ResultsViewModel.ThemeRow theme) {
        String lang = i18n.language();
        explanation.getChildren().clear();
        Label title = new Label(i18n.get("results.explanation.title", theme.theme().title().get(lang)));
        title.getStyleClass().add("section-title");
        Label rule = new Label(theme.score().score() == null ? i18n.get("results.explanation.none")
                : i18n.get("results.explanation.rule", Formats.decimal(theme.score().weightedSum(), i18n.locale()),
                Formats.decimal(theme.score().weightSum(), i18n.locale()), Formats.score(theme.score().score(), i18n.locale())));
        rule.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        String[] heads = {"results.col.question", "results.col.weight", "results.col.s", "results.col.ws", "results.col.share"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(i18n.get(heads[c]));
            head.getStyleClass().add("table-head");
            grid.add(head, c, 0);
        }
        int row = 1;
        for (ResultsViewModel.ExplanationRow line : model.explanation(theme.theme().id())) {
            QuestionScore q = line.score();
            Label text = new Label(line.question().text().get(lang));
            text.setWrapText(true);
            text.setMaxWidth(520);
            grid.add(text, 0, row);
            if (q.included()) {
                grid.add(new Label(Formats.decimal(q.weight(), i18n.locale())), 1, row);
                grid.add(new Label(Formats.decimal(q.s(), i18n.locale())), 2, row);
                grid.add(new Label(Formats.decimal(q.weighted(), i18n.locale())), 3, row);
                grid.add(new Label(Formats.percent(q.share(), i18n.locale())), 4, row);
            } else {
                Label reason = new Label(i18n.get("exclusion." + q.exclusion().name().toLowerCase(java.util.Locale.ROOT)));
                reason.getStyleClass().add("muted");
                grid.add(reason, 1, row, 4, 1);
            }
            row++;
        }
        explanation.getChildren().addAll(title, rule, grid);
    }

    private Node strengthsAndWeaknesses(String lang) {
        VBox strengths = list("results.strengths", model.strengths(), lang, "strengths");
        VBox weaknesses = list("results.weaknesses", model.weaknesses(), lang, "weaknesses");
        HBox box = new HBox(40, strengths, weaknesses);
        return box;
    }

    private VBox list(String key, List<ResultsViewModel.ThemeRow> rows, String lang, String id) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(4, title);
        box.setId(id);
        if (rows.isEmpty()) {
            box.getChildren().add(new Label(i18n.get("results.none")));
        }
        for (ResultsViewModel.ThemeRow row : rows) {
            box.getChildren().add(new Label("• " + row.theme().title().get(lang) + " — "
                    + Formats.score(row.score().score(), i18n.locale())));
        }
        return box;
    }

    private Node recommendations(String lang) {
        Label title = new Label(i18n.get("results.recommendations"));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(8, title);
        box.setId("recommendations");
        List<ResultsViewModel.RecommendationRow> rows = model.recommendations();
        if (rows.isEmpty()) {
            box.getChildren().add(new Label(i18n.get("results.none")));
        }
        for (ResultsViewModel.RecommendationRow row : rows) {
            Label question = new Label(row.theme().title().get(lang) + " · " + row.question().text().get(lang));
            question.getStyleClass().add("recommendation-question");
            question.setWrapText(true);
            Label text = new Label(row.question().recommendation().get(lang));
            text.setWrapText(true);
            Button add = new Button(i18n.get("results.add-action"));
            add.setId("add-action-" + row.question().id());
            add.setOnAction(e -> {
                onAddAction.accept(row);
                add.setDisable(true);
                add.setText(i18n.get("results.action-added"));
            });
            VBox item = new VBox(4, question, text, new FlowPane(add));
            item.getStyleClass().add("recommendation");
            box.getChildren().add(item);
        }
        return box;
    }

    private String delta(Double now, Double before) {
        if (now == null || before == null) {
            return "–";
        }
        double d = now - before;
        return (d >= 0 ? "+" : "−") + Formats.score(Math.abs(d), i18n.locale());
    }

    /** The badge colour of a level, red (lowest) to green (highest), for any number of result levels. */
    private String colourStep(Integer level) {
        if (level == null) {
            return "none";
        }
        ResultLevels results = model.questionnaire().scale().results();
        return String.valueOf(Math.round(results.position(level) * ResultLevels.STANDARD.highest()));
    }
}
