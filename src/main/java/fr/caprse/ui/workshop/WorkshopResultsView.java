package fr.caprse.ui.workshop;

import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.workshop.Disagreements;
import fr.caprse.domain.workshop.GroupScores;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The workshop's results: the questions the room disagreed on most, and each stakeholder group's theme
 * scores from its own votes, as a table and as a radar with one line per group.
 */
public final class WorkshopResultsView {

    /** How many of the most divergent questions are listed. */
    static final int DISAGREEMENTS_SHOWN = 5;

    private final WorkshopViewModel model;
    private final Supplier<I18n> texts;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);
    private final GroupRadarChart radar = new GroupRadarChart();
    private final VBox disagreements = new VBox(4);
    private final GridPane table = new GridPane();

    public WorkshopResultsView(WorkshopViewModel model, Supplier<I18n> texts) {
        this.model = model;
        this.texts = texts;
        root.setFitToWidth(true);
        root.setId("workshop-results");
        content.getStyleClass().addAll("page", "workshop-results");
        radar.setId("group-radar");
        radar.setPrefSize(700, 560);
        HBox.setHgrow(radar, Priority.SOMETIMES);
        radar.setMinSize(520, 460);
        disagreements.setId("workshop-disagreements");
        table.setId("group-scores");
        table.setHgap(18);
        table.setVgap(6);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ScrollPane root() {
        return root;
    }

    public GroupRadarChart radar() {
        return radar;
    }

    /** A theme's title up to its colon ("Gouvernance : comment vous décidez" → "Gouvernance"), for axes and heads. */
    static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title;
    }

    void refresh() {
        I18n i18n = texts.get();
        String language = i18n.language();
        Questionnaire questionnaire = model.workshop().questionnaire();
        WorkshopService.Results results = model.results();
        Label title = new Label(i18n.get("workshop.results.title"));
        title.getStyleClass().add("page-title");
        Label disagreementTitle = new Label(i18n.get("workshop.results.disagreements"));
        disagreementTitle.getStyleClass().add("section-title");
        disagreements.getChildren().clear();
        List<Disagreements.Disagreement> list = results.disagreements();
        if (list.isEmpty()) {
            disagreements.getChildren().add(new Label(i18n.get("workshop.results.no-disagreement")));
        }
        for (Disagreements.Disagreement d : list.subList(0, Math.min(DISAGREEMENTS_SHOWN, list.size()))) {
            Label line = new Label(i18n.get("workshop.results.disagreement", d.question().text().get(language),
                    d.spread().min(), d.spread().max(), Formats.decimal(d.spread().median(), i18n.locale())));
            line.setId("disagreement-" + d.question().id());
            line.setWrapText(true);
            if (d.spread().divergent()) {
                line.getStyleClass().add("workshop-divergent");
            }
            disagreements.getChildren().add(line);
        }
        Label groupsTitle = new Label(i18n.get("workshop.results.groups"));
        groupsTitle.getStyleClass().add("section-title");
        Label groupsHint = new Label(i18n.get("workshop.results.groups-hint"));
        groupsHint.setWrapText(true);
        groupsHint.getStyleClass().add("muted");
        table.getChildren().clear();
        List<Theme> themes = questionnaire.themes();
        Label corner = new Label(i18n.get("workshop.results.group"));
        corner.getStyleClass().add("table-head");
        table.add(corner, 0, 0);
        for (int t = 0; t < themes.size(); t++) {
            Label head = new Label(shortTitle(themes.get(t).title().get(language)));
            head.getStyleClass().add("table-head");
            head.setWrapText(true);
            table.add(head, t + 1, 0);
        }
        List<GroupRadarChart.Series> series = new ArrayList<>();
        int row = 1;
        for (GroupScores.GroupScore group : results.groups()) {
            String name = WorkshopMessages.group(i18n, group.group()) + " (" + group.participantIds().size() + ")";
            Label groupLabel = new Label(name);
            groupLabel.setMinWidth(Region.USE_PREF_SIZE);
            table.add(groupLabel, 0, row);
            List<Double> scores = new ArrayList<>();
            for (int t = 0; t < themes.size(); t++) {
                Double score = group.theme(themes.get(t).id());
                scores.add(score);
                Label cell = new Label(score == null ? "–" : Formats.score(score, i18n.locale()));
                cell.setId("group-score-" + group.group() + "-" + themes.get(t).id());
                table.add(cell, t + 1, row);
            }
            series.add(new GroupRadarChart.Series(name,
                    GroupRadarChart.PALETTE.get((row - 1) % GroupRadarChart.PALETTE.size()), scores));
            row++;
        }
        radar.setData(themes.stream().map(t -> shortTitle(t.title().get(language))).toList(), series);
        VBox left = new VBox(10, disagreementTitle, disagreements, groupsTitle, groupsHint, table);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMinWidth(0);
        HBox columns = new HBox(24, left, radar);
        content.getChildren().setAll(title, columns);
    }
}
