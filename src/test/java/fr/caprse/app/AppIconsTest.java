package fr.caprse.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.platform.AppDirs;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window carries Cap RSE's icon, in every size, as soon as it is up. */
@ExtendWith(ApplicationExtension.class)
class AppIconsTest {

    @TempDir
    static Path data;

    private CapRseApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Locale.setDefault(Locale.FRANCE);
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, data.toString());
        this.stage = stage;
        app = new CapRseApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void theWindowHasTheIconInEverySize(FxRobot robot) throws java.util.concurrent.TimeoutException {
        // the icon is decoded on a thread of its own, then set on the JavaFX thread
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getIcons()).hasSameSizeAs(AppIcons.SIZES);
        for (int i = 0; i < AppIcons.SIZES.size(); i++) {
            Image icon = stage.getIcons().get(i);
            assertThat(icon.isError()).as("icon %s px", AppIcons.SIZES.get(i)).isFalse();
            assertThat(icon.getWidth()).isEqualTo(AppIcons.SIZES.get(i).doubleValue());
            assertThat(icon.getHeight()).isEqualTo(AppIcons.SIZES.get(i).doubleValue());
        }
        // the picture is the installers' one: its middle is not transparent
        int middle = AppIcons.SIZES.get(AppIcons.SIZES.size() - 1) / 2;
        assertThat(stage.getIcons().get(AppIcons.SIZES.size() - 1).getPixelReader().getArgb(middle, middle) >>> 24)
                .isPositive();
    }
}
