package fr.caprse.storage;

import fr.caprse.domain.assessment.Action;
import java.util.Objects;

/** An action of an assessment's plan, with the id to change or delete it by. */
public record StoredAction(long id, long assessmentId, Action action) {
    public StoredAction {
        Objects.requireNonNull(action, "action");
    }
}
