package fr.caprse.ui.observatory;

import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.DialogService;
import fr.caprse.ui.common.DisplayConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Observatoire page: what to consolidate, the options, Consolidate with a progress bar and
 * Cancel, the summary and the files set aside; and "Importer des repères…" for the results page.
 */
public final class ObservatoryView {

    private final ObservatoryViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final ScrollPane root;

    public ObservatoryView(ObservatoryViewModel model, I18n i18n, DialogService dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        root = new ScrollPane(build());
        root.setFitToWidth(true);
    }

    public Parent root() {
        return root;
    }

    /** Opens the Observatoire in a window of its own, beside the main window. */
    public static void openWindow(Window owner, fr.caprse.ui.common.AppServices services) {
        ObservatoryViewModel model = new ObservatoryViewModel(services.tasks(), services.questionnaires(),
                fr.caprse.application.observatory.BenchmarkPackStore.forDataFolder(fr.caprse.platform.AppDirs.dataDir()),
                services.texts());
        ObservatoryView view = new ObservatoryView(model, services.texts(), services.dialogs());
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.setTitle(services.texts().get("observatory.title"));
        javafx.scene.Scene scene = new javafx.scene.Scene(view.root(), 900, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                view.root().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                        .filter(c -> c.startsWith("text-size-")).toList());
            }
        }
        stage.setOnCloseRequest(e -> model.cancel());
        stage.setScene(scene);
        stage.show();
    }

    private VBox build() {
        Label title = new Label(i18n.get("observatory.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(i18n.get("observatory.intro"));
        intro.setWrapText(true);

        Label inputsLabel = new Label(i18n.get("observatory.inputs"));
        inputsLabel.getStyleClass().add("section-title");
        ListView<Path> inputs = new ListView<>(model.inputs());
        inputs.setId("observatory-inputs");
        inputs.setPrefHeight(140);
        inputsLabel.setLabelFor(inputs);
        Button addFiles = button("observatory-add-files", "observatory.add-files");
        addFiles.setOnAction(e -> dialogs.chooseFilesToOpen(i18n.get("observatory.add-files").replace("_", ""),
                        List.of(new DialogService.FileFilter("Excel, .rse.json", List.of("*.xlsx", "*.xlsm", "*.xls",
                                "*.json")))).stream()
                .filter(p -> !model.inputs().contains(p)).forEach(model.inputs()::add));
        Button addFolder = button("observatory-add-folder", "observatory.add-folder");
        addFolder.setOnAction(e -> dialogs.chooseFolder(i18n.get("observatory.add-folder").replace("_", ""))
                .filter(folder -> !model.inputs().contains(folder)).ifPresent(model.inputs()::add));
        Button remove = button("observatory-remove", "observatory.remove");
        remove.disableProperty().bind(inputs.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.inputs().remove(inputs.getSelectionModel().getSelectedItem()));
        HBox inputButtons = new HBox(8, addFiles, addFolder, remove);

        Label byLabel = new Label(i18n.get("observatory.by"));
        ComboBox<Grouping> by = new ComboBox<>();
        by.setId("observatory-by");
        List<Grouping> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(Grouping.values()));
        by.getItems().setAll(choices);
        by.setConverter(DisplayConverter.of(g -> i18n.get("observatory.by." + (g == null ? "none" : g.code()))));
        by.valueProperty().bindBidirectional(model.byProperty());
        byLabel.setLabelFor(by);
        Label minLabel = new Label(i18n.get("observatory.min-group"));
        Spinner<Integer> min = new Spinner<>(1, 100, model.minGroupProperty().get());
        min.setId("observatory-min-group");
        min.valueProperty().addListener((obs, old, now) -> model.minGroupProperty().set(now));
        minLabel.setLabelFor(min);
        HBox byPair = new HBox(8, byLabel, by);
        byPair.setAlignment(Pos.CENTER_LEFT);
        HBox minPair = new HBox(8, minLabel, min);
        minPair.setAlignment(Pos.CENTER_LEFT);
        // each label stays whole beside its field; the pairs go one under the other when the window is narrow
        javafx.scene.layout.FlowPane options = new javafx.scene.layout.FlowPane(24, 8, byPair, minPair);
        options.setAlignment(Pos.CENTER_LEFT);
        byLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        minLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        CheckBox longCsv = new CheckBox(i18n.get("observatory.long"));
        longCsv.setId("observatory-long");
        longCsv.selectedProperty().bindBidirectional(model.longCsvProperty());
        CheckBox pack = new CheckBox(i18n.get("observatory.pack"));
        pack.setId("observatory-pack");
        pack.selectedProperty().bindBidirectional(model.packProperty());

        Button run = button("observatory-run", "observatory.run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(model.inputs())));
        run.setOnAction(e -> dialogs.chooseFileToSave(i18n.get("observatory.output.title"), "consolidation.xlsx",
                List.of(new DialogService.FileFilter("Excel", List.of("*.xlsx")))).ifPresent(model::run));
        ProgressBar progress = new ProgressBar();
        progress.setId("observatory-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = button("observatory-cancel", "observatory.cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox runLine = new HBox(10, run, progress, cancel);
        runLine.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("observatory-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label rejectedLabel = new Label(i18n.get("observatory.rejected-title"));
        rejectedLabel.getStyleClass().add("section-title");
        ListView<String> rejected = new ListView<>(model.rejected());
        rejected.setId("observatory-rejected");
        rejected.setPrefHeight(160);
        rejectedLabel.setLabelFor(rejected);

        Button importPack = button("observatory-import-pack", "observatory.import-pack");
        importPack.setOnAction(e -> dialogs.chooseFileToOpen(i18n.get("observatory.import-pack.title"),
                List.of(new DialogService.FileFilter("JSON", List.of("*.json"))))
                .ifPresent(file -> dialogs.notify(model.importPack(file))));

        VBox page = new VBox(12, title, intro, inputsLabel, inputs, inputButtons, options, longCsv, pack, runLine, status,
                rejectedLabel, rejected, importPack);
        page.getStyleClass().addAll("page", "observatory");
        return page;
    }

    private Button button(String id, String key) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }
}
