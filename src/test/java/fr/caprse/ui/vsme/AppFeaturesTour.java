package fr.caprse.ui.vsme;

import atlantafx.base.theme.PrimerLight;
import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.i18n.I18n;
import fr.caprse.json.AssessmentJson;
import fr.caprse.storage.Database;
import fr.caprse.ui.MainWindow;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.DialogService;
import fr.caprse.ui.common.FxDialogService;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.ui.common.Theme;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Takes the screenshots of the new-period notice, the legal baseline and the official VSME template
 * (docs/screenshots): the main window on a real display (Xvfb) with a SCOP assessed on rse-rso 1.0.0 and a
 * bakery's vsme-basic assessment; the real dialogs are shown, only the file choosers are answered by the tour.
 * Not a test; run it by hand:
 * <pre>
 *   Xvfb :56 -screen 0 1366x768x24 &amp;
 *   ./mvnw -q -DskipTests package test-compile
 *   DISPLAY=:56 java -cp target/test-classes:target/cap-rse.jar fr.caprse.ui.vsme.AppFeaturesTour docs/screenshots [fr|en] [100|200]
 * </pre>
 * Writes {@code [en-]name[-200].png}: new-period, legal-baseline, legal-baseline-results, vsme-menu,
 * vsme-exporting, vsme-exported, vsme-imported, vsme-refused, vsme-into.
 */
public final class AppFeaturesTour {

    private static Path out;
    private static Locale locale;
    private static int textSize;
    private static Path work;
    private static long rso;
    private static long vsme;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        textSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Files.createDirectories(out);
        work = Files.createTempDirectory("cap-rse-features-tour");
        try (Database database = Database.open(work.resolve("data"))) {
            byte[] json = Files.readAllBytes(Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json"));
            Assessment sample = AssessmentJson.read(json, "sample", BuiltInQuestionnaires::find);
            long organisation = database.organisations().create(sample.organisation()).id();
            rso = database.assessments().insert(organisation, sample,
                    BuiltInQuestionnaires.content("rse-rso", sample.questionnaireVersion())).id();
            Assessment bakery = VsmeTestFiles.assessment();
            long fours = database.organisations().create(bakery.organisation()).id();
            vsme = database.assessments().insert(fours, bakery, BuiltInQuestionnaires.content("vsme-basic")).id();
        }
        Locale.setDefault(locale);
        Application.launch(Tour.class, args);
    }

    /** The application the tour drives (the launcher refuses a main class that extends Application). */
    public static final class Tour extends Application {

    private Stage stage;
    private Scene scene;
    private volatile Path fileToOpen;
    private volatile Path fileToSave;

    @Override
    public void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Database database = Database.open(work.resolve("data"));
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
        SimpleObjectProperty<I18n> i18n = new SimpleObjectProperty<>(I18n.display(locale));
        FxDialogService real = new FxDialogService(() -> stage, i18n::get);
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                real.showError(title, message);
            }

            @Override
            public void showInfo(String title, String message) {
                real.showInfo(title, message);
            }

            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                return real.confirm(title, message, confirmLabel);
            }

            @Override
            public Optional<String> askText(String title, String message, String initial) {
                return real.askText(title, message, initial);
            }

            @Override
            public void notify(String message) {
                real.notify(message);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
                return Optional.ofNullable(fileToOpen);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
                return Optional.ofNullable(fileToSave);
            }
        };
        AppServices services = new AppServices(workspace, new ThreadTaskExecutor(2, Platform::runLater), dialogs,
                Clock.systemDefaultZone(), i18n, questionnaires);
        MainWindow window = new MainWindow(services, new AssessmentFiles(database, workspace, questionnaires),
                new RecentFiles(work.resolve("recent.txt")));
        scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().addAll(Theme.paletteStylesheet(), MainWindow.class.getResource("app.css").toExternalForm());
        primary.setScene(scene);
        primary.setX(0);
        primary.setY(0);
        primary.show();
        Thread driver = new Thread(this::tour, "features-tour");
        driver.setDaemon(true);
        driver.start();
    }

    private void tour() {
        try {
            until(() -> scene.lookup("#more-" + rso) != null);
            fx(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<Integer> size = (ComboBox<Integer>) find("#text-size");
                size.setValue(textSize);
            });
            frames(20);
            // a new period from the 1.0.0 assessment: it moves to 1.1.0 and says what is new
            later(() -> item("#more-" + rso, "duplicate-" + rso).fire());
            until(() -> dialog() != null);
            later(() -> ((ButtonBase) dialog().lookupButton(ButtonType.OK)).fire());
            until(() -> dialog() != null);
            shoot("new-period");
            later(() -> ((ButtonBase) dialog().lookupButton(ButtonType.OK)).fire());
            until(() -> dialog() == null && scene.lookup("#question-text") != null);
            fx(() -> ((TitledPane) find("#legal-baseline")).setExpanded(true));
            shoot("legal-baseline");
            navigate("#nav-results");
            until(() -> scene.lookup("#legal-results") != null);
            fx(() -> {
                ((TitledPane) find("#legal-results-list")).setExpanded(true);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                Node section = find("#legal-results");
                ScrollPane scroll = scrollOf(section);
                double top = section.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(Math.min(1, Math.max(0, (top - 40) / range)));
            });
            shoot("legal-baseline-results");
            navigate("#nav-home");
            // the official VSME template: offered in the menu of the vsme-basic assessment
            until(() -> scene.lookup("#more-" + vsme) != null);
            fx(() -> ((MenuButton) find("#more-" + vsme)).show());
            shoot("vsme-menu");
            fx(() -> ((MenuButton) find("#more-" + vsme)).hide());
            fileToSave = work.resolve("Les-Fours-de-la-Drôme-2025-modele-VSME.xlsx");
            later(() -> item("#more-" + vsme, "vsme-export-" + vsme).fire());
            frames(20);
            shoot("vsme-exporting");
            until(() -> dialog() != null);
            shoot("vsme-exported");
            later(() -> ((ButtonBase) dialog().lookupButton(ButtonType.OK)).fire());
            until(() -> dialog() == null);
            fileToOpen = fileToSave;
            later(() -> ((ButtonBase) find("#home-import-vsme")).fire());
            until(() -> dialog() != null);
            shoot("vsme-imported");
            later(() -> ((ButtonBase) dialog().lookupButton(ButtonType.OK)).fire());
            until(() -> dialog() == null && scene.lookup("#question-text") != null);
            navigate("#nav-home");
            until(() -> scene.lookup("#home-import-vsme") != null);
            fileToOpen = VsmeTestFiles.budget(work);
            later(() -> ((ButtonBase) find("#home-import-vsme")).fire());
            until(() -> dialog() != null);
            shoot("vsme-refused");
            later(() -> ((ButtonBase) dialog().lookupButton(ButtonType.OK)).fire());
            until(() -> dialog() == null);
            // the filled template read into the bakery's assessment: what will change, asked first
            fileToOpen = fileToSave;
            later(() -> item("#more-" + vsme, "vsme-into-" + vsme).fire());
            until(() -> dialog() != null);
            shoot("vsme-into");
            later(() -> dialog().getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                    .map(b -> (ButtonBase) dialog().lookupButton(b)).ifPresent(ButtonBase::fire));
            until(() -> dialog() == null);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new IllegalStateException("no scroll pane around " + node);
    }

    /** The dialog shown over the window, or null. */
    private static DialogPane dialog() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    private MenuItem item(String menu, String id) {
        return ((MenuButton) find(menu)).getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + id + " in " + menu));
    }

    private Node find(String id) {
        Node node = scene.lookup(id);
        if (node == null) {
            throw new IllegalStateException("no " + id + " on screen");
        }
        return node;
    }

    /** An item of the side list, opened as a drawer first at large text. */
    private void navigate(String id) throws Exception {
        boolean[] shown = new boolean[1];
        fx(() -> shown[0] = scene.lookup(id) != null);
        if (!shown[0]) {
            fire("#nav-drawer");
            frames(20);
        }
        fire(id);
    }

    private void fire(String id) throws Exception {
        fx(() -> ((ButtonBase) find(id)).fire());
        frames(12);
    }

    /** Runs on the FX thread without waiting: for actions that open a modal dialog and wait in it. */
    private static void later(Runnable action) {
        Platform.runLater(action);
    }

    private static void fx(Runnable action) throws Exception {
        fr.caprse.ui.FxThread.run(action, 20);
    }

    /** Waits for {@code count} JavaFX pulses (layout, then paint), not for a clock. */
    private void frames(int count) throws Exception {
        CountDownLatch latch = new CountDownLatch(count);
        Runnable listener = () -> {
            latch.countDown();
            Platform.requestNextPulse();
        };
        fx(() -> {
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        boolean rendered = latch.await(60, TimeUnit.SECONDS);
        fx(() -> scene.removePostLayoutPulseListener(listener));
        if (!rendered) {
            throw new IllegalStateException("JavaFX stopped rendering");
        }
    }

    /** Waits, pulse after pulse, until {@code condition} holds on the FX thread (work done in the background). */
    private void until(BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 6000; i++) {
            boolean[] holds = new boolean[1];
            fx(() -> holds[0] = condition.getAsBoolean());
            if (holds[0]) {
                frames(10);
                return;
            }
            frames(1);
        }
        throw new IllegalStateException("the screen never got there");
    }

    private void shoot(String name) throws Exception {
        frames(45);
        Path file = out.resolve((locale == Locale.ENGLISH ? "en-" : "") + name + (textSize == 100 ? "" : "-" + textSize) + ".png");
        Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("wrote " + file);
    }
}
}
