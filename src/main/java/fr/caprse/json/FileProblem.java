package fr.caprse.json;

import java.util.Objects;

/**
 * One problem found in an assessment file. {@code line} and {@code column} are 1-based, 0 when unknown;
 * {@code questionId} is the question concerned, or null. Printed as
 * {@code FILE:LINE:COLUMN: question ID: message}.
 */
public record FileProblem(String file, int line, int column, String questionId, String message) {

    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (questionId != null) {
            text.append("question ").append(questionId).append(": ");
        }
        return text.append(message).toString();
    }
}
