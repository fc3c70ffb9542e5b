package fr.caprse.application;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.Objects;

/**
 * A questionnaire with the exact bytes of the file it was read from (kept with every assessment
 * answered on it) and where it was found. The one result of {@link QuestionnaireSource}.
 */
public record SourcedQuestionnaire(Questionnaire questionnaire, byte[] content, Origin origin) {

    /** Where a questionnaire was found, in the order {@link QuestionnaireSource} looks. */
    public enum Origin {
        /** The file named for this operation ({@code --questionnaire FILE}). */
        GIVEN,
        /** A file the user opened earlier in this session. */
        OPEN,
        /** Shipped inside the application. */
        BUILT_IN,
        /** Kept in the database with the assessments answered on it. */
        KEPT
    }

    public SourcedQuestionnaire {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(origin, "origin");
        content = content.clone();
    }

    /** A copy of the file's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public String id() {
        return questionnaire.id();
    }

    public String version() {
        return questionnaire.version();
    }

    /** The SHA-256 of the file's bytes, lower-case hex. */
    public String hash() {
        return questionnaire.contentHash();
    }

    SourcedQuestionnaire as(Origin other) {
        return other == origin ? this : new SourcedQuestionnaire(questionnaire, content, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcedQuestionnaire that && hash().equals(that.hash()) && origin == that.origin;
    }

    @Override
    public int hashCode() {
        return hash().hashCode();
    }

    @Override
    public String toString() {
        return "SourcedQuestionnaire[" + id() + " " + version() + ", " + origin + ", " + hash() + "]";
    }
}
