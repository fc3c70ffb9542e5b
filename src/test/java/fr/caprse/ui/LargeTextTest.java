package fr.caprse.ui;

import static fr.caprse.ui.AppDriver.startAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Twice the text size on a 1366 × 768 laptop: no word of the bottom bar, the side list or the results
 * table is cut (every labelled control shows its whole text: what is drawn is what it says), the side
 * list shows several themes at once, and the radar's labels follow the size.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextTest {

    private CapRseApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppDriver.start(stage, null);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void nothingIsCutAtTwiceTheTextSizeInFrench(FxRobot robot) throws TimeoutException {
        walkThroughAndResults(robot);
    }

    @Test
    void nothingIsCutAtTwiceTheTextSizeInEnglish(FxRobot robot) throws TimeoutException {
        javafx.scene.control.ComboBox<java.util.Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(java.util.Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        walkThroughAndResults(robot);
    }

    @Test
    void theHomePageKeepsEveryEntryWholeAtEverySize(FxRobot robot) {
        for (java.util.Locale language : List.of(java.util.Locale.FRENCH, java.util.Locale.ENGLISH)) {
            javafx.scene.control.ComboBox<java.util.Locale> choice = robot.lookup("#language").queryComboBox();
            robot.interact(() -> choice.setValue(language));
            WaitForAsyncUtils.waitForFxEvents();
            for (int size : new int[] {100, 150, 200}) {
                AppDriver.textSize(robot, size);
                assertThat(stage.getWidth()).isEqualTo(1366);
                assertNothingCut(robot.lookup("#home-toolbar").queryAs(Parent.class),
                        "the home page's entries at " + size + " % in " + language);
            }
            AppDriver.textSize(robot, 100);
        }
    }

    private void walkThroughAndResults(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Coopérative d’activités et d’emploi du Val de Drôme", "12", "scop");
        AppDriver.textSize(robot, 200);
        assertThat(stage.getWidth()).isEqualTo(1366);
        AppDriver.key(robot, KeyCode.DIGIT2, KeyCode.F);   // flagged: the bar's longest state
        assertNothingCut(robot.lookup("#walk-bar").queryAs(Parent.class), "the bottom bar");
        // the side list is a drawer at this size: open it and read it
        fire(robot, "#nav-drawer");
        WaitForAsyncUtils.waitForFxEvents();
        Parent side = robot.lookup("#side-nav").queryAs(Parent.class);
        assertNothingCut(side, "the side list");
        ScrollPane navScroll = robot.lookup(".side-nav-scroll").queryAs(ScrollPane.class);
        assertThat(navScroll.getViewportBounds().getHeight()).as("room for several themes in the side list")
                .isGreaterThan(3 * robot.lookup("#nav-theme-gov").queryAs(Node.class).getBoundsInLocal().getHeight());
        // the fixed foot (review, results, plan, workshop) is folded into one line, which opens it
        assertThat(robot.lookup("#nav-foot").queryAs(Node.class).isVisible()).as("the foot folded at 200 %").isTrue();
        assertThat(shown(robot.lookup("#nav-workshop").queryAs(Node.class))).isFalse();
        fire(robot, "#nav-foot");
        assertThat(shown(robot.lookup("#nav-workshop").queryAs(Node.class))).as("the foot opened").isTrue();
        assertNothingCut(side, "the side list with its foot open");
        fire(robot, "#nav-foot");
        fire(robot, "#nav-results");
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCut(robot.lookup("#theme-table").queryAs(Parent.class), "the results table");
        fire(robot, "#explain-gov");
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCut(robot.lookup("#theme-table").queryAs(Parent.class), "the results table with an explanation");
        double label = robot.lookup("#overall-level").queryAs(Labeled.class).getFont().getSize();
        assertThat(label).isGreaterThan(25);
        fire(robot, "#nav-drawer");
        fire(robot, "#nav-actions");
        WaitForAsyncUtils.waitForFxEvents();
        Node newTitle = robot.lookup("#action-new-title").query();
        robot.interact(newTitle::requestFocus);
        robot.write("Écrire la charte des achats responsables avec les fournisseurs locaux");
        AppDriver.key(robot, KeyCode.ENTER);
        assertNothingCut(robot.lookup("#action-table").queryAs(Parent.class), "the action plan");
    }

    /** Whether a node is drawn: it and all its parents visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void fire(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase button = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every labelled control under {@code parent} that is shown draws its whole text. */
    private static void assertNothingCut(Parent parent, String where) {
        fr.caprse.ui.common.WholeTexts.assertNothingCut(parent, where);
    }
}
