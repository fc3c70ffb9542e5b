package fr.caprse.ui.home;

import fr.caprse.application.HomeRows;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.DialogService;
import fr.caprse.ui.common.Formats;
import fr.caprse.application.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The home page: a toolbar (new assessment, import, recent files) and one card per organisation with
 * its assessments. A {@code .rse.json} file dropped anywhere on the page is imported.
 */
public final class HomeView {

    private final HomeViewModel model;
    private final AppServices services;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox list = new VBox(16);
    private final MenuButton recent = new MenuButton();
    private final Consumer<Workspace.AssessmentEntry> open;
    private final ListChangeListener<Object> rebuild = c -> build();
    private Runnable tryQuestionnaire = () -> { };
    private final fr.caprse.ui.vsme.VsmeView vsme;

    public HomeView(HomeViewModel model, AppServices services, I18n i18n, Runnable newAssessment,
                    Consumer<Workspace.AssessmentEntry> open) {
        this.model = model;
        this.services = services;
        this.i18n = i18n;
        this.open = open;
        this.vsme = new fr.caprse.ui.vsme.VsmeView(model.vsme(), services, i18n);
        root.getStyleClass().add("home");
        Label title = new Label(i18n.get("home.title"));
        title.setId("home-title");
        title.getStyleClass().add("page-title");
        Button create = new Button(i18n.get("home.new"));
        create.setId("home-new");
        create.getStyleClass().add("accent");
        create.setMnemonicParsing(true);
        create.setOnAction(e -> newAssessment.run());
        Button importButton = new Button(i18n.get("home.import"));
        importButton.setId("home-import");
        importButton.setMnemonicParsing(true);
        importButton.setOnAction(e -> services.dialogs()
                .chooseFileToOpen(i18n.get("home.import.title"), List.of(jsonFilter()))
                .ifPresent(this::importFile));
        Button importForm = new Button(i18n.get("home.import-form"));
        importForm.setId("home-import-form");
        importForm.setOnAction(e -> services.dialogs()
                .chooseFileToOpen(i18n.get("home.import-form.title"), List.of(xlsxFilter()))
                .ifPresent(file -> model.importForm(file, open)));
        recent.setId("home-recent");
        recent.setText(i18n.get("home.recent"));
        ProgressBar progress = new ProgressBar();
        progress.setId("home-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button observatory = new Button(i18n.get("observatory.open"));
        observatory.setId("home-observatory");
        observatory.setOnAction(e -> fr.caprse.ui.observatory.ObservatoryView.openWindow(
                observatory.getScene() == null ? null : observatory.getScene().getWindow(), services));
        Button importVsme = vsme.importButton(entry -> {
            model.refresh();
            open.accept(entry);
        });
        // the title and the main action on one line, the other entries on the next, wrapping as the text
        // grows: at 200 % on a 1366-pixel screen no button is cut (LargeTextTest)
        title.setMinWidth(Region.USE_PREF_SIZE);
        create.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(10, title, spacer, progress, create);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane entries = new javafx.scene.layout.FlowPane(10, 8,
                importButton, importForm, importVsme, recent, observatory);
        entries.setId("home-actions");
        entries.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(8, titleRow, entries);
        toolbar.setId("home-toolbar");
        toolbar.getStyleClass().add("toolbar-row");
        list.getStyleClass().add("org-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox page = new VBox(16, toolbar, vsme.status(), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        page.getStyleClass().add("page");
        root.setCenter(page);
        // questionnaire authoring: a consultant tries their own file before a client sees it (a line of its
        // own at the foot of the page, the toolbar being full)
        Label tryHint = new Label(i18n.get("home.try.hint"));
        tryHint.getStyleClass().add("muted");
        javafx.scene.control.Hyperlink tryFile = new javafx.scene.control.Hyperlink(i18n.get("home.try"));
        tryFile.setId("home-try-questionnaire");
        tryFile.setOnAction(e -> tryQuestionnaire.run());
        javafx.scene.layout.FlowPane footer = new javafx.scene.layout.FlowPane(4, 4, tryHint, tryFile);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("home-footer");
        root.setBottom(footer);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        model.organisations().addListener(rebuild);
        model.recentFiles().addListener(rebuild);
        build();
    }

    public Node root() {
        return root;
    }

    /** What "Try a questionnaire file…" does (the main window opens its page). */
    public void setOnTryQuestionnaire(Runnable action) {
        tryQuestionnaire = action;
    }

    public void dispose() {
        model.organisations().removeListener(rebuild);
        model.recentFiles().removeListener(rebuild);
    }

    private void build() {
        recent.getItems().clear();
        for (Path path : model.recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName().toString());
            item.setOnAction(e -> importFile(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
        list.getChildren().clear();
        if (model.organisations().isEmpty()) {
            Label empty = new Label(i18n.get("home.empty"));
            empty.setId("home-empty");
            empty.setWrapText(true);
            Label drop = new Label(i18n.get("home.drop-hint"));
            drop.getStyleClass().add("muted");
            list.getChildren().addAll(empty, drop);
            return;
        }
        for (HomeRows.OrganisationRow row : model.organisations()) {
            list.getChildren().add(card(row));
        }
    }

    private Node card(HomeRows.OrganisationRow row) {
        Organisation organisation = row.entry().organisation();
        Label name = new Label(organisation.name());
        name.getStyleClass().add("org-name");
        List<String> facts = new ArrayList<>();
        if (organisation.legalForm() != null) {
            facts.add(Formats.legalForm(organisation.legalForm(), i18n));
        }
        if (organisation.employees() != null) {
            facts.add(i18n.get("home.employees", organisation.employees()));
        }
        if (organisation.territory() != null) {
            facts.add(organisation.territory());
        }
        Label details = new Label(String.join(" · ", facts));
        details.getStyleClass().add("muted");
        GridPane table = new GridPane();
        javafx.scene.layout.ColumnConstraints periodColumn = new javafx.scene.layout.ColumnConstraints();
        periodColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints questionnaireColumn = new javafx.scene.layout.ColumnConstraints();
        questionnaireColumn.setHgrow(Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getColumnConstraints().addAll(periodColumn, questionnaireColumn, fixed, fixed, fixed);
        table.setHgap(14);
        table.setVgap(6);
        String[] heads = {"home.col.period", "home.col.questionnaire", "home.col.completion", "home.col.score"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(i18n.get(heads[c]));
            head.getStyleClass().add("table-head");
            table.add(head, c, 0);
        }
        int r = 1;
        for (HomeRows.AssessmentRow assessment : row.assessments()) {
            Workspace.AssessmentEntry entry = assessment.entry();
            AssessmentScore score = assessment.score();
            Label period = new Label(entry.period());
            period.getStyleClass().add("period");
            Label questionnaire = new Label(assessment.questionnaire().title().get(i18n.language())
                    + " (v" + entry.questionnaireVersion() + ")");
            Label completion = new Label(Formats.percent(score.completion(), i18n.locale()));
            completion.setId("completion-" + entry.id());
            Label value = new Label(score.overall() == null ? "–" : Formats.score(score.overall(), i18n.locale())
                    + " · " + i18n.levelName(assessment.questionnaire().scale().results(), score.level()));
            value.setId("score-" + entry.id());
            Button openButton = button("open-" + entry.id(), "home.open", () -> open.accept(entry));
            openButton.getStyleClass().add("accent");
            MenuItem report = menuItem("report-" + entry.id(), "home.report", () -> services.dialogs()
                    .chooseFileToSave(i18n.get("home.report.title"), fileName(organisation, entry) + ".xlsx",
                            List.of(xlsxFilter()))
                    .ifPresent(file -> model.exportReport(entry, file)));
            MenuItem form = menuItem("form-" + entry.id(), "home.form", () -> services.dialogs()
                    .chooseFileToSave(i18n.get("home.form.title"), fileName(organisation, entry) + "-" + i18n.get("home.form.file")
                            + ".xlsx", List.of(xlsxFilter()))
                    .ifPresent(file -> model.exportForm(entry, file)));
            MenuItem export = menuItem("export-" + entry.id(), "home.export", () -> services.dialogs()
                    .chooseFileToSave(i18n.get("home.export.title"), fileName(organisation, entry) + ".rse.json", List.of(jsonFilter()))
                    .ifPresent(file -> model.exportFile(entry, file)));
            MenuItem duplicate = menuItem("duplicate-" + entry.id(), "home.duplicate", () -> askPeriod(entry)
                    .ifPresent(period1 -> model.duplicate(entry, period1, open)));
            MenuItem delete = menuItem("delete-" + entry.id(), "home.delete", () -> {
                if (services.dialogs().confirm(i18n.get("home.delete.title"),
                        i18n.get("home.delete.message", organisation.name(), entry.period()), i18n.get("home.delete"))) {
                    model.delete(entry);
                }
            });
            MenuButton more = new MenuButton(i18n.get("home.more"));
            more.setId("more-" + entry.id());
            more.getItems().addAll(report, form, export, duplicate, new javafx.scene.control.SeparatorMenuItem(), delete);
            vsme.exportItem(entry, fileName(organisation, entry)).ifPresent(item -> more.getItems().add(2, item));
            vsme.importIntoItem(entry, organisation.name(), model::refresh).ifPresent(item -> more.getItems().add(3, item));
            HBox buttons = new HBox(6, openButton, more);
            table.addRow(r++, period, questionnaire, completion, value, buttons);
        }
        VBox card = new VBox(8, name, details, table);
        card.getStyleClass().add("org-card");
        card.setId("org-" + row.entry().id());
        return card;
    }

    private Optional<String> askPeriod(Workspace.AssessmentEntry entry) {
        return services.dialogs().askText(i18n.get("home.duplicate.title"), i18n.get("home.duplicate.message"),
                nextPeriod(entry.period()));
    }

    /** "2025" → "2026"; any other period is offered as it is, to be edited. */
    static String nextPeriod(String period) {
        try {
            return String.valueOf(Integer.parseInt(period.trim()) + 1);
        } catch (NumberFormatException e) {
            return period;
        }
    }

    /** A file name for an assessment's exports: the organisation and period, safe on every system. */
    public static String fileName(Organisation organisation, Workspace.AssessmentEntry entry) {
        return (organisation.name() + "-" + entry.period()).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    private MenuItem menuItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private DialogService.FileFilter xlsxFilter() {
        return new DialogService.FileFilter(i18n.get("file.xlsx"), List.of("*.xlsx"));
    }

    private DialogService.FileFilter jsonFilter() {
        return new DialogService.FileFilter(i18n.get("file.rse-json"), List.of("*.rse.json", "*.json"));
    }

    private void importFile(Path file) {
        model.importFile(file, open);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream()
                .anyMatch(f -> f.getName().endsWith(".json"))) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = false;
        if (event.getDragboard().hasFiles()) {
            for (var file : event.getDragboard().getFiles()) {
                if (file.getName().endsWith(".json")) {
                    importFile(file.toPath());
                    done = true;
                }
            }
        }
        event.setDropCompleted(done);
        event.consume();
    }
}
