package fr.caprse.ui;

import static fr.caprse.ui.AppDriver.key;
import static fr.caprse.ui.AppDriver.startAssessment;
import static fr.caprse.ui.AppDriver.text;
import static fr.caprse.ui.AppDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import fr.caprse.i18n.Typography;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * What a new user tripped on in the walk-through, each in the real window: a question opening scrolled
 * down, a number field that did not take the keyboard, options 10 and up out of reach of the keys, an
 * invalid number dropped while "saved" showed, a comment reported saved before it was, and the language,
 * text size and last question forgotten at the next start.
 */
@ExtendWith(ApplicationExtension.class)
class WalkthroughFixesTest {

    private CapRseApp app;
    private Stage stage;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createTempDirectory("cap-rse-walk");
        app = AppDriver.start(stage, data);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void everyQuestionOpensAtItsTopWithItsTitleInView(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "scop");
        AppDriver.textSize(robot, 200);
        ScrollPane scroll = robot.lookup("#question-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isEqualTo(1);
        assertThat(visibleIn(scroll, robot.lookup("#question-text").query())).as("scrolled down, the title is out of view").isFalse();
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#question-position")).isEqualTo("Question 2 sur 17");
        assertThat(scroll.getVvalue()).isZero();
        assertThat(visibleIn(scroll, robot.lookup("#question-text").query())).isTrue();
    }

    @Test
    void aNumberQuestionTakesTheKeyboardAsItOpens(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        robot.clickOn("#nav-theme-lab");
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.RIGHT);                                        // lab-permanent-share, a percent
        assertThat(robot.lookup("#answer-number").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("12,5");
        key(robot, KeyCode.ENTER);
        assertThat(text(robot, "#question-position")).isEqualTo("Question 3 sur 19");
        key(robot, KeyCode.LEFT);
        assertThat(robot.lookup("#answer-number").queryAs(TextField.class).getText()).isEqualTo("12,5");
        assertThat(text(robot, "#nav-count-lab")).startsWith("1/");
    }

    @Test
    void optionsTenAndUpAreReachedByTypingTwoDigits(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        robot.clickOn("#nav-theme-sta");                                 // sta-groups: eleven options
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#option-keys-hint").tryQuery()).isPresent();
        // an option's id is its number on screen
        String tenth = "#answer-option-10";
        String first = "#answer-option-1";
        var options = BuiltInQuestionnaires.byId("rse-rso").orElseThrow().question("sta-groups").orElseThrow().options();
        assertThat(robot.lookup(tenth).queryAs(CheckBox.class).getText())
                .isEqualTo("10 · " + Typography.forDisplay(options.get(9).label().get("fr"), "fr"));
        assertThat(robot.lookup(first).queryAs(CheckBox.class).getText())
                .isEqualTo("1 · " + Typography.forDisplay(options.get(0).label().get("fr"), "fr"));
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(tenth).queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup(first).queryAs(CheckBox.class).isSelected()).as("\"10\" does not tick option 1").isFalse();
        // "1" alone picks option 1 once the short wait for a second digit is over
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(first).queryAs(CheckBox.class).isSelected());
        assertThat(robot.lookup(tenth).queryAs(CheckBox.class).isSelected()).isTrue();
    }

    @Test
    void anInvalidNumberKeepsTheUserOnTheQuestionAndIsNeverReportedSaved(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        robot.clickOn("#nav-theme-lab");
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.RIGHT);
        robot.write("douze");
        robot.clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#question-position")).isEqualTo("Question 2 sur 19");
        assertThat(text(robot, "#answer-number-error")).isNotBlank();
        assertThat(text(robot, "#save-state")).isEqualTo("⚠ Nombre non valide, non enregistré");
        assertThat(robot.lookup("#answer-number").queryAs(TextField.class).isFocused()).isTrue();
        // corrected, it is saved and the walk-through moves on
        TextField field = robot.lookup("#answer-number").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.write("80");
        robot.clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#question-position")).isEqualTo("Question 3 sur 19");
        waitUntil(robot, "#save-state", "✔ Enregistré");
    }

    @Test
    void aCommentIsSavedWhileTypingAndSaysSoOnlyOnceOnDisk(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        key(robot, KeyCode.DIGIT2);
        waitUntil(robot, "#save-state", "✔ Enregistré");
        java.util.List<String> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.scene.control.Label saveState = robot.lookup("#save-state").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> saveState.textProperty().addListener((o, a, b) -> states.add(b)));
        TextArea comment = robot.lookup("#answer-comment").queryAs(TextArea.class);
        robot.interact(comment::requestFocus);
        robot.write("Charte écrite en 2024");
        // every key handled before looking: on a busy machine the last keys may still be queued, and a
        // save made during a pause in the typing may already read "saved"
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(comment.getText()).isEqualTo("Charte écrite en 2024");
        // still in the field: the text went through "saving" and is then saved, without leaving the field
        waitUntil(robot, "#save-state", "✔ Enregistré");
        assertThat(states).startsWith("Enregistrement…").endsWith("✔ Enregistré");
        assertThat(robot.lookup("#answer-comment").queryAs(TextArea.class).isFocused()).isTrue();
    }

    @Test
    void languageTextSizeAndTheLastQuestionAreRememberedAtTheNextStart(FxRobot robot) throws Exception {
        startAssessment(robot, "Atelier du Val", "12", "company");
        key(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);        // question 4 of governance
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        AppDriver.textSize(robot, 150);
        String question = text(robot, "#question-text");
        robot.interact(() -> {
            app.stop();
            app = new CapRseApp();
            Locale.setDefault(Locale.FRANCE);
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#home-title")).isEqualTo("Your organisations");
        ComboBox<Integer> size = robot.lookup("#text-size").queryComboBox();
        assertThat(size.getValue()).isEqualTo(150);
        Node open = robot.lookup(".button").<Node>match(n -> n.getId() != null && n.getId().startsWith("open-")).query();
        robot.clickOn(open);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#question-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#question-text")).isEqualTo(question);
        assertThat(text(robot, "#question-position")).isEqualTo("Question 4 of 13");
        assertThat(Files.readString(data.resolve("preferences.properties"))).contains("language=en", "text-size=150");
    }

    @Test
    void aLoneQuestionMarkNeverWrapsToItsOwnLineInFrench(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        String expected = Typography.forDisplay(BuiltInQuestionnaires.byId("rse-rso").orElseThrow().question("gov-purpose").orElseThrow()
                .text().get("fr"), "fr");
        assertThat(expected).endsWith("\u00a0?");
        assertThat(text(robot, "#question-text")).isEqualTo(expected);
    }

    private static boolean visibleIn(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds shown = node.localToScene(node.getBoundsInLocal());
        return shown.getMinY() >= viewport.getMinY() - 1 && shown.getMinY() < viewport.getMaxY();
    }
}
