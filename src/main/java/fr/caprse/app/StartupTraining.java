package fr.caprse.app;

import fr.caprse.cli.CapRseCli;
import fr.caprse.platform.LogConfigurator;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The run that the installers' build records into a class-data-sharing archive (AppCDS): the command
 * line scores the given assessments, then the desktop app opens its window on an empty data folder,
 * shows the home screen for a moment, and closes. The classes loaded on the way are the ones that
 * {@code packaging/build.sh} archives with {@code -XX:ArchiveClassesAtExit}; the installed app then
 * maps them from the archive instead of reading and verifying them at each start.
 *
 * <p>Run by {@code packaging/build.sh} only, with the image's own runtime and class path and
 * {@code -Dcaprse.data.dir} on a scratch folder: {@code StartupTraining ASSESSMENT.rse.json...}.
 */
public final class StartupTraining {

    /** How long the home screen stays up, so that what it loads after the first frame is recorded too. */
    static final Duration HOME_SCREEN_TIME = Duration.seconds(4);

    private StartupTraining() {
    }

    public static void main(String[] args) {
        LogConfigurator.install();   // as the launcher does first
        Launcher.opensFile(args);    // the launcher's own class, archived too
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        CapRseCli.run(new String[] {"--version"}, nowhere, nowhere);
        for (String assessment : args) {
            int code = CapRseCli.run(new String[] {"score", assessment}, nowhere, nowhere);
            int json = CapRseCli.run(new String[] {"score", assessment, "--json"}, nowhere, nowhere);
            if (code != CapRseCli.OK || json != CapRseCli.OK) {
                throw new IllegalStateException("The training assessment " + assessment + " does not score");
            }
        }
        Application.launch(TrainingApp.class);
    }

    /** The desktop app, closed by itself once its home screen has been shown. */
    public static final class TrainingApp extends CapRseApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(HOME_SCREEN_TIME);
            pause.setOnFinished(event -> Platform.exit());
            pause.play();
        }
    }
}
