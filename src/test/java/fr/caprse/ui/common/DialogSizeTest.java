package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.MainWindow;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kind of dialog the app shows (an error, a notice such as the new period's, a confirmation, a
 * question with a line to type), at 200 % text on a 1366 × 768 screen: as wide as its text needs up to
 * the screen, its message wrapped, its buttons whole, all of it on the screen.
 */
@ExtendWith(ApplicationExtension.class)
class DialogSizeTest {

    /** About the length of the new-period notice: a paragraph and a list of new questions. */
    private static final String LONG = "La nouvelle période passe de la version 1.0.0 à la version 1.1.0 du questionnaire. "
            + "Les réponses qui gardent leur sens sont reprises ; 2 n’ont pas pu l’être (question retirée ou posée "
            + "autrement). 23 questions sont nouvelles :\n"
            + "• Votre société a-t-elle inscrit une raison d’être dans ses statuts, voire est-elle devenue société à mission ?\n"
            + "• Avez-vous choisi vos enjeux RSE avec vos parties prenantes (analyse de double matérialité) ?\n".repeat(12).strip();

    private BorderPane root;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new BorderPane(new Label("Cap RSE"));
        Scene scene = new Scene(root, 1366, 768);
        scene.getStylesheets().addAll(Theme.paletteStylesheet(), MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        dialogs = new FxDialogService(() -> stage, () -> I18n.display(Locale.FRENCH));
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window window : Window.getWindows().toArray(new Window[0])) {
                if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane) {
                    ((Stage) window).close();
                }
            }
        });
    }

    @Test
    void aLongNoticeUsesTheScreensWidthAtTwiceTheTextSize(FxRobot robot) throws TimeoutException {
        textSize(robot, 200);

        DialogPane pane = shown(robot, () -> dialogs.showInfo("Nouvelle version du questionnaire", LONG));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(pane.getWidth()).as("dialog width").isGreaterThan(1000).isLessThanOrEqualTo(screen.getWidth());
        assertOnScreenWhole(pane);
        ScrollPane scroll = (ScrollPane) pane.getContent();
        // the message wraps within the dialog and scrolls, rather than running off it
        Label message = (Label) scroll.getContent();
        assertThat(message.getWidth()).isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        assertThat(message.getHeight()).isGreaterThan(scroll.getViewportBounds().getHeight());
        assertThat(message.getFont().getSize()).isEqualTo(28);
        close(robot, pane, ButtonType.OK);
    }

    @Test
    void aShortErrorIsOnlyAsWideAsItNeeds(FxRobot robot) throws TimeoutException {
        textSize(robot, 200);

        DialogPane pane = shown(robot, () -> dialogs.showError("Ouverture impossible", "Le fichier est introuvable."));

        assertThat(pane.getWidth()).isLessThan(900);
        assertOnScreenWhole(pane);
        close(robot, pane, ButtonType.OK);
    }

    @Test
    void aConfirmationKeepsBothButtonsWhole(FxRobot robot) throws TimeoutException {
        textSize(robot, 200);
        boolean[] answer = {false};

        DialogPane pane = shown(robot, () -> answer[0] = dialogs.confirm("Supprimer l’évaluation",
                "Supprimer l’évaluation 2026 de l’Atelier du Val ? Ses réponses et son plan d’action seront effacés.",
                "Supprimer définitivement"));

        assertOnScreenWhole(pane);
        assertThat(pane.lookupAll(".button")).extracting(n -> ((Button) n).getText())
                .contains("Supprimer définitivement", "Annuler");
        Button yes = (Button) pane.lookupAll(".button").stream()
                .filter(n -> ((Button) n).getText().equals("Supprimer définitivement")).findFirst().orElseThrow();
        robot.interact(yes::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer[0]).isTrue();
    }

    @Test
    void theNewPeriodQuestionFollowsTheTextSize(FxRobot robot) throws TimeoutException {
        textSize(robot, 200);
        @SuppressWarnings("unchecked")
        Optional<String>[] typed = new Optional[1];

        DialogPane pane = shown(robot, () -> typed[0] = dialogs.askText("Nouvelle période",
                "Pour quelle période (par exemple 2026) ?", "2026"));

        assertOnScreenWhole(pane);
        javafx.scene.control.TextField field = (javafx.scene.control.TextField) pane.lookup("#dialog-text");
        assertThat(field.getFont().getSize()).isEqualTo(28);
        robot.interact(() -> field.setText(" 2027 "));
        close(robot, pane, ButtonType.OK);
        assertThat(typed[0]).contains("2027");
    }

    @Test
    void atNormalSizeALongMessageKeepsLinesEasyToRead(FxRobot robot) throws TimeoutException {
        textSize(robot, 100);

        DialogPane pane = shown(robot, () -> dialogs.showInfo("Nouvelle version du questionnaire", LONG));

        // about sixty em (14 px) of text, with the dialog's margins: not a line across the whole screen
        assertThat(pane.getWidth()).isBetween(600.0, 1000.0);
        assertOnScreenWhole(pane);
        close(robot, pane, ButtonType.OK);
    }

    private void textSize(FxRobot robot, int percent) {
        robot.interact(() -> {
            root.getStyleClass().removeIf(c -> c.startsWith("text-size-"));
            root.getStyleClass().add("text-size-" + percent);
        });
    }

    /** Opens a dialog (it waits for its answer, so later on the FX thread) and gives it once shown. */
    private static DialogPane shown(FxRobot robot, Runnable show) throws TimeoutException {
        Platform.runLater(show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog();
    }

    private static DialogPane dialog() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** The dialog lies within the screen's visual bounds, nothing in it cut, its buttons inside it. */
    private static void assertOnScreenWhole(DialogPane pane) {
        Window window = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getX()).as("left").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(window.getY()).as("top").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(window.getX() + window.getWidth()).as("right").isLessThanOrEqualTo(screen.getMaxX());
        assertThat(window.getY() + window.getHeight()).as("bottom").isLessThanOrEqualTo(screen.getMaxY());
        WholeTexts.assertNothingCut(pane, "the dialog");
        Node bar = pane.lookup(".button-bar");
        assertThat(bar).isInstanceOf(ButtonBar.class);
        for (Node button : pane.lookupAll(".button")) {
            javafx.geometry.Bounds inPane = pane.sceneToLocal(button.localToScene(button.getBoundsInLocal()));
            assertThat(inPane.getMaxX()).as("button %s inside the dialog", ((Button) button).getText())
                    .isLessThanOrEqualTo(pane.getWidth() + 0.5);
            assertThat(inPane.getMaxY()).isLessThanOrEqualTo(pane.getHeight() + 0.5);
        }
    }

    private static void close(FxRobot robot, DialogPane pane, ButtonType type) {
        Button button = (Button) pane.lookupButton(type);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
