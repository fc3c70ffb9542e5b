package fr.caprse.ui.vsme;

import fr.caprse.application.Workspace;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.DialogService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The home page's ways to EFRAG's official VSME template: "Importer un modèle VSME…" in the toolbar, "Modèle
 * VSME officiel…" in the menu of a vsme-basic assessment (and only there), and a line saying what is being
 * done with its progress while a template is written or read.
 */
public final class VsmeView {

    private final VsmeViewModel model;
    private final AppServices services;
    private final I18n i18n;

    public VsmeView(VsmeViewModel model, AppServices services, I18n i18n) {
        this.model = model;
        this.services = services;
        this.i18n = i18n;
    }

    /** "Importer un modèle VSME…": a filled template becomes a new assessment, then opens. */
    public Button importButton(Consumer<Workspace.AssessmentEntry> opened) {
        Button button = new Button(i18n.get("vsme.import"));
        button.setId("home-import-vsme");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> services.dialogs().chooseFileToOpen(i18n.get("vsme.import.title"), List.of(xlsx()))
                .ifPresent(file -> model.importTemplate(file, opened)));
        return button;
    }

    /** "Modèle VSME officiel…" for a vsme-basic assessment; nothing for an assessment on another questionnaire. */
    public Optional<MenuItem> exportItem(Workspace.AssessmentEntry entry, String fileName) {
        if (!VsmeViewModel.offeredFor(entry)) {
            return Optional.empty();
        }
        MenuItem item = new MenuItem(i18n.get("vsme.export"));
        item.setId("vsme-export-" + entry.id());
        item.disableProperty().bind(model.busyProperty());
        item.setOnAction(e -> services.dialogs().chooseFileToSave(i18n.get("vsme.export.title"),
                        fileName + "-" + i18n.get("vsme.file") + ".xlsx", List.of(xlsx()))
                .ifPresent(file -> model.export(entry, file)));
        return Optional.of(item);
    }

    /**
     * "Reprendre un modèle VSME rempli…" for a vsme-basic assessment: a filled template read into this
     * assessment, after a confirmation saying what will change; {@code saved} runs once it is saved.
     */
    public Optional<MenuItem> importIntoItem(Workspace.AssessmentEntry entry, String organisationName, Runnable saved) {
        if (!VsmeViewModel.offeredFor(entry)) {
            return Optional.empty();
        }
        MenuItem item = new MenuItem(i18n.get("vsme.into"));
        item.setId("vsme-into-" + entry.id());
        item.disableProperty().bind(model.busyProperty());
        item.setOnAction(e -> services.dialogs().chooseFileToOpen(i18n.get("vsme.import.title"), List.of(xlsx()))
                .ifPresent(file -> model.importInto(entry, organisationName, file, saved)));
        return Optional.of(item);
    }

    /** What is being done and how far, shown only while a template is written or read. */
    public Node status() {
        Label text = new Label();
        text.setId("vsme-status");
        text.textProperty().bind(model.statusProperty());
        text.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("vsme-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, bar, text);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("task-status");
        line.visibleProperty().bind(model.busyProperty());
        line.managedProperty().bind(model.busyProperty());
        return line;
    }

    private DialogService.FileFilter xlsx() {
        return new DialogService.FileFilter(i18n.get("file.xlsx"), List.of("*.xlsx"));
    }
}
