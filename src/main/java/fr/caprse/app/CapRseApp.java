package fr.caprse.app;

import atlantafx.base.theme.PrimerLight;
import fr.caprse.ui.common.Errors;
import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.i18n.I18n;
import fr.caprse.platform.AppDirs;
import fr.caprse.storage.Database;
import fr.caprse.ui.MainWindow;
import fr.caprse.ui.StartFrame;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.FxDialogService;
import fr.caprse.ui.common.Preferences;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.ui.common.Theme;
import fr.caprse.ui.common.WindowPlacement;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the database of the user data folder (refusing clearly when another
 * Cap RSE has it open, or when it is damaged or newer), and shows the main window. Work on one
 * assessment (its saves, exports, reports) runs in the background in the order it was asked.
 */
public class CapRseApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CapRseApp.class);

    private Database database;
    private ThreadTaskExecutor tasks;
    private java.util.concurrent.ExecutorService preferenceWriter;
    private MainWindow window;
    /** Keeps the window's size and place for the next start. */
    private Runnable keepPlace;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportUncaught(error));
        Path dataDir = AppDirs.dataDir();
        LOG.info("Starting Cap RSE, data folder {}", dataDir);
        // preferences are written on a thread of their own, in the order they change
        preferenceWriter = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cap-rse-preferences");
            thread.setDaemon(true);
            return thread;
        });
        Preferences preferences = new Preferences(dataDir.resolve("preferences.properties"), preferenceWriter);
        ObjectProperty<I18n> i18n = new SimpleObjectProperty<>(
                I18n.display(preferences.language().orElse(I18n.systemDefault())));
        // as it was left, else fitting the screen (a small one, 1366 x 768 in many offices, filled)
        keepPlace = WindowPlacement.apply(stage, preferences);
        int textSize = StartFrame.textSize(preferences.textSize());
        Scene scene = new Scene(StartFrame.of(i18n.get(), textSize), stage.getWidth(), stage.getHeight());
        scene.getStylesheets().addAll(Theme.paletteStylesheet(),
                MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind(); // a stage shown again (the tests reuse theirs)
        stage.setTitle(i18n.get().get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        // the icon is decoded on a thread of its own once the window is up, so that neither the first frame
        // nor the JavaFX thread waits for seven PNG files
        Thread icons = new Thread(() -> {
            java.util.List<javafx.scene.image.Image> images = AppIcons.images();
            Platform.runLater(() -> stage.getIcons().setAll(images));
        }, "cap-rse-icons");
        icons.setDaemon(true);
        icons.start();
        Runnable open = () -> open(stage, scene, dataDir, preferences, i18n);
        if (!showsFrameFirst()) {
            open.run();
            return;
        }
        // The window shows its frame (header band, title) at once; the home page, which reads the
        // database and builds its rows, is built just after the first frame was laid out and sent to be
        // drawn, and takes the frame's place.
        afterNextLayout(scene, () -> Platform.runLater(open));
    }

    /**
     * Whether the window shows its frame before the home page is built: when started by
     * {@code launch()}; a test that starts the app itself gets the home page at once, as it expects it.
     */
    boolean showsFrameFirst() {
        return getParameters() != null;
    }

    /** Opens the database, builds the services and the home page, and puts it in the window. */
    private void open(Stage stage, Scene scene, Path dataDir, Preferences preferences, ObjectProperty<I18n> i18n) {
        try {
            database = EarlyDatabase.take(dataDir); // opened while JavaFX started, when launched
        } catch (RuntimeException e) {
            LOG.error("Cannot open the database in {}", dataDir, e);
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle("Cap RSE");
            alert.setHeaderText(i18n.get().get("error.database.title"));
            alert.setContentText(Errors.message(e, i18n.get()));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        // the work on one assessment runs in the order it was asked; other work beside it
        tasks = new ThreadTaskExecutor(2, Platform::runLater);
        FxDialogService dialogs = new FxDialogService(() -> stage, i18n::get);
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
        AppServices services = new AppServices(workspace, tasks, dialogs, Clock.systemDefaultZone(), i18n, questionnaires);
        window = new MainWindow(services, new AssessmentFiles(database, workspace, questionnaires),
                new RecentFiles(dataDir.resolve("recent-files.txt")), preferences);
        scene.setRoot(window.root());
        stage.titleProperty().bind(window.titleProperty());
        logWhenLaidOut(scene);
        // "cap-rse file.rse.json" (a file manager opening an assessment): import it and open it
        Parameters parameters = getParameters(); // null when started by a test rather than by launch()
        if (parameters != null) {
            parameters.getRaw().stream().filter(a -> a.endsWith(".rse.json")).findFirst()
                    .map(Path::of).ifPresent(window::importAndOpen);
        }
    }

    /**
     * Logs when the home page has been laid out to be drawn, as a time of the clock (milliseconds since
     * 1970): the start-up benchmark subtracts the moment it launched the app. (The process's own start
     * time is no yardstick: Linux gives it to the second only.)
     */
    private static void logWhenLaidOut(Scene scene) {
        afterNextLayout(scene, () -> LOG.info("Home page laid out at {} ms since 1970", System.currentTimeMillis()));
    }

    /** Runs {@code action} once, at the end of the next layout pass of {@code scene} (before it is drawn). */
    private static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Waits for pending saves, then closes the database and releases the data folder. */
    @Override
    public void stop() {
        if (keepPlace != null) {
            keepPlace.run();
            keepPlace = null;
        }
        if (window != null) {
            window.flush();
            window = null;
        }
        if (tasks != null) {
            tasks.shutdown(10);
        }
        if (preferenceWriter != null) {
            preferenceWriter.shutdown();
            try {
                preferenceWriter.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            preferenceWriter = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void reportUncaught(Throwable error) {
        LOG.error("Unexpected error", error);
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText("Cap RSE");
            alert.setContentText(String.valueOf(error.getMessage()));
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
