package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window headless and checks what a user sees. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Locale.setDefault(Locale.FRANCE);
        this.stage = stage;
        new CapRseApp().start(stage);
    }

    @Test
    void opensInFrenchWithTheHomePage(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Cap RSE");
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("Vos organisations");
    }

    @Test
    void switchingToEnglishChangesTheTexts(FxRobot robot) {
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("Your organisations");
    }
}
