package fr.caprse.ui;

import static fr.caprse.ui.AppDriver.key;
import static fr.caprse.ui.AppDriver.startAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import fr.caprse.ui.common.WholeTexts;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results page's bars at 150 % and 200 % text on a 1366 × 768 screen, in French (the longest theme
 * names): every theme name whole, every bar at least eight characters long and a line tall, the bars no
 * narrower than they need (the page scrolls instead), a bar's length its score, an unanswered theme
 * without a bar.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsBarsTest {

    private CapRseApp app;

    @Start
    void start(Stage stage) throws Exception {
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
    void theBarsStayReadableAtLargeTextInFrench(FxRobot robot) throws TimeoutException {
        readableAtLargeText(robot);
    }

    @Test
    void theBarsStayReadableAtLargeTextInEnglish(FxRobot robot) throws TimeoutException {
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        readableAtLargeText(robot);
    }

    private void readableAtLargeText(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Coopérative d’activités et d’emploi du Val de Drôme", "12", "scop");
        key(robot, KeyCode.DIGIT3, KeyCode.RIGHT, KeyCode.DIGIT1, KeyCode.RIGHT);   // two governance answers
        // the side list's foot may be folded into one line: open it first
        robot.lookup("#nav-foot").tryQuery().filter(Node::isVisible)
                .ifPresent(foot -> robot.interact(((javafx.scene.control.ButtonBase) foot)::fire));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#nav-results").queryAs(javafx.scene.control.ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        for (int size : new int[] {150, 200}) {
            AppDriver.textSize(robot, size);
            Parent bars = robot.lookup("#bars").queryAs(Parent.class);
            robot.interact(() -> {
                bars.getScene().getRoot().applyCss();
                bars.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            WholeTexts.assertNothingCut(bars, "the results bars at " + size + " %");
            double em = robot.lookup("#bar-name-gov").queryAs(Label.class).getFont().getSize();
            assertThat(em).as("the names follow the text size").isEqualTo(14.0 * size / 100);
            assertThat(((Region) bars).getWidth()).as("the bars are not squeezed below what they need")
                    .isGreaterThanOrEqualTo(((Region) bars).minWidth(-1) - 0.5);
            Region governance = robot.lookup("#bar-gov").queryAs(Region.class);
            assertThat(governance.getWidth()).as("a bar's length at %d %%", size).isGreaterThanOrEqualTo(8 * em);
            assertThat(governance.getHeight()).as("a bar's height at %d %%", size).isGreaterThanOrEqualTo(1.3 * em);
            // its bar is its score (two answers, levels 3 and 1 of governance), of the whole track
            Region filled = (Region) governance.getChildrenUnmodifiable().get(0);
            String score = robot.lookup("#theme-score-gov").queryAs(Label.class).getText();
            double expected = Double.parseDouble(score.replace(',', '.')) / 100;
            assertThat(filled.getWidth() / (governance.getWidth() - governance.snappedLeftInset()
                    - governance.snappedRightInset())).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.02));
            // a theme nobody has answered has no bar: it says so
            Node environment = robot.lookup("#bar-env").query();
            assertThat(environment).isInstanceOf(Label.class);
            assertThat(((Label) environment).getText()).isIn("Pas encore évalué", "Not assessed yet");
            // the page scrolls to the bars rather than squeezing them into the window
            ScrollPane page = scrollAround(bars);
            assertThat(page.getContent().getLayoutBounds().getHeight()).isGreaterThan(page.getViewportBounds().getHeight());
        }
    }

    private static ScrollPane scrollAround(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("no scroll pane around the bars");
    }
}
