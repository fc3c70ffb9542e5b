package fr.caprse.ui.authoring;

import fr.caprse.application.authoring.QuestionnaireTrial;
import fr.caprse.application.authoring.TrialWorkspace;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.DialogService;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The page of "Try a questionnaire file…": the file's name, then either the problems that keep it from
 * loading (each with its line and column, as {@code validate} says them) or what it holds with its
 * warnings; below, walk through it as a throw-away assessment, write its sample report, read the file
 * again after a correction, choose another, or go back home.
 */
public final class TryQuestionnaireView {

    private final TryQuestionnaireViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final VBox warningsBox = new VBox(6);
    /** The problems, one label each: they wrap and scroll with the page, whatever the text size. */
    private final VBox problemList = new VBox(6);
    private final Label explain = new Label();
    private final ChangeListener<QuestionnaireTrial.Reading> onRead = (o, a, b) -> show();

    public TryQuestionnaireView(TryQuestionnaireViewModel model, AppServices services, I18n i18n,
                                Consumer<TrialWorkspace> walk, Runnable chooseOther, Runnable home) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("trial-page");
        Label title = new Label(i18n.get("trial.title"));
        title.getStyleClass().add("page-title");
        Label file = new Label();
        file.setId("trial-file");
        file.setWrapText(true);
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : i18n.get("trial.file", String.valueOf(model.fileProperty().get().getFileName())), model.fileProperty()));
        ProgressIndicator reading = new ProgressIndicator();
        reading.setId("trial-busy");
        reading.setPrefSize(20, 20);
        reading.visibleProperty().bind(model.busyProperty());
        HBox fileLine = new HBox(10, file, reading);
        fileLine.setAlignment(Pos.CENTER_LEFT);

        status.setId("trial-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        problemList.setId("trial-problems");
        problemList.getStyleClass().add("trial-problems");
        warningsBox.setId("trial-warnings");
        explain.setId("trial-explain");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("muted");
        explain.setText(i18n.get("trial.explain"));

        VBox content = new VBox(12, title, fileLine, status, problemList, warningsBox, explain);
        content.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);

        Button walkButton = new Button(i18n.get("trial.walk"));
        walkButton.setId("trial-walk");
        walkButton.getStyleClass().add("accent");
        walkButton.setMnemonicParsing(true);
        walkButton.setOnAction(e -> walk.accept(model.trial()));
        Button preview = new Button(i18n.get("trial.preview"));
        preview.setId("trial-preview");
        preview.setOnAction(e -> services.dialogs().chooseFileToSave(i18n.get("trial.preview.title"),
                fileName(model.questionnaire(), i18n, "trial.preview.file"), List.of(new DialogService.FileFilter(i18n.get("file.xlsx"),
                        List.of("*.xlsx")))).ifPresent(model::writePreview));
        walkButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.readingProperty().get() == null || !model.readingProperty().get().ok(), model.readingProperty()));
        preview.disableProperty().bind(walkButton.disableProperty().or(model.busyProperty()));
        Button reread = new Button(i18n.get("trial.reread"));
        reread.setId("trial-reread");
        reread.setMnemonicParsing(true);
        reread.setOnAction(e -> model.reread());
        reread.disableProperty().bind(model.busyProperty());
        Button other = new Button(i18n.get("trial.other"));
        other.setId("trial-other");
        other.setOnAction(e -> chooseOther.run());
        Button back = new Button(i18n.get("trial.home"));
        back.setId("trial-home");
        back.setCancelButton(true);
        back.setOnAction(e -> home.run());
        FlowPane actions = new FlowPane(10, 8, walkButton, preview, reread, other, back);
        actions.getStyleClass().add("walk-bar");
        root.setBottom(actions);

        model.readingProperty().addListener(onRead);
        show();
    }

    /**
     * A report's file name: the questionnaire's id and version, then {@code suffixKey}'s word in the
     * screen's language ("rse-mine-1.0.0-exemple.xlsx").
     */
    public static String fileName(Questionnaire questionnaire, I18n i18n, String suffixKey) {
        return (questionnaire == null ? "questionnaire" : questionnaire.id() + "-" + questionnaire.version())
                + "-" + i18n.get(suffixKey) + ".xlsx";
    }

    private void show() {
        QuestionnaireTrial.Reading read = model.readingProperty().get();
        warningsBox.getChildren().clear();
        problemList.getChildren().clear();
        if (read == null) {
            status.setText(i18n.get("trial.reading"));
            problemList.setVisible(false);
            problemList.setManaged(false);
            explain.setVisible(false);
            return;
        }
        problemList.setVisible(!read.ok());
        problemList.setManaged(!read.ok());
        explain.setVisible(read.ok());
        explain.setManaged(read.ok());
        if (!read.ok()) {
            for (int i = 0; i < model.problems().size(); i++) {
                problemList.getChildren().add(line(model.problems().get(i), "trial-problem-" + i, "trial-problem"));
            }
            status.setText(i18n.get("trial.problems", read.problems().size()));
            status.getStyleClass().setAll("label", "field-error");
            return;
        }
        status.getStyleClass().setAll("label", "section-title");
        Questionnaire questionnaire = read.questionnaire().questionnaire();
        long scored = questionnaire.questions().stream().filter(q -> q.isScored(questionnaire.scale())).count();
        status.setText(i18n.get("trial.loaded", questionnaire.title().get(i18n.language()), questionnaire.version(),
                questionnaire.themes().size(), questionnaire.questions().size(), scored));
        if (!model.warnings().isEmpty()) {
            Label head = new Label(i18n.get("trial.warnings"));
            head.setWrapText(true);
            warningsBox.getChildren().add(head);
            for (int i = 0; i < model.warnings().size(); i++) {
                warningsBox.getChildren().add(line(model.warnings().get(i), "trial-warning-" + i, "trial-warning"));
            }
        }
    }

    /** A message on lines of its own, never cut short. */
    private static Label line(String text, String id, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    public Node root() {
        return root;
    }

    /** Stops following the model (the page is left). */
    public void dispose() {
        model.readingProperty().removeListener(onRead);
    }
}
