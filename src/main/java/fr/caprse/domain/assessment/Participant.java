package fr.caprse.domain.assessment;

import java.util.Objects;

/** A workshop participant. */
public record Participant(String id, String name, String role) {
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
