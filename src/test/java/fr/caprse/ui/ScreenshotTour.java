package fr.caprse.ui;

import fr.caprse.app.CapRseApp;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.json.AssessmentJson;
import fr.caprse.platform.AppDirs;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Takes the screenshots of docs/screenshots: starts the real app on a real display (Xvfb), with the
 * sample assessment of a 12-person SCOP and a lower one for the year before, walks through each screen
 * and shoots the X screen with ImageMagick's {@code import}, waiting on JavaFX pulses rather than a clock. Not a
 * test; run it by hand:
 * <pre>
 *   Xvfb :55 -screen 0 1366x768x24 &amp;
 *   ./mvnw -q -DskipTests package test-compile
 *   DISPLAY=:55 java -cp target/test-classes:target/cap-rse.jar fr.caprse.ui.ScreenshotTour docs/screenshots [fr|en] [100|200]
 * </pre>
 * At 150 or 200 % text the tour shoots the walk-through, the side list opened as a drawer, the results (their
 * top, then scrolled to the themes' bars) and the action plan, as {@code [en-]NN-name-150.png} or {@code -200.png}.
 *
 * <p>The screen after a crash ({@code after-kill.png}): the app types a comment on a question of the
 * environment theme, one key at a time, and prints {@code typed} once the header reads saved; it is
 * killed (SIGKILL) right then, started again on the same data folder, and the assessment opened:
 * <pre>
 *   D=$(mktemp -d)
 *   DISPLAY=:55 java -cp target/test-classes:target/cap-rse.jar fr.caprse.ui.ScreenshotTour docs/screenshots fr kill-type $D &amp;
 *   # when it prints "typed": kill -9 that java process, then
 *   DISPLAY=:55 java -cp target/test-classes:target/cap-rse.jar fr.caprse.ui.ScreenshotTour docs/screenshots fr kill-show $D
 * </pre>
 */
public final class ScreenshotTour {

    private static Path out;
    private static Locale locale;
    private static int textSize = 100;
    /** {@code kill-type} or {@code kill-show} for the screen after a crash, else empty. */
    private static String killStep = "";
    /** The comment typed before the crash. */
    static final String TYPED = "Bilan carbone commandé au cabinet Ecoact, devis signé le 3 mars";
    private static volatile javafx.scene.Scene scene;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        killStep = args.length > 3 && args[2].startsWith("kill-") ? args[2] : "";
        textSize = args.length > 2 && killStep.isEmpty() ? Integer.parseInt(args[2]) : 100;
        Files.createDirectories(out);
        Path data = killStep.isEmpty() ? Files.createTempDirectory("cap-rse-tour") : Path.of(args[3]);
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, data.toString());
        if (!killStep.equals("kill-show")) {
            seed(data);
        }
        Locale.setDefault(locale);
        Application.launch(Tour.class, args);
    }

    /** The sample SCOP for 2026, and the same organisation a year earlier with one level less everywhere. */
    private static void seed(Path data) throws Exception {
        byte[] json = Files.readAllBytes(Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json"));
        Assessment current = AssessmentJson.read(json, "sample", BuiltInQuestionnaires::find);
        Map<String, Answer> earlier = new LinkedHashMap<>();
        for (Answer answer : current.answers().values()) {
            Answer copy = answer.value() instanceof AnswerValue.LevelValue level && level.level() > 0
                    ? answer.withValue(new AnswerValue.LevelValue(level.level() - 1)) : answer;
            earlier.put(copy.questionId(), copy);
        }
        Assessment previous = new Assessment(current.questionnaireId(), current.questionnaireVersion(),
                current.organisation(), "2025", Instant.parse("2025-10-01T09:00:00Z"), Instant.parse("2025-11-20T17:00:00Z"),
                earlier, null, null, null);
        byte[] file = BuiltInQuestionnaires.content("rse-rso", current.questionnaireVersion());
        try (Database database = Database.open(data)) {
            long organisation = database.organisations().create(current.organisation()).id();
            database.assessments().insert(organisation, previous, file);
            database.assessments().insert(organisation, current, file);
        }
    }

    /** The application the tour drives (the launcher refuses a main class that extends Application). */
    public static final class Tour extends Application {

    private Stage stage;

    @Override
    public void start(Stage primary) {
        stage = primary;
        new CapRseApp().start(primary);
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(1366);
        primary.setHeight(768);
        scene = primary.getScene();
        Thread driver = new Thread(this::tour, "screenshot-tour");
        driver.setDaemon(true);
        driver.start();
    }

    private void tour() {
        try {
            until("#open-2");
            if (killStep.equals("kill-type")) {
                typeBeforeKill();
                return;
            }
            if (killStep.equals("kill-show")) {
                fire("#open-2");
                until("#answer-comment");
                // down to the comment: the text typed before the crash is there
                fx(() -> ((javafx.scene.control.ScrollPane) find("#question-scroll")).setVvalue(1));
                shoot("after-kill");
                return;
            }
            if (textSize != 100) {
                largeTextTour();
                return;
            }
            shoot("01-home");
            fire("#home-new");
            frames(50);
            fx(() -> {
                ((TextField) find("#profile-name")).setText("Boulangerie du Marché");
                ((TextField) find("#profile-sector")).setText("C10.71");
                ((TextField) find("#profile-employees")).setText("8");
                @SuppressWarnings("unchecked")
                ComboBox<String> form = (ComboBox<String>) find("#profile-legal-form");
                form.setValue("company");
                ((TextField) find("#profile-territory")).setText("Drôme");
            });
            frames(31);
            shoot("02-new-assessment");
            fire("#new-cancel");
            frames(50);
            fire("#open-2");
            until("#question-text");
            fire("#answer-level-3");
            frames(37);
            shoot("03-walkthrough");
            fire("#nav-theme-env");
            frames(31);
            for (int i = 0; i < 4; i++) {
                fire("#next");
                frames(18);
            }
            shoot("04-walkthrough-figures");
            fire("#nav-review");
            frames(50);
            shoot("05-review");
            fire("#nav-results");
            until("#overall-score");
            shoot("06-results");
            scrollTo("#bars");
            shoot("06-results-bars");
            fire("#explain-env");
            frames(50);
            fx(() -> {
                Node explanation = find("#explanation");
                javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) stage.getScene().lookup(".results")
                        .getParent().getParent().getParent();
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                scroll.setVvalue(Math.min(1, (explanation.getBoundsInParent().getMinY() - 250) / (contentHeight - viewport)));
            });
            frames(31);
            shoot("07-results-explanation");
            fire("#add-action-env-ghg-plan");
            fire("#add-action-gov-strategy");
            fire("#nav-actions");
            frames(50);
            shoot("08-action-plan");
            fire("#nav-profile");
            frames(37);
            fx(() -> ((TextField) find("#profile-employees")).setText("douze"));
            frames(25);
            shoot("09-profile-validation");
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /**
     * Goes to the third question of the environment theme and types a comment there one key at a time,
     * as a person does, then prints {@code typed} when the header reads saved and waits to be killed.
     */
    private void typeBeforeKill() throws Exception {
        fire("#open-2");
        until("#question-text");
        fire("#nav-theme-env");
        fire("#next");
        fire("#next");
        fx(() -> {
            javafx.scene.control.TextArea comment = (javafx.scene.control.TextArea) find("#answer-comment");
            comment.clear();
            comment.requestFocus();
        });
        for (char c : TYPED.toCharArray()) {
            fx(() -> ((javafx.scene.control.TextArea) find("#answer-comment")).appendText(String.valueOf(c)));
            frames(3);
        }
        for (int i = 0; i < 600; i++) {
            boolean[] saved = new boolean[1];
            fx(() -> saved[0] = ((javafx.scene.control.Label) find("#save-state")).getText().startsWith("✔"));
            if (saved[0]) {
                fx(() -> ((javafx.scene.control.ScrollPane) find("#question-scroll")).setVvalue(1));
                shoot("before-kill");
                System.out.println("typed");
                System.out.flush();
                // waits here to be killed, as a crash would
                new CountDownLatch(1).await();
            }
            frames(2);
        }
        throw new IllegalStateException("the comment never read saved");
    }

    /** The walk-through, the side list as a drawer, the results and the action plan at a large text size. */
    private void largeTextTour() throws Exception {
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> size = (ComboBox<Integer>) find("#text-size");
            size.setValue(textSize);
        });
        frames(20);
        fire("#open-2");
        until("#question-text");
        fire("#answer-level-3");
        frames(37);
        shoot("03-walkthrough");
        fire("#nav-drawer");
        frames(30);
        shoot("03-walkthrough-drawer");
        fire("#nav-results");
        until("#overall-score");
        shoot("06-results");
        scrollTo("#bars");
        shoot("06-results-bars");
        fire("#explain-gov");
        frames(30);
        fx(() -> {
            Node explanation = find("#explanation");
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) stage.getScene().lookup(".results")
                    .getParent().getParent().getParent();
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = explanation.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(Math.min(1, Math.max(0, (y - 150) / (contentHeight - viewport))));
        });
        frames(31);
        shoot("07-results-explanation");
        fire("#add-action-env-ghg-plan");
        fire("#add-action-gov-strategy");
        fire("#nav-drawer");
        frames(20);
        fire("#nav-actions");
        frames(50);
        shoot("08-action-plan");
    }

    /** Scrolls the results page so that {@code id} shows near the top. */
    private void scrollTo(String id) throws Exception {
        fx(() -> {
            Node node = find(id);
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) stage.getScene().lookup(".results")
                    .getParent().getParent().getParent();
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / (contentHeight - viewport))));
        });
        frames(31);
    }

    private Node find(String id) {
        Node node = stage.getScene().lookup(id);
        if (node == null) {
            throw new IllegalStateException("no " + id + " on screen");
        }
        return node;
    }

    private void fire(String id) throws Exception {
        fx(() -> ((ButtonBase) find(id)).fire());
        frames(12);
    }

    }

    private static void fx(Runnable action) throws Exception {
        fr.caprse.ui.FxThread.run(action, 10);
    }

    /**
     * Waits until JavaFX has run {@code count} more pulses (layout, then paint): at most 60 a second,
     * so 30 pulses let the X server show the frame. Driven by the pulses themselves, not by a clock.
     */
    private static void frames(int count) throws Exception {
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

    /** Waits, pulse after pulse, until {@code id} is on screen (after work done in the background). */
    private static void until(String id) throws Exception {
        for (int i = 0; i < 1800; i++) {
            boolean[] present = new boolean[1];
            fx(() -> present[0] = scene.lookup(id) != null);
            if (present[0]) {
                frames(10);
                return;
            }
            frames(1);
        }
        throw new IllegalStateException(id + " never showed");
    }

    private static void shoot(String name) throws Exception {
        frames(45);
        Path file = out.resolve((locale == Locale.ENGLISH ? "en-" : "") + name + (textSize == 100 ? "" : "-" + textSize) + ".png");
        Process process = new ProcessBuilder("import", "-window", "root", file.toString())
                .inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("wrote " + file);
    }
}
