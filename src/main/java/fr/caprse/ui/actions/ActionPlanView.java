package fr.caprse.ui.actions;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.DisplayConverter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The action plan: one editable line per action (title, owner, due date, status). */
public final class ActionPlanView {

    private final ActionPlanViewModel model;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final ListChangeListener<Action> listener = c -> rebuild();

    public ActionPlanView(ActionPlanViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setFitToWidth(true);
        content.getStyleClass().add("page");
        Label title = new Label(i18n.get("actions.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(i18n.get("actions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        TextField newTitle = new TextField();
        newTitle.setId("action-new-title");
        newTitle.setPromptText(i18n.get("actions.new.prompt"));
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        Button add = new Button(i18n.get("actions.add"));
        add.setId("action-add");
        add.disableProperty().bind(newTitle.textProperty().isEmpty());
        Runnable addAction = () -> {
            if (!newTitle.getText().isBlank()) {
                model.add(newTitle.getText().trim());
                newTitle.clear();
            }
        };
        add.setOnAction(e -> addAction.run());
        newTitle.setOnAction(e -> addAction.run());
        HBox adder = new HBox(8, newTitle, add);
        adder.setAlignment(Pos.CENTER_LEFT);
        grid.setId("action-table");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(wide);
        content.getChildren().addAll(title, hint, grid, adder);
        model.actions().addListener(listener);
        rebuild();
    }

    public Node root() {
        return root;
    }

    public void dispose() {
        model.actions().removeListener(listener);
    }

    private void rebuild() {
        grid.getChildren().clear();
        String[] heads = {"actions.col.title", "actions.col.owner", "actions.col.due", "actions.col.status"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(i18n.get(heads[c]));
            head.getStyleClass().add("table-head");
            grid.add(head, c, 0);
        }
        if (model.actions().isEmpty()) {
            Label none = new Label(i18n.get("actions.none"));
            none.setId("actions-none");
            grid.add(none, 0, 1, 4, 1);
            return;
        }
        for (int i = 0; i < model.actions().size(); i++) {
            int index = i;
            Action action = model.actions().get(i);
            TextField title = new TextField(action.title());
            title.setId("action-title-" + i);
            title.focusedProperty().addListener((o, was, now) -> {
                if (!now && !title.getText().isBlank()) {
                    Action a = model.actions().get(index);
                    model.update(index, new Action(a.questionId(), title.getText().trim(), a.owner(), a.due(), a.status()));
                }
            });
            TextField owner = new TextField(action.owner() == null ? "" : action.owner());
            owner.setId("action-owner-" + i);
            owner.setPromptText(i18n.get("actions.owner.prompt"));
            owner.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    Action a = model.actions().get(index);
                    model.update(index, new Action(a.questionId(), a.title(), owner.getText().isBlank() ? null : owner.getText().trim(), a.due(), a.status()));
                }
            });
            DatePicker due = new DatePicker(action.due());
            due.setId("action-due-" + i);
            due.valueProperty().addListener((o, a0, date) -> {
                Action a = model.actions().get(index);
                model.update(index, new Action(a.questionId(), a.title(), a.owner(), date, a.status()));
            });
            ComboBox<ActionStatus> status = new ComboBox<>();
            status.setId("action-status-" + i);
            status.getItems().setAll(ActionStatus.values());
            status.setConverter(DisplayConverter.of(s -> s == null ? "" : i18n.get("status." + s.code())));
            status.setValue(action.status());
            status.valueProperty().addListener((o, a0, s) -> {
                Action a = model.actions().get(index);
                model.update(index, new Action(a.questionId(), a.title(), a.owner(), a.due(), s));
            });
            Button remove = new Button("✕");
            remove.setId("action-remove-" + i);
            remove.getStyleClass().add("flat");
            remove.setAccessibleText(i18n.get("actions.remove"));
            remove.setOnAction(e -> model.remove(index));
            grid.addRow(i + 1, title, owner, due, status, remove);
        }
    }
}
