package fr.caprse.ui.workshop;

import fr.caprse.ui.common.RecordingDialogs;
import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.application.task.CurrentThreadTaskExecutor;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the workshop screenshots of docs/screenshots (projector board dark and light, the per-group
 * radar): a workshop of six participants of a cooperative on rse-express, votes typed through the same
 * view model as the keys, each page snapshotted at 1366×768. Not a test; run it by hand on a display
 * (Xvfb):
 * <pre>
 *   ./mvnw -q -DskipTests package test-compile
 *   xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/cap-rse.jar \
 *       fr.caprse.ui.workshop.WorkshopScreenshots docs/screenshots
 * </pre>
 */
public final class WorkshopScreenshots {

    private static Path out;

    private WorkshopScreenshots() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Locale.setDefault(Locale.FRANCE);
        Application.launch(Shots.class, args);
    }

    /** The application that takes the shots (the launcher refuses a main class that extends Application). */
    public static final class Shots extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("cap-rse-workshop-shots");
        Database database = Database.open(data);
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        Organisation cooperative = new Organisation("Coopérative des Monts", null, "C10", null, 14, "scop", "Ariège", true);
        long organisationId = database.organisations().create(cooperative).id();
        long assessmentId = database.assessments().create(organisationId, "2026", questionnaire,
                BuiltInQuestionnaires.content("rse-express")).id();
        WorkshopService service = new WorkshopService(database, Clock.systemUTC());
        Workshop workshop = service.open(assessmentId, questionnaire);
        String[][] people = {{"Anne", "gérante", "management"}, {"Bernard", "co-gérant", "management"},
            {"Chloé", "atelier", "employees"}, {"David", "expédition", "employees"}, {"Emma", "déléguée du personnel", "staff-representatives"},
            {"Farid", "CSE", "staff-representatives"}};
        for (String[] person : people) {
            workshop = service.addParticipant(assessmentId, workshop, person[0], person[1], person[2]);
        }
        I18n french = new I18n(Locale.FRENCH);
        WorkshopViewModel model = new WorkshopViewModel(service, assessmentId, workshop, cooperative, Map.of(),
                new CurrentThreadTaskExecutor(), new RecordingDialogs(), () -> french, "consultante");
        int[][] votes = {{3, 3, 2, 3, 2, 3}, {4, 3, 1, 1, 2, 1}, {2, 3, 2, 2, 3, 2}, {1, 1, 0, 1, 1, 1}, {2, 2, 1, 2, 0, 1},
            {3, 2, 2, 1, 2, 2}, {3, 3, 1, 2, 1, 2}, {2, 2, 2, 1, 1, 1}, {3, 2, 1, 1, 1, 2}, {2, 1, 1, 2, 1, 1},
            {1, 1, 2, 1, 0, 1}, {3, 2, 2, 2, 1, 2}, {2, 2, 1, 1, 2, 2}};
        for (int q = 0; q < votes.length && q < model.questions().size(); q++) {
            for (int level : votes[q]) {
                model.typeLevel(level);
            }
            if (q != 1) {
                model.resolve();
            }
            model.nextQuestion();
        }
        WorkshopWindow window = new WorkshopWindow(stage, model, () -> french, new RecordingDialogs());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        model.goTo("xgov-objectives");
        List<Runnable> steps = List.of(
                () -> shoot(stage, "workshop-projector-dark.png"),
                () -> model.darkProperty().set(false),
                () -> shoot(stage, "workshop-projector-light.png"),
                () -> model.pageProperty().set(WorkshopViewModel.Page.RESULTS),
                () -> shoot(stage, "workshop-group-radar.png"),
                () -> {
                    database.close();
                    Platform.exit();
                });
        run(steps, 0);
        window.stage().toFront();
    }
    }

    /** Runs each step on a later pulse, so that the page is laid out and drawn before it is shot. */
    private static void run(List<Runnable> steps, int index) {
        if (index >= steps.size()) {
            return;
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            steps.get(index).run();
            run(steps, index + 1);
        }));
    }

    private static void shoot(Stage stage, String name) {
        WritableImage image = stage.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            ImageIO.write(buffered, "png", out.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
