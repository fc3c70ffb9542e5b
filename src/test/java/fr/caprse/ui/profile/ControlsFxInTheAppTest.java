package fr.caprse.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.FxDialogService;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two things Cap RSE takes from ControlsFX, as the app uses them: the decoration of a wrong field
 * of the organisation profile and a notification on the main window. The installers ship ControlsFX
 * without the classes nothing reaches ({@code packaging/shrunk-jars.txt}); {@code
 * packaging/test-shrunk-jars.sh} runs this test on that jar.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsFxInTheAppTest {

    private final I18n i18n = new I18n(Locale.FRENCH);
    private final OrganisationProfileViewModel model = new OrganisationProfileViewModel(new SimpleObjectProperty<>(i18n));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new OrganisationProfileView(model, i18n).root()), 700, 500));
        stage.show();
    }

    @Test
    void aWrongSectorIsDecoratedAndANotificationShowsOnTheWindow(FxRobot robot) {
        TextField sector = robot.lookup("#profile-sector").queryAs(TextField.class);
        robot.interact(() -> model.sectorProperty().set("scierie"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sector.getStyleClass()).contains("error");
        robot.interact(() -> model.sectorProperty().set("16.23Z"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sector.getStyleClass()).doesNotContain("error");

        robot.interact(() -> new FxDialogService(() -> stage, () -> i18n).notify("Rapport enregistré"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows().stream()
                .filter(window -> window != stage && window.isShowing())
                .flatMap(window -> window.getScene().getRoot().lookupAll(".label").stream())
                .filter(Label.class::isInstance)
                .map(label -> ((Label) label).getText()))
                .contains("Rapport enregistré");
    }
}
