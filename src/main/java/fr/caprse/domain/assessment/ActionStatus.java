package fr.caprse.domain.assessment;

import java.util.Locale;
import java.util.Optional;

/** Where an action of the plan stands. */
public enum ActionStatus {
    TODO, DOING, DONE, DROPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionStatus> fromCode(String code) {
        for (ActionStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
