package fr.caprse.ui.profile;

import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.Formats;
import fr.caprse.ui.common.DisplayConverter;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The organisation profile form. What is wrong with a field is said beside it (a message under the
 * field and the ControlsFX decoration on it); the messages come from the view model.
 */
public final class OrganisationProfileView {

    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final I18n i18n;
    private int row;

    public OrganisationProfileView(OrganisationProfileViewModel model, I18n i18n) {
        this.i18n = i18n;
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        grid.getColumnConstraints().addAll(labels, fields);
        validation.setValidationDecorator(new StyleClassValidationDecoration());

        TextField name = text("profile-name", model.nameProperty());
        field("profile.name", name, model.nameErrorProperty());
        TextField registry = text("profile-registry", model.registryIdProperty());
        registry.setPromptText(i18n.get("profile.registry.prompt"));
        field("profile.registry", registry, null);
        TextField sector = text("profile-sector", model.sectorProperty());
        sector.setPromptText(i18n.get("profile.sector.prompt"));
        field("profile.sector", sector, model.sectorErrorProperty());
        TextField employees = text("profile-employees", model.employeesProperty());
        employees.setPromptText(i18n.get("profile.employees.prompt"));
        field("profile.employees", employees, model.employeesErrorProperty());
        ComboBox<OrganisationSize> size = new ComboBox<>();
        size.setId("profile-size");
        size.getItems().setAll(OrganisationSize.values());
        size.setConverter(DisplayConverter.of(s -> s == null ? "" : i18n.get("size." + s.code())));
        size.valueProperty().bindBidirectional(model.sizeProperty());
        field("profile.size", size, model.sizeWarningProperty());
        ComboBox<String> legalForm = new ComboBox<>();
        legalForm.setId("profile-legal-form");
        legalForm.getItems().setAll(model.legalForms());
        legalForm.setConverter(DisplayConverter.of(written -> Formats.legalForm(written, i18n)));
        legalForm.valueProperty().bindBidirectional(model.legalFormProperty());
        field("profile.legal-form", legalForm, null);
        TextField territory = text("profile-territory", model.territoryProperty());
        territory.setPromptText(i18n.get("profile.territory.prompt"));
        field("profile.territory", territory, null);
        CheckBox ess = new CheckBox(i18n.get("profile.ess.check"));
        ess.setId("profile-ess");
        ess.selectedProperty().bindBidirectional(model.essProperty());
        field("profile.ess", ess, model.essHintProperty(), false);
    }

    public Node root() {
        return grid;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void field(String key, Control control, ObservableStringValue error) {
        field(key, control, error, true);
    }

    /**
     * A labelled field, and under it the line of its message. The line keeps its room when empty, so
     * that a message appearing never moves the fields below it under the mouse.
     */
    private void field(String key, Control control, ObservableStringValue error, boolean isError) {
        Label label = new Label(i18n.get(key));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        row++;
        if (error != null) {
            Label message = new Label();
            message.setId(control.getId() + (isError ? "-error" : "-hint"));
            message.getStyleClass().add(isError ? "field-error" : "field-hint");
            message.textProperty().bind(error);
            message.setWrapText(true);
            grid.add(message, 1, row);
            row++;
            if (isError) {
                validation.registerValidator(control, false, (Validator<Object>) (c, value) ->
                        ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty()));
                error.addListener((o, a, b) -> validation.revalidate());
            }
        }
    }
}
