package fr.caprse.domain.assessment;

import java.time.LocalDate;
import java.util.Objects;

/** An action of the plan, usually created from a recommendation ({@code questionId} may be null). */
public record Action(String questionId, String title, String owner, LocalDate due, ActionStatus status) {
    public Action {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an action needs a title");
        }
        status = Objects.requireNonNullElse(status, ActionStatus.TODO);
    }
}
