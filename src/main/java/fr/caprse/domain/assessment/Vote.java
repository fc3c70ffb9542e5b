package fr.caprse.domain.assessment;

import java.util.Objects;

/** A participant's vote on a maturity question in a workshop. */
public record Vote(String questionId, String participantId, int value) {
    public Vote {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(participantId, "participantId");
    }
}
