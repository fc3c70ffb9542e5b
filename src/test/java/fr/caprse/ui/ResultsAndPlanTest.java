package fr.caprse.ui;

import static fr.caprse.ui.AppDriver.key;
import static fr.caprse.ui.AppDriver.startAssessment;
import static fr.caprse.ui.AppDriver.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
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
 * The results page and the action plan of a partial assessment, as a new user meets them: themes not
 * started read "not assessed yet" (never level 0) and answered weaknesses come first; an explanation
 * opens under its row; dates are written the way of the interface language and a bad one is said; a
 * recommendation added to the plan follows the language of the screen; a cooperative gets the ESS box
 * ticked.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsAndPlanTest {

    private CapRseApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppDriver.start(stage, null);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void aPartialAssessmentShowsThemesNotAssessedYetAndAnsweredWeaknessesFirst(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        key(robot, KeyCode.DIGIT1, KeyCode.RIGHT, KeyCode.DIGIT0);     // gov-purpose 1, gov-mission 0 (1.1.0: the mission question comes second for a company)
        robot.clickOn("#nav-results");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#theme-level-env")).isEqualTo("Pas encore évalué");
        assertThat(text(robot, "#theme-score-env")).isEqualTo("–");
        assertThat(text(robot, "#theme-level-gov")).isEqualTo("Pas engagé");
        assertThat(text(robot, "#results-partial")).startsWith("Pas encore évalués (7)");
        VBox weaknesses = robot.lookup("#weaknesses").queryAs(VBox.class);
        assertThat(weaknesses.getChildren()).hasSize(2);       // the title and governance only
        // the first recommendations are the two answered weaknesses
        assertThat(robot.lookup("#recommendations .button").queryAll().stream().limit(2).map(Node::getId))
                .containsExactlyInAnyOrder("add-action-gov-purpose", "add-action-gov-mission");
    }

    @Test
    void anExplanationOpensRightUnderItsRow(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        key(robot, KeyCode.DIGIT3);
        robot.clickOn("#nav-results");
        WaitForAsyncUtils.waitForFxEvents();
        Node up = robot.lookup("#theme-table").query();
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        ScrollPane page = (ScrollPane) up;
        robot.interact(() -> page.setVvalue(0.5));
        Button explain = robot.lookup("#explain-env").queryAs(Button.class);
        robot.interact(() -> explain.fire());
        WaitForAsyncUtils.waitForFxEvents();
        Node explanation = robot.lookup("#explanation").query();
        Bounds row = explain.localToScene(explain.getBoundsInLocal());
        Bounds shown = explanation.localToScene(explanation.getBoundsInLocal());
        Bounds viewport = page.localToScene(page.getBoundsInLocal());
        assertThat(shown.getMinY()).as("right under the row clicked").isBetween(row.getMaxY(), row.getMaxY() + 20);
        assertThat(shown.getMinY()).as("in view").isLessThan(viewport.getMaxY());
        robot.interact(() -> explain.fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#explanation").tryQuery().map(Node::getParent)).as("closed by a second click").isEmpty();
    }

    @Test
    void dueDatesAreWrittenTheFrenchWayAndABadDateIsSaid(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        robot.clickOn("#nav-actions");
        robot.clickOn("#action-new-title").write("Écrire la charte");
        key(robot, KeyCode.ENTER);
        DatePicker due = robot.lookup("#action-due-0").queryAs(DatePicker.class);
        robot.clickOn(due.getEditor());
        robot.interact(() -> due.getEditor().setText(""));
        robot.write("15/03/2027");
        key(robot, KeyCode.ENTER);
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(due.getEditor().getText()).isEqualTo("15/03/2027");
        robot.interact(() -> due.getEditor().setText(""));
        robot.write("31/02/2027");
        key(robot, KeyCode.ENTER);
        assertThat(due.getValue()).as("the date before is kept").isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(text(robot, "#action-due-error-0")).startsWith("«\u00a031/02/2027\u00a0» n’est pas une date");
        robot.interact(() -> due.getEditor().setText(""));
        robot.write("1/4/2027");
        key(robot, KeyCode.ENTER);
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(text(robot, "#action-due-error-0")).isEmpty();
    }

    @Test
    void aRecommendationAddedToThePlanFollowsTheLanguageOfTheScreen(FxRobot robot) throws TimeoutException {
        startAssessment(robot, "Atelier du Val", "12", "company");
        key(robot, KeyCode.DIGIT1);
        robot.clickOn("#nav-results");
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#add-action-gov-purpose").queryAs(Button.class);
        robot.interact(add::fire);
        robot.clickOn("#nav-actions");
        WaitForAsyncUtils.waitForFxEvents();
        Question purpose = BuiltInQuestionnaires.byId("rse-rso").orElseThrow().question("gov-purpose").orElseThrow();
        assertThat(robot.lookup("#action-title-0").queryAs(TextArea.class).getText())
                .isEqualTo(purpose.recommendation().get("fr"));
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#action-title-0").queryAs(TextArea.class).getText())
                .isEqualTo(purpose.recommendation().get("en"));
    }

    @Test
    void choosingACooperativeTicksTheEssBoxAndSaysWhy(FxRobot robot) {
        robot.clickOn("#home-new");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> form = robot.lookup("#profile-legal-form").queryComboBox();
        CheckBox ess = robot.lookup("#profile-ess").queryAs(CheckBox.class);
        robot.interact(() -> form.setValue("company"));
        assertThat(ess.isSelected()).isFalse();
        robot.interact(() -> form.setValue("scop"));
        assertThat(ess.isSelected()).isTrue();
        assertThat(text(robot, "#profile-ess-hint")).startsWith("Cochée d’après la forme juridique");
        // the form below the messages does not move when a message appears
        Node employees = robot.lookup("#profile-employees").query();
        double before = employees.localToScene(employees.getBoundsInLocal()).getMinY();
        robot.clickOn("#profile-sector").write("douze");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#profile-sector-error")).isNotEmpty();
        assertThat(employees.localToScene(employees.getBoundsInLocal()).getMinY()).isEqualTo(before);
    }
}
