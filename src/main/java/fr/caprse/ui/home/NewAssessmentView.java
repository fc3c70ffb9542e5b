package fr.caprse.ui.home;

import fr.caprse.ui.common.Errors;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.DisplayConverter;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.DialogService;
import fr.caprse.application.Workspace;
import fr.caprse.ui.profile.OrganisationProfileView;
import fr.caprse.ui.profile.OrganisationProfileViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Starting an assessment: for which organisation (an existing one or a new profile), which period,
 * on which questionnaire (a built-in one or a file of the user's).
 */
public final class NewAssessmentView {

    private final VBox content = new VBox(14);
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();

    public NewAssessmentView(AppServices services, I18n i18n, List<Workspace.OrganisationEntry> organisations,
                             Runnable cancel, Consumer<Workspace.AssessmentEntry> started) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        content.getStyleClass().add("page");
        Label title = new Label(i18n.get("new.title"));
        title.getStyleClass().add("page-title");

        NewAssessmentViewModel model = new NewAssessmentViewModel(services, organisations);
        ComboBox<Workspace.OrganisationEntry> existing = new ComboBox<>(model.organisations());
        existing.setId("new-organisation");
        existing.setConverter(DisplayConverter.of(e -> e == null ? i18n.get("new.organisation.new") : e.organisation().name()));
        existing.valueProperty().bindBidirectional(model.organisationProperty());
        OrganisationProfileViewModel profile = model.profile();
        Label organisationLabel = new Label(i18n.get("new.organisation"));
        organisationLabel.setLabelFor(existing);

        TextField period = new TextField();
        period.textProperty().bindBidirectional(model.periodProperty());
        period.setId("new-period");
        period.setPrefColumnCount(10);
        period.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label periodLabel = new Label(i18n.get("new.period"));
        periodLabel.setLabelFor(period);

        ComboBox<SourcedQuestionnaire> questionnaire = new ComboBox<>(model.questionnaires());
        questionnaire.setId("new-questionnaire");
        questionnaire.setConverter(DisplayConverter.of(e -> e == null ? "" : e.questionnaire().title().get(i18n.language())
                + " — " + i18n.get("new.questionnaire.count", e.questionnaire().questions().size())));
        questionnaire.valueProperty().bindBidirectional(model.questionnaireProperty());
        Button openFile = new Button(i18n.get("new.questionnaire.open"));
        openFile.setId("new-open-questionnaire");
        openFile.setOnAction(e -> services.dialogs().chooseFileToOpen(i18n.get("new.questionnaire.open"),
                List.of(new DialogService.FileFilter(i18n.get("file.yaml"), List.of("*.yaml", "*.yml"))))
                .ifPresent(file -> model.openQuestionnaire(file, failure -> services.dialogs().showError(
                        i18n.get("error.questionnaire.title"),
                        i18n.get("error.questionnaire.message", file.getFileName(), String.valueOf(failure.getMessage()))))));
        Label questionnaireLabel = new Label(i18n.get("new.questionnaire"));
        questionnaireLabel.setLabelFor(questionnaire);
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("muted");
        description.textProperty().bind(Bindings.createStringBinding(() -> questionnaire.getValue() == null ? ""
                : questionnaire.getValue().questionnaire().description().get(i18n.language()), questionnaire.valueProperty()));

        Button start = new Button(i18n.get("new.start"));
        start.setId("new-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canStart().not());
        start.setOnAction(e -> model.start(started, failure -> services.dialogs().showError(i18n.get("error.save.title"),
                i18n.get("error.save.start", Errors.message(failure, i18n)))));
        Button cancelButton = new Button(i18n.get("new.cancel"));
        cancelButton.setId("new-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());

        questionnaire.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(questionnaire, javafx.scene.layout.Priority.SOMETIMES);
        javafx.scene.layout.FlowPane questionnaireLine = new javafx.scene.layout.FlowPane(8, 8, questionnaire, openFile);
        questionnaireLine.setAlignment(Pos.CENTER_LEFT);
        Label profileTitle = new Label(i18n.get("profile.title"));
        profileTitle.getStyleClass().add("section-title");
        content.getChildren().addAll(title, organisationLabel, existing, profileTitle,
                new OrganisationProfileView(profile, i18n).root(), periodLabel, period, questionnaireLabel,
                questionnaireLine, description);
        HBox actions = new HBox(10, start, cancelButton);
        actions.getStyleClass().add("walk-bar");
        root.setBottom(actions);
    }

    public Node root() {
        return root;
    }
}
