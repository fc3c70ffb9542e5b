package fr.caprse.ui.common;

import fr.caprse.app.CapRseApp;
import fr.caprse.i18n.I18n;
import fr.caprse.platform.AppDirs;
import fr.caprse.platform.FailedWhile;
import fr.caprse.storage.StorageException;
import fr.caprse.ui.FxThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Takes the screenshots of the window at its first start and of the dialogs (docs/screenshots): the real
 * app on a fresh data folder on a real display (Xvfb, 1366 × 768), the text size chosen, then a confirmation
 * (deleting an assessment) and an error (a profile save that met a full disk: the failure is made up, its
 * message is the app's) shown by the app's own dialog service. Not a test; run it by hand:
 * <pre>
 *   ./mvnw -q -o -DskipTests package test-compile
 *   xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/cap-rse.jar \
 *       fr.caprse.ui.common.DialogScreenshots docs/screenshots fr|en [100|200]
 * </pre>
 * Writes {@code [en-]window-first-start[-200].png}, {@code [en-]dialog-confirm[-200].png} and
 * {@code [en-]dialog-error[-200].png}.
 */
public final class DialogScreenshots {

    private static Path out;
    private static Locale locale;
    private static int textSize;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        textSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Files.createDirectories(out);
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, Files.createTempDirectory("cap-rse-dialogs").toString());
        Locale.setDefault(locale);
        Application.launch(Tour.class, args);
    }

    /** The application the tour drives (the launcher refuses a main class that extends Application). */
    public static final class Tour extends Application {

        private Scene scene;

        @Override
        public void start(Stage stage) {
            CapRseApp app = new CapRseApp();
            app.start(stage);
            scene = stage.getScene();
            I18n i18n = I18n.display(locale);
            FxDialogService dialogs = new FxDialogService(() -> stage, () -> i18n);
            Thread tour = new Thread(() -> {
                try {
                    frames(30);
                    FxThread.run(() -> {
                        @SuppressWarnings("unchecked")
                        ComboBox<Integer> size = (ComboBox<Integer>) scene.lookup("#text-size");
                        size.setValue(textSize);
                    }, 10);
                    shoot("window-first-start");
                    Platform.runLater(() -> dialogs.confirm(i18n.get("home.delete.title"),
                            i18n.get("home.delete.message", "Coopérative d’activités et d’emploi du Val de Drôme", "2026"),
                            i18n.get("home.delete")));
                    shootDialog("dialog-confirm");
                    StorageException full = new StorageException(StorageException.Reason.DISK_FULL,
                            "the disk is full", null, Path.of("cap-rse.db"));
                    FailedWhile failed = new FailedWhile("failed.save-profile", "Cap RSE could not save the profile",
                            full, "Coopérative d’activités et d’emploi du Val de Drôme · 2026");
                    Platform.runLater(() -> dialogs.showError(i18n.get("error.save.title"),
                            i18n.get("error.save.profile", Errors.message(failed, i18n))));
                    shootDialog("dialog-error");
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.runLater(() -> {
                        app.stop();
                        Platform.exit();
                    });
                }
            }, "dialog-tour");
            tour.setDaemon(true);
            tour.start();
        }

        /** Waits for the dialog, shoots the screen, then closes the dialog with its first button. */
        private void shootDialog(String name) throws Exception {
            DialogPane[] pane = new DialogPane[1];
            for (int i = 0; i < 600 && pane[0] == null; i++) {
                FxThread.run(() -> pane[0] = dialog(), 10);
                frames(1);
            }
            if (pane[0] == null) {
                throw new IllegalStateException("no dialog for " + name);
            }
            shoot(name);
            FxThread.run(() -> ((Button) pane[0].lookup(".button")).fire(), 10);
            frames(10);
        }

        private static DialogPane dialog() {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane p) {
                    return p;
                }
            }
            return null;
        }

        /** Waits until JavaFX has run {@code count} more pulses (driven by the pulses, not by a clock). */
        private void frames(int count) throws Exception {
            CountDownLatch latch = new CountDownLatch(count);
            Runnable listener = () -> {
                latch.countDown();
                Platform.requestNextPulse();
            };
            FxThread.run(() -> {
                scene.addPostLayoutPulseListener(listener);
                Platform.requestNextPulse();
            }, 10);
            boolean rendered = latch.await(60, TimeUnit.SECONDS);
            FxThread.run(() -> scene.removePostLayoutPulseListener(listener), 10);
            if (!rendered) {
                throw new IllegalStateException("JavaFX stopped rendering");
            }
        }

        private void shoot(String name) throws Exception {
            frames(45);
            Path file = out.resolve((locale == Locale.ENGLISH ? "en-" : "") + name + (textSize == 100 ? "" : "-" + textSize)
                    + ".png");
            Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("import failed for " + file);
            }
            System.out.println("wrote " + file);
        }
    }
}
