package fr.caprse.ui.workshop;

import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.StakeholderGroup;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.DialogService;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The workshop's participants: add one (name or alias, role, stakeholder group), remove one (kept, marked,
 * when they have voted), or import the file a participant filled in alone beforehand as their votes.
 */
public final class ParticipantsView {

    private final WorkshopViewModel model;
    private final Supplier<I18n> texts;
    private final DialogService dialogs;
    private final VBox root = new VBox(12);
    private final TextField name = new TextField();
    private final TextField role = new TextField();
    private final ComboBox<String> group = new ComboBox<>();
    private final Label error = new Label();
    private final VBox list = new VBox(6);

    public ParticipantsView(WorkshopViewModel model, Supplier<I18n> texts, DialogService dialogs) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        I18n i18n = texts.get();
        root.getStyleClass().addAll("page", "workshop-participants");
        root.setId("workshop-participants");
        name.setId("participant-name");
        name.setPromptText(i18n.get("workshop.participants.name"));
        role.setId("participant-role");
        role.setPromptText(i18n.get("workshop.participants.role"));
        group.setId("participant-group");
        group.getItems().setAll(Arrays.stream(StakeholderGroup.values()).map(StakeholderGroup::code).toList());
        group.setValue(StakeholderGroup.EMPLOYEES.code());
        group.setCellFactory(v -> new GroupCell());
        group.setButtonCell(new GroupCell());
        Button add = new Button(i18n.get("workshop.participants.add"));
        add.setId("participant-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> add());
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add();
                e.consume();
            }
        });
        Button importFile = new Button(i18n.get("workshop.participants.import"));
        importFile.setId("participant-import");
        importFile.setOnAction(e -> importFile());
        error.setId("participant-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Label title = new Label(i18n.get("workshop.participants.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(i18n.get("workshop.participants.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        FlowPane form = new FlowPane(8, 8, name, role, group, add, importFile);
        form.setAlignment(Pos.CENTER_LEFT);
        list.setId("participant-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        root.getChildren().setAll(title, hint, form, error, scroll);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public VBox root() {
        return root;
    }

    private void add() {
        String problem = model.addParticipant(name.getText(), role.getText(), group.getValue());
        error.setText(problem);
        if (problem.isEmpty()) {
            name.clear();
            role.clear();
            name.requestFocus();
        }
    }

    private void importFile() {
        I18n i18n = texts.get();
        if (name.getText().isBlank()) {
            error.setText(i18n.get("workshop.import.name-first"));
            name.requestFocus();
            return;
        }
        dialogs.chooseFileToOpen(i18n.get("workshop.participants.import"),
                        List.of(new DialogService.FileFilter(i18n.get("file.rse-json"), List.of("*.rse.json"))))
                .ifPresent(file -> {
                    int before = model.workshop().participants().size();
                    model.importParticipantFile(file, name.getText(), group.getValue(), text -> {
                        error.setText(text);
                        if (model.workshop().participants().size() > before) {
                            name.clear();
                        }
                    });
                });
    }

    private void refresh() {
        I18n i18n = texts.get();
        list.getChildren().clear();
        int index = 1;
        for (Participant participant : model.workshop().participants()) {
            Label label = new Label(index++ + ". " + participant.name()
                    + (participant.role() == null ? "" : " (" + participant.role() + ")")
                    + " · " + WorkshopMessages.group(i18n, participant.groupOrOther())
                    + (participant.removed() ? " · " + i18n.get("workshop.removed") : ""));
            label.setId("participant-" + participant.id());
            HBox row = new HBox(12, label);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!participant.removed()) {
                Button remove = new Button(i18n.get("workshop.participants.remove"));
                remove.setId("participant-remove-" + participant.id());
                remove.setOnAction(e -> model.removeParticipant(participant.id()));
                row.getChildren().add(remove);
            }
            list.getChildren().add(row);
        }
    }

    private final class GroupCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : WorkshopMessages.group(texts.get(), code));
        }
    }
}
