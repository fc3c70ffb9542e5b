package fr.caprse.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.platform.AppDirs;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The way in from the real app: an open assessment's Workshop button opens the workshop window on it. */
@ExtendWith(ApplicationExtension.class)
class WorkshopFromTheAppTest {

    private CapRseApp app;
    private long assessmentId;

    @Start
    void start(Stage stage) throws Exception {
        Locale.setDefault(Locale.FRANCE);
        Path data = Files.createTempDirectory("cap-rse-workshop-app");
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        try (Database database = Database.open(data)) {
            long organisationId = database.organisations().create(
                    new Organisation("Coopérative des Monts", null, null, null, 14, "scop", null, true)).id();
            assessmentId = database.assessments().create(organisationId, "2026", questionnaire,
                    BuiltInQuestionnaires.content("rse-express")).id();
            WorkshopService service = new WorkshopService(database, Clock.systemUTC());
            Workshop workshop = service.addParticipant(assessmentId, service.open(assessmentId, questionnaire),
                    "Anne", null, "management");
            service.addParticipant(assessmentId, workshop, "Bruno", null, "employees");
        }
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, data.toString());
        app = new CapRseApp();
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getModality()
                != javafx.stage.Modality.NONE).forEach(w -> ((Stage) w).close()));
        robot.interact(app::stop);
    }

    @Test
    void theWorkshopButtonOpensTheProjectorOnTheAssessment(FxRobot robot) {
        robot.clickOn("#open-" + assessmentId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-workshop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workshop-position").queryAs(Label.class).getText()).isEqualTo("Question 1 sur 21");
        assertThat(robot.lookup("#workshop-row-p2").queryAs(Label.class).getText()).isEqualTo("Participant 2 · Salariés");
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workshop-vote-p1-3").queryAs(Label.class).getText()).isEqualTo("●");
    }
}
