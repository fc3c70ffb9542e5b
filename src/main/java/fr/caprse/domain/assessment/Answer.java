package fr.caprse.domain.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to one question: a value, or "not applicable" ({@code na}), or neither (a comment or
 * evidence alone, which does not count as answered). {@code author} and {@code answeredAt} say who
 * gave it and when (may be null); {@code flagged} marks it for review.
 */
public record Answer(String questionId, AnswerValue value, boolean na, String comment, String evidence,
                     String author, Instant answeredAt, boolean flagged) {

    public Answer {
        Objects.requireNonNull(questionId, "questionId");
        if (na && value != null) {
            throw new IllegalArgumentException("question " + questionId + ": an answer is a value or N/A, not both");
        }
        comment = emptyToNull(comment);
        evidence = emptyToNull(evidence);
    }

    public static Answer of(String questionId, AnswerValue value) {
        return new Answer(questionId, value, false, null, null, null, null, false);
    }

    public static Answer notApplicable(String questionId) {
        return new Answer(questionId, null, true, null, null, null, null, false);
    }

    /** Answered: a value or N/A. A comment alone is not an answer. */
    public boolean isAnswered() {
        return value != null || na;
    }

    public Answer withValue(AnswerValue newValue) {
        return new Answer(questionId, newValue, false, comment, evidence, author, answeredAt, flagged);
    }

    public Answer withNa(boolean notApplicable) {
        return new Answer(questionId, notApplicable ? null : value, notApplicable, comment, evidence, author, answeredAt, flagged);
    }

    public Answer withComment(String newComment) {
        return new Answer(questionId, value, na, newComment, evidence, author, answeredAt, flagged);
    }

    public Answer withEvidence(String newEvidence) {
        return new Answer(questionId, value, na, comment, newEvidence, author, answeredAt, flagged);
    }

    public Answer withFlagged(boolean newFlagged) {
        return new Answer(questionId, value, na, comment, evidence, author, answeredAt, newFlagged);
    }

    public Answer stamped(String newAuthor, Instant when) {
        return new Answer(questionId, value, na, comment, evidence, newAuthor, when, flagged);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
