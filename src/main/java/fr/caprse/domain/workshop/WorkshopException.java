package fr.caprse.domain.workshop;

import java.util.List;
import java.util.Objects;

/**
 * A workshop change that cannot be made: what is wrong, in words ({@link #getMessage()}), and as a kind
 * with its arguments so that the app can say it in the user's language.
 */
public final class WorkshopException extends RuntimeException {

    /** What went wrong; the arguments each kind carries are listed with it. */
    public enum Kind {
        /** (none) */
        NAME_MISSING,
        /** name */
        DUPLICATE_NAME,
        /** participant id */
        UNKNOWN_PARTICIPANT,
        /** question id */
        NOT_A_VOTING_QUESTION,
        /** participant name, question id */
        PARTICIPANT_ABSENT,
        /** participant name, question id */
        PARTICIPANT_REMOVED,
        /** level, question id, highest level */
        LEVEL_OUT_OF_SCALE,
        /** file, questionnaire of the file, questionnaire of the workshop */
        OTHER_QUESTIONNAIRE,
        /** file, organisation of the file, organisation of the workshop */
        OTHER_ORGANISATION,
        /** file */
        NO_VOTES_IN_FILE
    }

    private final Kind kind;
    private final List<String> arguments;

    public WorkshopException(Kind kind, String message, String... arguments) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.arguments = List.of(arguments);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> arguments() {
        return arguments;
    }
}
