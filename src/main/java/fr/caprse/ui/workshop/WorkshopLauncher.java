package fr.caprse.ui.workshop;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.ui.assessment.AssessmentSession;
import fr.caprse.ui.common.AppServices;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** The way into a workshop from an open assessment: one button that opens the workshop window. */
public final class WorkshopLauncher {

    private WorkshopLauncher() {
    }

    /**
     * The "Workshop" button of an assessment's navigation, or empty when the store keeps no workshops.
     * {@code onClosed} runs after the workshop window closes (the consensus changed the answers).
     */
    public static Optional<Node> button(AppServices services, AssessmentSession session, Runnable onClosed) {
        Optional<WorkshopService> workshops = services.workspace().workshops();
        if (workshops.isEmpty()) {
            return Optional.empty();
        }
        WorkshopService service = workshops.get();
        Button button = new Button(services.texts().get("nav.workshop"));
        button.setId("nav-workshop");
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-item");
        long assessmentId = session.entry().id();
        // read after the answers and votes already queued for this assessment
        button.setOnAction(e -> BackgroundTask.of(p -> service.open(assessmentId, session.questionnaire()))
                .inOrderOf(BackgroundTask.assessment(assessmentId))
                .onSuccess((Workshop workshop) -> WorkshopWindow.open(button.getScene().getWindow(), service, assessmentId,
                        workshop, session.organisation(), session.walkthrough().answers(), services.tasks(),
                        services.dialogs(), services::texts, onClosed))
                .onFailure(failure -> services.dialogs().showError(services.texts().get("error.open.title"),
                        services.texts().get("error.open.message",
                                fr.caprse.ui.common.Errors.message(failure, services.texts()))))
                .executeWith(services.tasks()));
        return Optional.of(button);
    }
}
