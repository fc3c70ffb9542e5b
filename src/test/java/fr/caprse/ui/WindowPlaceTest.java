package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a 1366 × 768 screen (the headless one): it fills the screen at its first start,
 * comes back as it was left, and never where it could not be seen.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlaceTest {

    @TempDir
    Path data;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void onALaptopScreenTheWindowOpensFillingItAndIsRememberedSo(FxRobot robot) throws Exception {
        CapRseApp app = startOn(robot, data);

        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.getWidth()).isEqualTo(1366);
        assertThat(stage.isMaximized()).isTrue();
        assertThat(stage.getWidth()).isEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isEqualTo(screen.getHeight());
        assertThat(stage.getScene().getWidth()).isEqualTo(screen.getWidth());

        robot.interact(app::stop);
        Properties kept = preferences(data);
        assertThat(kept.getProperty("window.maximised")).isEqualTo("true");
    }

    @Test
    void theWindowComesBackWhereAndAsLargeAsItWasLeft(FxRobot robot) throws Exception {
        Files.writeString(data.resolve("preferences.properties"),
                "window.x=120\nwindow.y=60\nwindow.width=1000\nwindow.height=640\nwindow.maximised=false\n",
                StandardCharsets.UTF_8);

        CapRseApp app = startOn(robot, data);

        assertThat(stage.isMaximized()).isFalse();
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(120, 60, 1000, 640);
        // moved and made larger, then closed: that is what the next start gets
        robot.interact(() -> {
            stage.setX(40);
            stage.setWidth(1100);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(app::stop);
        Properties kept = preferences(data);
        assertThat(kept.getProperty("window.x")).isEqualTo("40");
        assertThat(kept.getProperty("window.width")).isEqualTo("1100");
        assertThat(kept.getProperty("window.height")).isEqualTo("640");
        assertThat(kept.getProperty("window.maximised")).isEqualTo("false");
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnThisOne(FxRobot robot) throws Exception {
        // left on a projector to the right of this screen, unplugged since
        Files.writeString(data.resolve("preferences.properties"),
                "language=fr\nwindow.x=1600\nwindow.y=80\nwindow.width=1200\nwindow.height=700\nwindow.maximised=false\n",
                StandardCharsets.UTF_8);

        CapRseApp app = startOn(robot, data);

        assertThat(stage.getX()).isEqualTo(0);
        assertThat(stage.getY()).isEqualTo(0);
        assertThat(stage.getWidth()).isEqualTo(1366);
        assertThat(stage.isMaximized()).isTrue();
        robot.interact(app::stop);
    }

    private CapRseApp startOn(FxRobot robot, Path folder) throws Exception {
        CapRseApp[] app = new CapRseApp[1];
        robot.interact(() -> {
            try {
                app[0] = AppDriver.start(stage, folder);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app[0];
    }

    private static Properties preferences(Path folder) throws java.io.IOException {
        Properties kept = new Properties();
        try (java.io.Reader in = Files.newBufferedReader(folder.resolve("preferences.properties"), StandardCharsets.UTF_8)) {
            kept.load(in);
        }
        return kept;
    }
}
