package fr.caprse.ui.actions;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.Dates;
import fr.caprse.ui.common.DisplayConverter;
import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The action plan: one card per action, its title in full (wrapped, never cut), and under it the
 * owner, the due date (written the way of the interface language; a date not understood is said) and
 * the status, which wrap to the next line at large text.
 */
public final class ActionPlanView {

    private final ActionPlanViewModel model;
    private final I18n i18n;
    private final VBox list = new VBox(10);
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    /** Rebuilt when an action comes or goes; an edited action keeps its card (and the focus stays where it is). */
    private final ListChangeListener<Action> listener = c -> {
        while (c.next()) {
            if (!c.wasReplaced()) {
                rebuild();
                return;
            }
        }
    };

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
        add.setMinWidth(Region.USE_PREF_SIZE);
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
        list.setId("action-table");
        content.getChildren().addAll(title, hint, list, adder);
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
        list.getChildren().clear();
        if (model.actions().isEmpty()) {
            Label none = new Label(i18n.get("actions.none"));
            none.setId("actions-none");
            list.getChildren().add(none);
            return;
        }
        for (int i = 0; i < model.actions().size(); i++) {
            list.getChildren().add(card(i, model.actions().get(i)));
        }
    }

    private Node card(int index, Action action) {
        String lang = i18n.language();
        TextArea title = new TextArea(model.title(action, lang));
        title.setId("action-title-" + index);
        title.setWrapText(true);
        title.setPrefRowCount(2);
        title.setAccessibleText(i18n.get("actions.col.title"));
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.rename(index, title.getText(), i18n.language());
            }
        });
        TextField owner = new TextField(action.owner() == null ? "" : action.owner());
        owner.setId("action-owner-" + index);
        owner.setPromptText(i18n.get("actions.owner.prompt"));
        owner.setPrefColumnCount(12);
        owner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.setOwner(index, owner.getText());
            }
        });
        Label dueError = new Label();
        dueError.setId("action-due-error-" + index);
        dueError.getStyleClass().add("field-error");
        dueError.setWrapText(true);
        dueError.managedProperty().bind(dueError.textProperty().isNotEmpty());
        dueError.visibleProperty().bind(dueError.managedProperty());
        DatePicker due = new DatePicker();
        due.setId("action-due-" + index);
        due.setPromptText(Dates.example(i18n.locale()));
        due.setConverter(dateConverter(dueError));
        due.setValue(action.due());
        due.valueProperty().addListener((o, before, date) -> model.setDue(index, date));
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("action-status-" + index);
        status.getItems().setAll(ActionStatus.values());
        status.setConverter(DisplayConverter.of(s -> s == null ? "" : i18n.get("status." + s.code())));
        status.setValue(action.status());
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.valueProperty().addListener((o, before, s) -> model.setStatus(index, s));
        Button remove = new Button("✕");
        remove.setId("action-remove-" + index);
        remove.getStyleClass().add("flat");
        remove.setAccessibleText(i18n.get("actions.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(i18n.get("actions.remove")));
        remove.setOnAction(e -> model.remove(index));
        FlowPane details = new FlowPane(12, 6,
                labelled("actions.col.owner", owner), labelled("actions.col.due", due),
                labelled("actions.col.status", status), remove);
        details.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, title, details, dueError);
        card.getStyleClass().add("action-card");
        return card;
    }

    private Node labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(i18n.get(key));
        label.setLabelFor(control);
        label.getStyleClass().add("table-head");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Dates in the interface language; a date not understood is said under the card (the picker keeps
     * the date it had) instead of being dropped silently.
     */
    private StringConverter<LocalDate> dateConverter(Label error) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Dates.format(date, i18n.locale());
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    error.setText("");
                    return null;
                }
                var date = Dates.parse(text, i18n.locale());
                if (date.isEmpty()) {
                    error.setText(i18n.get("actions.due.error", text.trim(), Dates.example(i18n.locale())));
                    throw new java.time.format.DateTimeParseException("not a date", text, 0);
                }
                error.setText("");
                return date.get();
            }
        };
    }
}
