package fr.caprse.ui.workshop;

import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.DialogService;
import fr.caprse.application.task.TaskExecutor;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The workshop's own window, meant for the projector: the board, the participants and the results, a bar
 * of switches (secret round, reveal, facilitator, dark or light, full screen) and the keys of the board.
 * F11 (or the button) puts it full screen; Escape leaves full screen.
 */
public final class WorkshopWindow {

    static final String STYLESHEET = Objects.requireNonNull(
            WorkshopWindow.class.getResource("/fr/caprse/ui/workshop/projector.css")).toExternalForm();

    private final Stage stage;
    private final WorkshopViewModel model;
    private final ProjectorView board;
    private final ParticipantsView participants;
    private final WorkshopResultsView results;
    private final BorderPane root = new BorderPane();

    public WorkshopWindow(Stage stage, WorkshopViewModel model, Supplier<I18n> texts, DialogService dialogs) {
        this.stage = stage;
        this.model = model;
        I18n i18n = texts.get();
        board = new ProjectorView(model, texts);
        participants = new ParticipantsView(model, texts, dialogs);
        results = new WorkshopResultsView(model, texts);

        ToggleGroup pages = new ToggleGroup();
        ToggleButton boardButton = page("workshop-page-board", i18n.get("workshop.page.board"), WorkshopViewModel.Page.BOARD, pages);
        ToggleButton participantsButton = page("workshop-page-participants", i18n.get("workshop.page.participants"),
                WorkshopViewModel.Page.PARTICIPANTS, pages);
        ToggleButton resultsButton = page("workshop-page-results", i18n.get("workshop.page.results"),
                WorkshopViewModel.Page.RESULTS, pages);
        ToggleButton secret = toggle("workshop-secret-round", i18n.get("workshop.secret-round"));
        secret.selectedProperty().bindBidirectional(model.secretRoundProperty());
        Button reveal = new Button(i18n.get("workshop.reveal"));
        reveal.setId("workshop-reveal");
        reveal.setFocusTraversable(false);
        reveal.setOnAction(e -> {
            model.reveal();
            board.root().requestFocus();
        });
        ToggleButton facilitator = toggle("workshop-facilitator", i18n.get("workshop.facilitator"));
        facilitator.selectedProperty().bindBidirectional(model.facilitatorProperty());
        ToggleButton dark = toggle("workshop-dark", i18n.get("workshop.dark"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        Button fullScreen = new Button(i18n.get("workshop.full-screen"));
        fullScreen.setId("workshop-full-screen");
        fullScreen.setFocusTraversable(false);
        fullScreen.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, boardButton, participantsButton, resultsButton, spacer, secret, reveal, facilitator,
                dark, fullScreen);
        bar.getStyleClass().add("workshop-bar");
        root.setTop(bar);
        root.getStyleClass().add("workshop-window");
        model.pageProperty().addListener((o, a, b) -> {
            pages.selectToggle(b == WorkshopViewModel.Page.BOARD ? boardButton
                    : b == WorkshopViewModel.Page.PARTICIPANTS ? participantsButton : resultsButton);
            showPage(b);
        });
        model.darkProperty().addListener((o, a, b) -> applyPreset());
        pages.selectToggle(boardButton);
        showPage(model.pageProperty().get());
        applyPreset();

        Scene scene = new Scene(root, 1280, 760);
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setTitle(i18n.get("workshop.window.title"));
        stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        stage.setFullScreenExitHint("");
    }

    /**
     * Opens the workshop of an assessment in its own window over {@code owner}; {@code onClosed} runs when
     * it closes (the assessment's answers changed with the consensus).
     */
    public static WorkshopWindow open(Window owner, WorkshopService service, long assessmentId, Workshop workshop,
                                      Organisation organisation, Map<String, Answer> answers, TaskExecutor saves,
                                      DialogService dialogs, Supplier<I18n> texts, Runnable onClosed) {
        WorkshopViewModel model = new WorkshopViewModel(service, assessmentId, workshop, organisation, answers, saves,
                dialogs, texts, System.getProperty("user.name"));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        WorkshopWindow window = new WorkshopWindow(stage, model, texts, dialogs);
        stage.setOnHidden(e -> onClosed.run());
        stage.show();
        window.board.root().requestFocus();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public WorkshopViewModel model() {
        return model;
    }

    public WorkshopResultsView results() {
        return results;
    }

    private void key(KeyEvent event) {
        if (event.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
            event.consume();
            return;
        }
        if (model.pageProperty().get() != WorkshopViewModel.Page.BOARD || board.isEditingNote()) {
            return;
        }
        if (event.getCode() == KeyCode.F) {
            model.facilitatorProperty().set(!model.facilitatorProperty().get());
            event.consume();
        } else if (event.getCode() == KeyCode.D) {
            model.darkProperty().set(!model.darkProperty().get());
            event.consume();
        } else if (board.handle(event)) {
            event.consume();
        }
    }

    private void showPage(WorkshopViewModel.Page page) {
        switch (page) {
            case BOARD -> {
                root.setCenter(board.root());
                board.refresh();
                board.root().requestFocus();
            }
            case PARTICIPANTS -> root.setCenter(participants.root());
            case RESULTS -> {
                results.refresh();
                root.setCenter(results.root());
            }
        }
    }

    private void applyPreset() {
        root.getStyleClass().removeAll("projector-dark", "projector-light");
        root.getStyleClass().add(model.darkProperty().get() ? "projector-dark" : "projector-light");
        boolean isDark = model.darkProperty().get();
        results.radar().setInk(javafx.scene.paint.Color.web(isDark ? "#f2f2f2" : "#111111"),
                javafx.scene.paint.Color.web(isDark ? "#666666" : "#bbbbbb"));
    }

    private ToggleButton page(String id, String text, WorkshopViewModel.Page page, ToggleGroup group) {
        ToggleButton button = toggle(id, text);
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            if (!button.isSelected()) {
                button.setSelected(true);
            }
            model.pageProperty().set(page);
        });
        return button;
    }

    private static ToggleButton toggle(String id, String text) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setFocusTraversable(false);
        return button;
    }
}
