package fr.caprse.ui.results;

import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.questionnaire.ResultLevels;
import fr.caprse.domain.scoring.QuestionScore;
import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import fr.caprse.ui.common.Formats;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    private GridPane themeGrid;
    /** The theme whose explanation is open under its row, or null. */
    private String explained;
    private final java.util.Map<String, Integer> themeRows = new java.util.HashMap<>();
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
        completion.setWrapText(true);
        level.setMinWidth(Region.USE_PREF_SIZE);
        VBox headline = new VBox(6, new HBox(6, overall, outOf), level, completion);
        List<ResultsViewModel.ThemeRow> waiting = model.notAssessed();
        if (!waiting.isEmpty()) {
            // a partial assessment is not a failure: say which themes are still to do, and how they count
            Label partial = new Label(i18n.get("results.partial", waiting.size(), waiting.stream()
                    .map(r -> Typography.forDisplay(r.theme().title().get(lang), lang)).collect(java.util.stream.Collectors.joining(", "))));
            partial.setId("results-partial");
            partial.setWrapText(true);
            partial.getStyleClass().add("partial-note");
            headline.getChildren().add(partial);
        }
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
                .map(r -> new RadarChart.Axis(Typography.forDisplay(r.theme().title().get(lang), lang),
                        r.assessed() ? r.score().score() : null, r.previousScore())).toList());
        HBox.setHgrow(radar, Priority.ALWAYS);
        // horizontal bars, a line per theme: names wrap whole, bars keep their length at any text size
        Node bars = ThemeBars.of(model.themes(), model.previous().isPresent(), i18n);
        HBox.setHgrow(bars, Priority.ALWAYS);
        // side by side when there is room, one under the other at large text
        FlowPane charts = new FlowPane(16, 16, radar, bars);
        charts.setAlignment(Pos.CENTER_LEFT);

        content.getChildren().setAll(titleLine, headline, charts, themeTable(lang),
                strengthsAndWeaknesses(lang), recommendations(lang));
        // observatory: "you against organisations like yours", when a benchmark pack was imported
        model.comparison().ifPresent(c -> content.getChildren().add(3,
                fr.caprse.ui.observatory.BenchmarkComparisonView.of(c, i18n)));
        // the legal obligations the questionnaire cites, and the date they were checked
        new fr.caprse.ui.legal.LegalBaselineView(i18n).forQuestionnaire(model.questionnaire())
                .ifPresent(content.getChildren()::add);
    }

    private Node themeTable(String lang) {
        GridPane grid = new GridPane();
        themeGrid = grid;
        grid.setId("theme-table");
        grid.getStyleClass().add("theme-table");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(160);
        grid.getColumnConstraints().addAll(wide);
        String[] heads = {"results.col.theme", "results.col.score", "results.col.level", "results.col.answered",
                "results.col.previous", ""};
        for (int c = 0; c < heads.length; c++) {
            if (!heads[c].isEmpty() && (c != 4 || model.previous().isPresent())) {
                Label head = new Label(i18n.get(heads[c]));
                head.getStyleClass().add("table-head");
                head.setMinWidth(c == 0 ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
                grid.add(head, c, 0);
            }
        }
        // each theme takes two grid rows: its line, and below it the room where its explanation opens
        int row = 1;
        for (ResultsViewModel.ThemeRow theme : model.themes()) {
            String id = theme.theme().id();
            Label name = new Label(Typography.forDisplay(theme.theme().title().get(lang), lang));
            name.setWrapText(true);
            Label value = new Label(theme.score().score() == null ? i18n.get("results.not-scored")
                    : theme.assessed() ? Formats.score(theme.score().score(), i18n.locale()) : "–");
            value.setId("theme-score-" + id);
            Label level = new Label(theme.score().level() == null ? ""
                    : theme.assessed() ? i18n.levelName(model.questionnaire().scale().results(), theme.score().level())
                    : i18n.get("results.not-assessed"));
            level.setId("theme-level-" + id);
            level.getStyleClass().addAll("level-badge", "level-" + (theme.assessed() ? colourStep(theme.score().level()) : "none"));
            Label answered = new Label(theme.score().answered() + " / " + theme.score().applicable());
            for (Label fixed : List.of(value, level, answered)) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.addRow(row, name, value, level, answered);
            if (model.previous().isPresent()) {
                Label before = new Label(Formats.score(theme.previousScore(), i18n.locale())
                        + (theme.delta() == null ? "" : " (" + delta(theme.score().score(), theme.previousScore()) + ")"));
                before.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(before, 4, row);
            }
            Button explain = new Button(i18n.get("results.explain"));
            explain.setId("explain-" + id);
            explain.getStyleClass().add("flat");
            explain.setMinWidth(Region.USE_PREF_SIZE);
            explain.setOnAction(e -> explain(theme));
            grid.add(explain, 5, row);
            themeRows.put(id, row);
            row += 2;
        }
        return grid;
    }

    /**
     * Opens the explanation of a theme's score right under its row, where the eye is; a second click
     * on the same theme closes it.
     */
    private void explain(ResultsViewModel.ThemeRow theme) {
        String lang = i18n.language();
        themeGrid.getChildren().remove(explanation);
        explanation.getChildren().clear();
        if (theme.theme().id().equals(explained)) {
            explained = null;
            return;
        }
        explained = theme.theme().id();
        Label title = new Label(i18n.get("results.explanation.title", Typography.forDisplay(theme.theme().title().get(lang), lang)));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label rule = new Label(theme.score().score() == null ? i18n.get("results.explanation.none")
                : i18n.get("results.explanation.rule", Formats.decimal(theme.score().weightedSum(), i18n.locale()),
                Formats.decimal(theme.score().weightSum(), i18n.locale()), Formats.score(theme.score().score(), i18n.locale())));
        rule.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setMinWidth(120);
        grid.getColumnConstraints().add(text);
        String[] heads = {"results.col.question", "results.col.weight", "results.col.s", "results.col.ws", "results.col.share"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(i18n.get(heads[c]));
            head.getStyleClass().add("table-head");
            if (c > 0) {
                head.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.add(head, c, 0);
        }
        int row = 1;
        for (ResultsViewModel.ExplanationRow line : model.explanation(theme.theme().id())) {
            QuestionScore q = line.score();
            Label question = new Label(Typography.forDisplay(line.question().text().get(lang), lang));
            question.setWrapText(true);
            grid.add(question, 0, row);
            if (q.included()) {
                grid.add(fixed(Formats.decimal(q.weight(), i18n.locale())), 1, row);
                grid.add(fixed(Formats.decimal(q.s(), i18n.locale())), 2, row);
                grid.add(fixed(Formats.decimal(q.weighted(), i18n.locale())), 3, row);
                grid.add(fixed(Formats.percent(q.share(), i18n.locale())), 4, row);
            } else {
                Label reason = new Label(i18n.get("exclusion." + q.exclusion().name().toLowerCase(java.util.Locale.ROOT)));
                reason.getStyleClass().add("muted");
                reason.setWrapText(true);
                grid.add(reason, 1, row, 4, 1);
            }
            row++;
        }
        explanation.getChildren().addAll(title, rule, grid);
        explanation.getStyleClass().setAll("explanation");
        themeGrid.add(explanation, 0, themeRows.get(theme.theme().id()) + 1, 6, 1);
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node strengthsAndWeaknesses(String lang) {
        VBox strengths = list("results.strengths", model.strengths(), lang, "strengths");
        VBox weaknesses = list("results.weaknesses", model.weaknesses(), lang, "weaknesses");
        FlowPane box = new FlowPane(40, 12, strengths, weaknesses);
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
            Label item = new Label("• " + Typography.forDisplay(row.theme().title().get(lang), lang) + " — "
                    + Formats.score(row.score().score(), i18n.locale()));
            item.setWrapText(true);
            box.getChildren().add(item);
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
            Label question = new Label(Typography.forDisplay(row.theme().title().get(lang) + " · "
                    + row.question().text().get(lang), lang));
            question.getStyleClass().add("recommendation-question");
            question.setWrapText(true);
            Label text = new Label(Typography.forDisplay(row.question().recommendation().get(lang), lang));
            text.setWrapText(true);
            Button add = new Button(i18n.get("results.add-action"));
            add.setId("add-action-" + row.question().id());
            add.setOnAction(e -> {
                onAddAction.accept(row);
                add.setDisable(true);
                add.setText(i18n.get("results.action-added"));
            });
            VBox item = new VBox(4, question, text);
            if (!model.isAnswered(row.question().id())) {
                // not answered yet: the recommendation may already be done, the user has not said
                Label open = new Label(i18n.get("results.recommendation.unanswered"));
                open.getStyleClass().add("muted");
                open.setWrapText(true);
                item.getChildren().add(open);
            }
            item.getChildren().add(new FlowPane(add));
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
