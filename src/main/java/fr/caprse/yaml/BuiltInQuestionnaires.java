package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaires that ship inside the application (the {@code questionnaires/} folder of the
 * project, packed into the jar). They are read once, on first use, from any thread. A built-in file that
 * is missing is simply not listed; one that does not validate is left out and its problems are kept in
 * {@link #problems()} (a test makes sure there are none).
 */
public final class BuiltInQuestionnaires {

    /** The resource folder of the built-in files. */
    static final String FOLDER = "/questionnaires/";
    /** The built-in files, in the order they are listed. */
    static final List<String> FILES = List.of("rse-rso.yaml", "rse-express.yaml", "vsme-basic.yaml");

    private BuiltInQuestionnaires() {
    }

    /** Loaded on first use; the JVM initialises the holder once, whatever the number of threads. */
    private static final class Holder {
        static final QuestionnaireCatalogue CATALOGUE =
                QuestionnaireCatalogue.fromResources(BuiltInQuestionnaires.class, FOLDER, FILES);
    }

    /** Every valid built-in questionnaire, in a fixed order. */
    public static List<Questionnaire> all() {
        return Holder.CATALOGUE.all();
    }

    /** The built-in questionnaire with this id (the {@code id} inside the file). */
    public static Optional<Questionnaire> byId(String id) {
        return Holder.CATALOGUE.byId(id);
    }

    /** The exact bytes of a built-in questionnaire's file (a copy). */
    public static byte[] content(String id) {
        return Holder.CATALOGUE.content(id);
    }

    /** The problems of built-in files that did not load (empty in a correct build). */
    public static List<Problem> problems() {
        return Holder.CATALOGUE.problems();
    }
}
