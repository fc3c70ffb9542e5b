package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import fr.caprse.platform.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
 * The whole journey of an SME manager in the real main window, headless, on a fresh data folder:
 * create the organisation, answer the governance theme with the keyboard (one N/A), watch a question
 * disappear when an answer makes it inapplicable, read the expected score on the results page, turn a
 * recommendation into an action, and switch the language.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopJourneyTest {

    private static void startAssessment(FxRobot robot, String name, String employees, String legalForm) throws TimeoutException {
        AppDriver.startAssessment(robot, name, employees, legalForm);
    }

    private static void key(FxRobot robot, KeyCode... codes) {
        AppDriver.key(robot, codes);
    }

    private static void waitUntil(FxRobot robot, String query, String expected) throws TimeoutException {
        AppDriver.waitUntil(robot, query, expected);
    }

    private static String text(FxRobot robot, String query) {
        return AppDriver.text(robot, query);
    }

    private CapRseApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppDriver.start(stage, null);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void opensInFrenchOnTheHomePage(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Cap RSE");
        assertThat(text(robot, "#home-title")).isEqualTo("Vos organisations");
        assertThat(text(robot, "#home-empty")).startsWith("Aucune organisation");
    }

    @Test
    void switchingToEnglishChangesEveryTextAtOnce(FxRobot robot) throws TimeoutException {
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#home-title")).isEqualTo("Your organisations");
        startAssessment(robot, "Bakery Martin", "8", "company");
        assertThat(text(robot, "#question-text")).isEqualTo("Does your organisation have a written, shared purpose and set of values?");
        robot.interact(() -> language.setValue(Locale.FRENCH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#question-text")).isEqualTo("Votre organisation a-t-elle une raison d’être et des valeurs écrites et partagées\u00a0?");
    }

    @Test
    void answeringAThemeWithTheKeyboardGivesTheExpectedScoreAndAnAction(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        assertThat(text(robot, "#theme-title")).isEqualTo("Gouvernance");
        // gov-member-democracy and the three social-economy questions apply to legal forms with members or
        // to the social economy only; gov-mission to companies: a company sees 13 questions
        assertThat(text(robot, "#question-position")).isEqualTo("Question 1 sur 13");

        key(robot, KeyCode.DIGIT3, KeyCode.RIGHT);           // gov-purpose: level 3 (w 2)
        key(robot, KeyCode.DIGIT0, KeyCode.RIGHT);           // gov-mission: level 0
        key(robot, KeyCode.DIGIT2, KeyCode.RIGHT);           // gov-strategy: level 2 (w 2)
        key(robot, KeyCode.DIGIT2, KeyCode.RIGHT);           // gov-priority-issues: level 2 (w 2)
        key(robot, KeyCode.DIGIT4, KeyCode.RIGHT);           // gov-decision-making: level 4
        key(robot, KeyCode.DIGIT3, KeyCode.RIGHT);           // gov-csr-lead: option 3 "named", 2 of 3 points
        key(robot, KeyCode.DIGIT1, KeyCode.RIGHT);           // gov-accountability: level 1
        key(robot, KeyCode.DIGIT2, KeyCode.RIGHT);           // gov-transparency: level 2
        key(robot, KeyCode.DIGIT4, KeyCode.RIGHT);           // gov-reporting: option 4 "framework", 3 of 3
        key(robot, KeyCode.DIGIT0, KeyCode.RIGHT);           // gov-ethics: level 0
        key(robot, KeyCode.N);                               // gov-board-diversity: not applicable
        assertThat(robot.lookup("#answer-na").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        key(robot, KeyCode.RIGHT);
        robot.clickOn("#answer-number").write("40").type(KeyCode.ENTER);   // gov-board-women-share (unscored)
        WaitForAsyncUtils.waitForFxEvents();
        // the field left behind commits to its own question, not to the turnover now shown
        assertThat(text(robot, "#nav-count-gov")).isEqualTo("12/13");
        assertThat(robot.lookup("#answer-number").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#answer-number").write("1500").type(KeyCode.ENTER); // gov-turnover-keur (unscored)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#nav-count-gov")).isEqualTo("13/13");
        waitUntil(robot, "#save-state", "✔ Enregistré");

        // an answer that makes questions inapplicable hides them at once
        robot.clickOn("#nav-theme-env");
        WaitForAsyncUtils.waitForFxEvents();
        // env-premises unanswered: the three questions on premises (water, water m³, building energy) are hidden
        assertThat(text(robot, "#question-position")).isEqualTo("Question 1 sur 19");
        key(robot, KeyCode.DIGIT1);                          // env-premises: "yes" -> they appear
        assertThat(text(robot, "#question-position")).isEqualTo("Question 1 sur 22");
        key(robot, KeyCode.DIGIT2);                          // "no" -> they disappear at once
        assertThat(text(robot, "#question-position")).isEqualTo("Question 1 sur 19");

        robot.clickOn("#nav-results");
        WaitForAsyncUtils.waitForFxEvents();
        // Σw = 2+1+2+2+1+1+1+1+1+1 = 13 (board diversity N/A, member democracy and the social-economy
        // questions not applicable)
        // Σw·s = 2·0.75 + 0 + 2·0.5 + 2·0.5 + 1 + 2/3 + 0.25 + 0.5 + 1 + 0 = 6.91667 -> 53.2 (level 2)
        assertThat(text(robot, "#theme-score-gov")).isEqualTo("53,2");
        // the other seven themes score 0 (applicable questions unanswered): 53.2051 / 8 = 6.7
        assertThat(text(robot, "#overall-score")).isEqualTo("6,7");
        assertThat(text(robot, "#overall-level")).isEqualTo("Niveau 0\u00a0: Pas engagé");

        // fired rather than clicked: at 1366×768 the row can sit below the fold of the results page
        Node explain = robot.lookup("#explain-gov").query();
        robot.interact(() -> ((javafx.scene.control.Button) explain).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#explanation").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();

        Node add = robot.lookup("#add-action-gov-ethics").query();
        robot.interact(() -> ((javafx.scene.control.Button) add).fire());
        robot.clickOn("#nav-actions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#action-title-0").queryAs(javafx.scene.control.TextArea.class).getText()).isNotBlank();
        assertThat(robot.lookup("#nav-actions").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void textCanBeReadAtTwiceItsSizeAndTheWalkThroughStaysUsable(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "scop");
        double normal = robot.lookup("#question-text").queryAs(Label.class).getFont().getSize();
        ComboBox<Integer> size = robot.lookup("#text-size").queryComboBox();
        robot.interact(() -> size.setValue(200));
        WaitForAsyncUtils.waitForFxEvents();
        double doubled = robot.lookup("#question-text").queryAs(Label.class).getFont().getSize();
        assertThat(doubled).isCloseTo(2 * normal, org.assertj.core.data.Offset.offset(0.5));
        // the bar with the next button stays on screen and works
        robot.clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();
        // a SCOP sees the member-democracy and social-economy questions a company does not
        assertThat(text(robot, "#question-position")).isEqualTo("Question 2 sur 17");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(size.getValue()).isEqualTo(100);
    }
}
