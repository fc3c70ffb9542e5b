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
import java.time.LocalDate;
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

        ComboBox<Workspace.OrganisationEntry> existing = new ComboBox<>();
        existing.setId("new-organisation");
        existing.getItems().add(null);
        existing.getItems().addAll(organisations);
        existing.setConverter(DisplayConverter.of(e -> e == null ? i18n.get("new.organisation.new") : e.organisation().name()));
        existing.setValue(null);
        OrganisationProfileViewModel profile = new OrganisationProfileViewModel(services.i18n());
        existing.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                profile.load(chosen.organisation());
            }
        });
        Label organisationLabel = new Label(i18n.get("new.organisation"));
        organisationLabel.setLabelFor(existing);

        TextField period = new TextField(String.valueOf(LocalDate.now(services.clock()).getYear()));
        period.setId("new-period");
        Label periodLabel = new Label(i18n.get("new.period"));
        periodLabel.setLabelFor(period);

        ComboBox<SourcedQuestionnaire> questionnaire = new ComboBox<>();
        questionnaire.setId("new-questionnaire");
        questionnaire.getItems().setAll(services.questionnaires().builtIns());
        questionnaire.setConverter(DisplayConverter.of(e -> e == null ? "" : e.questionnaire().title().get(i18n.language())
                + " — " + i18n.get("new.questionnaire.count", e.questionnaire().questions().size())));
        questionnaire.getItems().stream().filter(e -> e.questionnaire().id().equals("rse-rso")).findFirst()
                .or(() -> questionnaire.getItems().stream().findFirst()).ifPresent(questionnaire::setValue);
        Button openFile = new Button(i18n.get("new.questionnaire.open"));
        openFile.setId("new-open-questionnaire");
        openFile.setOnAction(e -> services.dialogs().chooseFileToOpen(i18n.get("new.questionnaire.open"),
                List.of(new DialogService.FileFilter(i18n.get("file.yaml"), List.of("*.yaml", "*.yml"))))
                .ifPresent(file -> services.tasks().run(p -> services.questionnaires().open(file), entry -> {
                    questionnaire.getItems().add(entry);
                    questionnaire.setValue(entry);
                }, failure -> services.dialogs().showError(i18n.get("error.questionnaire.title"),
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
        start.disableProperty().bind(profile.valid().not().or(questionnaire.valueProperty().isNull())
                .or(period.textProperty().isEmpty()));
        start.setOnAction(e -> {
            var organisation = profile.toOrganisation();
            Long organisationId = existing.getValue() == null ? null : existing.getValue().id();
            SourcedQuestionnaire chosen = questionnaire.getValue();
            String chosenPeriod = period.getText().trim();
            services.tasks().run(p -> services.workspace().start(organisationId, organisation, chosenPeriod, chosen), started, failure -> services.dialogs().showError(i18n.get("error.save.title"),
                    i18n.get("error.save.message", Errors.message(failure, i18n))));
        });
        Button cancelButton = new Button(i18n.get("new.cancel"));
        cancelButton.setId("new-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());

        HBox questionnaireLine = new HBox(8, questionnaire, openFile);
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
