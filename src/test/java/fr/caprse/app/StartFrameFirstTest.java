package fr.caprse.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.platform.AppDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Started as a user starts it, the window first shows its frame (header band, title, subtitle) in the
 * language and at the text size kept in the preferences, then the home page takes its place.
 */
@ExtendWith(ApplicationExtension.class)
class StartFrameFirstTest {

    @TempDir
    static Path data;

    private CapRseApp app;
    private Stage stage;
    private Parent firstRoot;

    @Start
    void start(Stage stage) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Files.writeString(data.resolve("preferences.properties"), "language=fr\ntext-size=150\n", StandardCharsets.UTF_8);
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, data.toString());
        this.stage = stage;
        app = new CapRseApp() {
            @Override
            boolean showsFrameFirst() {
                return true;
            }
        };
        app.start(stage);
        firstRoot = stage.getScene().getRoot();
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void theFrameComesFirstThenTheHomePage(FxRobot robot) throws Exception {
        assertThat(stage.isShowing()).isTrue();
        assertThat(firstRoot.getId()).isEqualTo("start-frame");
        assertThat(firstRoot.getStyleClass()).contains("main-window", "text-size-150");
        assertThat(firstRoot.lookupAll(".app-title")).singleElement()
                .extracting(node -> ((Label) node).getText()).isEqualTo("Cap RSE");
        assertThat(firstRoot.lookupAll(".app-subtitle")).singleElement()
                .extracting(node -> ((Label) node).getText()).isEqualTo("Auto-évaluation RSE/RSO, hors ligne");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#home-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Parent home = stage.getScene().getRoot();
        assertThat(home).isNotSameAs(firstRoot);
        assertThat(home.getStyleClass()).contains("text-size-150");
        assertThat(robot.lookup("#home-title").queryLabeled().getText()).isEqualTo("Vos organisations");
        assertThat(robot.lookup("#start-frame").tryQuery()).isEmpty();
    }
}
