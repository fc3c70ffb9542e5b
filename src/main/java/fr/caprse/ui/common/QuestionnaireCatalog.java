package fr.caprse.ui.common;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.util.List;

/** The questionnaires a user can start an assessment with: the built-in ones and files they open. */
public interface QuestionnaireCatalog {

    /** A loaded questionnaire with the exact bytes of its file (kept with each assessment). */
    record Entry(Questionnaire questionnaire, byte[] content) {
    }

    List<Entry> builtIns();

    /**
     * Loads a questionnaire file of the user's. Throws {@link IllegalArgumentException} whose message
     * lists the problems ({@code FILE:LINE:COLUMN: message}, one a line) when the file is not valid.
     */
    Entry open(Path file);
}
