package fr.caprse.ui;

import static fr.caprse.ui.AppDriver.key;
import static fr.caprse.ui.AppDriver.startAssessment;
import static fr.caprse.ui.AppDriver.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review page lists what is left to answer and what was flagged, each one click from its question,
 * and stays true to the answers from one visit to the next (the page is kept, its lists brought up to
 * date).
 */
@ExtendWith(ApplicationExtension.class)
class ReviewPageTest {

    private CapRseApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppDriver.start(stage, Files.createTempDirectory("cap-rse-review"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void anAnsweredQuestionLeavesTheListAndAFlaggedOneJoinsTheOther(FxRobot robot) throws Exception {
        startAssessment(robot, "Atelier du Val", "12", "scop");
        fire(robot, "#nav-review");
        VBox unanswered = robot.lookup("#review-unanswered").queryAs(VBox.class);
        int missing = unanswered.getChildren().size();
        assertThat(missing).isGreaterThan(10);
        assertThat(text(robot, ".section-title")).isEqualTo("Questions sans réponse (" + missing + ")");
        assertThat(robot.lookup("#review-flagged").queryAs(VBox.class).getChildren())
                .singleElement().extracting(n -> ((javafx.scene.control.Label) n).getText()).isEqualTo("Aucun");
        Hyperlink first = (Hyperlink) unanswered.getChildren().get(0);
        String id = first.getId().substring("review-open-".length());

        // a digit typed on the review page answers nothing (the walk-through waits behind it, hidden)
        key(robot, KeyCode.DIGIT3);

        // one click opens the question; answer it with a level and flag it
        robot.interact(first::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getText()).endsWith(text(robot, "#question-text"));
        assertThat(robot.lookup("#answer-level-3").queryAs(ToggleButton.class).isSelected()).isFalse();
        key(robot, KeyCode.DIGIT2, KeyCode.F);
        assertThat(robot.lookup("#answer-level-2").queryAs(ToggleButton.class).isSelected()).isTrue();

        fire(robot, "#nav-review");
        // the same page, brought up to date
        assertThat(robot.lookup("#review-unanswered").queryAs(VBox.class)).isSameAs(unanswered);
        assertThat(unanswered.getChildren()).hasSize(missing - 1);
        assertThat(robot.lookup("#review-open-" + id).tryQuery()).isEmpty();
        assertThat(robot.lookup("#review-flag-" + id).tryQuery()).isPresent();
        assertThat(robot.lookup(".section-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .containsExactly("Questions sans réponse (" + (missing - 1) + ")", "Questions marquées à revoir (1)");

        // unflagged, it leaves the flagged list on the next visit
        robot.interact(robot.lookup("#review-flag-" + id).queryAs(Hyperlink.class)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.F);
        fire(robot, "#nav-review");
        assertThat(robot.lookup("#review-flag-" + id).tryQuery()).isEmpty();
        assertThat(robot.lookup("#review-flagged").queryAs(VBox.class).getChildren())
                .singleElement().extracting(n -> ((javafx.scene.control.Label) n).getText()).isEqualTo("Aucun");
    }

    private static void fire(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(((ButtonBase) node)::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
