package fr.caprse.domain.assessment;

import java.util.Objects;

/** A participant marked absent for one question of a workshop: they cannot vote on it. */
public record Absence(String questionId, String participantId) {
    public Absence {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(participantId, "participantId");
    }
}
