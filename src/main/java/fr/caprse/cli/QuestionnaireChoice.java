package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.PortableFiles;
import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireLookup;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which questionnaire a file (assessment or report) is checked against, in the command line's words:
 * the one given with {@code --questionnaire FILE} (same id; another version only warns), else the
 * built-in one it names (same id and version), through the application's {@link QuestionnaireSource}.
 * Why a file cannot be matched is said with the option that fixes it.
 */
final class QuestionnaireChoice {

    private final Path givenFile;
    private final QuestionnaireLookup lookup;
    private final List<String> warnings = new ArrayList<>();

    /** {@code givenFile} is the {@code --questionnaire} option, or null. */
    QuestionnaireChoice(Path givenFile) {
        this.givenFile = givenFile;
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        SourcedQuestionnaire given = null;
        if (givenFile != null) {
            try {
                given = source.load(givenFile);
            } catch (QuestionnaireFileException e) {
                throw new CliException(String.join("\n", e.problems()));
            }
        }
        this.lookup = source.lookup(given);
    }

    /** Reads an assessment file (at most 20 MB) checked against its questionnaire. */
    PortableFiles.Read readAssessment(Path file) {
        try {
            return PortableFiles.readAssessment(file, lookup);
        } catch (BadInputException e) {
            throw failure(file.toString(), e.getMessage());
        } finally {
            keepWarnings(file.toString());
        }
    }

    /** Reads an Excel report back, checked against its questionnaire. */
    PortableFiles.Read readReport(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return PortableFiles.readReport(file, lookup);
        } catch (BadInputException e) {
            throw failure(name, e.getMessage());
        } finally {
            keepWarnings(name);
        }
    }

    /** The failure to report: why no questionnaire matched when that is the cause, else {@code message}. */
    private CliException failure(String file, String message) {
        List<String> whyNot = new ArrayList<>();
        for (QuestionnaireLookup.Miss miss : lookup.misses()) {
            whyNot.add(file + ": " + switch (miss.kind()) {
                case OTHER_QUESTIONNAIRE -> "answered on questionnaire " + miss.id() + ", but " + givenFile
                        + " is questionnaire " + miss.otherId();
                case NOT_AVAILABLE -> miss.builtInVersions().isEmpty()
                        ? "questionnaire " + miss.id() + " is not built in; give its file with --questionnaire FILE"
                        : "answered on " + miss.id() + " version " + miss.version() + ", but the built-in versions are "
                                + String.join(", ", miss.builtInVersions()) + "; give the " + miss.version()
                                + " file with --questionnaire FILE";
                case OTHER_VERSION -> "answered on " + miss.id() + " version " + miss.version();
            });
        }
        return new CliException(whyNot.isEmpty() ? message : String.join("\n", whyNot));
    }

    private void keepWarnings(String file) {
        for (QuestionnaireLookup.Miss warning : lookup.takeWarnings()) {
            warnings.add(file + ": answered on " + warning.id() + " version " + warning.version()
                    + ", read with version " + warning.otherVersion() + " from " + givenFile);
        }
    }

    void printWarnings(PrintWriter err) {
        warnings.forEach(w -> err.println("cap-rse: warning: " + w));
        warnings.clear();
    }
}
