package fr.caprse.ui;

import fr.caprse.app.CapRseApp;
import fr.caprse.platform.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the TestFX tests of the real window do again and again: start the app, start an assessment, type keys. */
final class AppDriver {

    private AppDriver() {
    }

    /** Starts the real app in French on {@code data} (a fresh folder unless given). */
    static CapRseApp start(Stage stage, Path data) throws Exception {
        Locale.setDefault(Locale.FRANCE);
        Path folder = data != null ? data : Files.createTempDirectory("cap-rse-ui");
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, folder.toString());
        CapRseApp app = new CapRseApp();
        app.start(stage);
        return app;
    }

    static void startAssessment(FxRobot robot, String name, String employees, String legalForm) throws TimeoutException {
        javafx.scene.control.Button create = robot.lookup("#home-new").queryButton();
        robot.interact(create::fire);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node nameField = robot.lookup("#profile-name").query();
        robot.interact(nameField::requestFocus);
        robot.write(name);
        javafx.scene.Node employeesField = robot.lookup("#profile-employees").query();
        robot.interact(employeesField::requestFocus);
        robot.write(employees);
        ComboBox<String> form = robot.lookup("#profile-legal-form").queryComboBox();
        robot.interact(() -> form.setValue(legalForm));
        javafx.scene.control.Button start = robot.lookup("#new-start").queryButton();
        robot.interact(start::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#question-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void key(FxRobot robot, KeyCode... codes) {
        for (KeyCode code : codes) {
            robot.type(code);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    static void waitUntil(FxRobot robot, String query, String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text(robot, query)));
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static void textSize(FxRobot robot, int percent) {
        ComboBox<Integer> size = robot.lookup("#text-size").queryComboBox();
        robot.interact(() -> size.setValue(percent));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
