package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaires that ship inside the application (the {@code questionnaires/} folder of the
 * project, packed into the jar): the current version of each, offered for new assessments, and the
 * earlier versions kept in {@code questionnaires/archive/<id>-<version>.yaml}, byte for byte as they
 * shipped, so that an assessment answered on one of them (a {@code .rse.json} file, an import) still
 * reads and scores exactly as it did. Each file is read once, when it is first asked for (scoring an
 * assessment reads the one version it was answered on), from any thread. A built-in file that is missing
 * is simply not listed; one that does not validate is left out and its problems are kept in
 * {@link #problems()} (a test makes sure there are none).
 */
public final class BuiltInQuestionnaires {

    /** The resource folder of the built-in files. */
    static final String FOLDER = "/questionnaires/";
    /** The built-in files, in the order they are listed. */
    static final List<String> FILES = List.of("rse-rso.yaml", "rse-express.yaml", "vsme-basic.yaml");
    /**
     * The earlier versions, never edited once shipped (a test checks their SHA-256). When a built-in file
     * moves to a new version, copy the shipped one here as {@code archive/<id>-<old version>.yaml} and list it.
     */
    static final List<String> ARCHIVED = List.of("archive/rse-rso-1.0.0.yaml", "archive/rse-express-1.0.0.yaml",
            "archive/vsme-basic-1.0.0.yaml");

    private BuiltInQuestionnaires() {
    }

    /** Loaded on first use; the JVM initialises the holder once, whatever the number of threads. */
    private static final class Holder {
        static final QuestionnaireCatalogue CATALOGUE =
                QuestionnaireCatalogue.fromResources(BuiltInQuestionnaires.class, FOLDER, FILES, ARCHIVED);
    }

    /** Every valid built-in questionnaire, in a fixed order. */
    public static List<Questionnaire> all() {
        return Holder.CATALOGUE.all();
    }

    /** The current built-in questionnaire with this id (the {@code id} inside the file): its newest version. */
    public static Optional<Questionnaire> byId(String id) {
        return Holder.CATALOGUE.byId(id);
    }

    /** The built-in questionnaire with this id and exactly this version, current or archived. */
    public static Optional<Questionnaire> find(String id, String version) {
        return Holder.CATALOGUE.find(id, version);
    }

    /** Every built-in version of {@code id}, current and archived, oldest first. */
    public static List<Questionnaire> versions(String id) {
        return Holder.CATALOGUE.versions(id);
    }

    /** The version numbers of {@code id} built in, current and archived, oldest first, without reading the files. */
    public static List<String> versionNames(String id) {
        return Holder.CATALOGUE.versionNames(id);
    }

    /** The exact bytes of a current built-in questionnaire's file (a copy). */
    public static byte[] content(String id) {
        return Holder.CATALOGUE.content(id);
    }

    /** The exact bytes of the built-in file of {@code id} at {@code version}, current or archived (a copy). */
    public static byte[] content(String id, String version) {
        return Holder.CATALOGUE.content(id, version);
    }

    /** The problems of built-in files that did not load (empty in a correct build). */
    public static List<Problem> problems() {
        return Holder.CATALOGUE.problems();
    }
}
