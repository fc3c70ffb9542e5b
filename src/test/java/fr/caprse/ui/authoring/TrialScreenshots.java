package fr.caprse.ui.authoring;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.authoring.QuestionnaireTemplate;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.ui.MainWindow;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.ui.common.RecordingDialogs;
import fr.caprse.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the screenshots of "Try a questionnaire file…" for docs/screenshots: the page of a file that does
 * not load, the page once corrected, and the walk-through under the trial's band, in French or English.
 * Not a test; run it by hand on a display (Xvfb):
 * <pre>
 *   ./mvnw -q -o test-compile
 *   xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *       fr.caprse.ui.authoring.TrialScreenshots docs/screenshots fr|en [100|200]
 * </pre>
 * ({@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt} writes {@code cp.txt}.)
 */
public final class TrialScreenshots {

    private static Path out;
    private static Locale locale;
    private static int textSize = 100;

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        textSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Application.launch(Tour.class);
    }

    /** The window and the tour through it (a class of its own: the launcher checks for JavaFX first). */
    public static final class Tour extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("cap-rse-trial-shots");
        Database database = Database.open(folder.resolve("data"));
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
        ThreadTaskExecutor tasks = new ThreadTaskExecutor(2, Platform::runLater);
        RecordingDialogs dialogs = new RecordingDialogs();
        AppServices services = new AppServices(workspace, tasks, dialogs, Clock.systemDefaultZone(),
                new SimpleObjectProperty<>(I18n.display(locale)), questionnaires);
        MainWindow window = new MainWindow(services, new AssessmentFiles(database, workspace, questionnaires),
                new RecentFiles(folder.resolve("recent.txt")));
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().addAll(Theme.paletteStylesheet(), MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        String language = locale.getLanguage();
        String prefix = language.equals("en") ? "en-" : "";
        String suffix = textSize == 100 ? "" : "-" + textSize;
        Path file = folder.resolve(language.equals("en") ? "my-questionnaire.yaml" : "mon-questionnaire.yaml");
        String template = new String(QuestionnaireTemplate.content(language), StandardCharsets.UTF_8);
        dialogs.fileToOpen = file;

        Thread tour = new Thread(() -> {
            try {
                Files.writeString(file, template.replace("answer.gov-locaux == 'yes'", "answer.gov-locaux == 'oui'")
                        .replace("type: single", "type: choice"));
                onFx(() -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ComboBox<Integer> size = (javafx.scene.control.ComboBox<Integer>) scene.lookup("#text-size");
                    size.setValue(textSize);
                });
                waitUntil(() -> scene.lookup("#home-try-questionnaire") != null);
                shoot(scene, prefix + "19-home-try-questionnaire" + suffix + ".png");
                fire(scene, "#home-try-questionnaire");
                waitUntil(() -> scene.lookup("#trial-problems") != null && scene.lookup("#trial-problems").isVisible());
                shoot(scene, prefix + "20-try-questionnaire-problems" + suffix + ".png");
                Files.writeString(file, template);
                fire(scene, "#trial-reread");
                waitUntil(() -> scene.lookup("#trial-problems") != null && !scene.lookup("#trial-problems").isVisible());
                shoot(scene, prefix + "21-try-questionnaire-loaded" + suffix + ".png");
                fire(scene, "#trial-walk");
                waitUntil(() -> scene.lookup("#trial-banner") != null && scene.lookup("#question-text") != null);
                shoot(scene, prefix + "22-try-questionnaire-walkthrough" + suffix + ".png");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    tasks.shutdown(5);
                    database.close();
                    Platform.exit();
                });
            }
        }, "trial-tour");
        tour.setDaemon(true);
        tour.start();
    }
    }

    private static void fire(Scene scene, String id) throws Exception {
        onFx(() -> ((ButtonBase) scene.lookup(id)).fire());
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }

    /** Polls on the JavaFX thread, pulse after pulse, until {@code condition} holds (10 s at most). */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 400; i++) {
            CompletableFuture<Boolean> holds = new CompletableFuture<>();
            Platform.runLater(() -> holds.complete(condition.getAsBoolean()));
            if (holds.get(10, TimeUnit.SECONDS)) {
                onFx(() -> { });
                return;
            }
            CompletableFuture<Void> pulse = new CompletableFuture<>();
            Platform.runLater(() -> Platform.runLater(() -> pulse.complete(null)));
            pulse.get(10, TimeUnit.SECONDS);
            Thread.onSpinWait();
        }
        throw new IllegalStateException("the page did not come");
    }

    private static void shoot(Scene scene, String name) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(scene.snapshot(null)));
        WritableImage shot = image.get(10, TimeUnit.SECONDS);
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(out);
        ImageIO.write(buffered, "png", out.resolve(name).toFile());
        System.out.println("wrote " + out.resolve(name));
    }
}
