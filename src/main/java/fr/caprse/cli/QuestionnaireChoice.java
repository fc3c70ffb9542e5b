package fr.caprse.cli;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which questionnaire a file (assessment or report) is checked against: the one given with
 * {@code --questionnaire FILE} (same id; another version only warns), else the built-in one it names
 * (same id and version). Why a file cannot be matched is kept to explain the failure.
 */
final class QuestionnaireChoice {

    private final Questionnaire given;
    private final Path givenFile;
    private final List<String> whyNot = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** {@code givenFile} is the {@code --questionnaire} option, or null. */
    QuestionnaireChoice(Path givenFile) {
        this.givenFile = givenFile;
        this.given = givenFile == null ? null : ScoreCommand.loadQuestionnaire(givenFile);
    }

    /** The questionnaire for {@code file}, which names questionnaire {@code id} {@code version}. */
    Optional<Questionnaire> find(String file, String id, String version) {
        if (given != null) {
            if (!given.id().equals(id)) {
                whyNot.add(file + ": answered on questionnaire " + id + ", but " + givenFile + " is questionnaire "
                        + given.id());
                return Optional.empty();
            }
            if (!given.version().equals(version)) {
                warnings.add(file + ": answered on " + id + " version " + version + ", read with version "
                        + given.version() + " from " + givenFile);
            }
            return Optional.of(given);
        }
        List<Questionnaire> versions = BuiltInQuestionnaires.versions(id);
        if (versions.isEmpty()) {
            whyNot.add(file + ": questionnaire " + id + " is not built in; give its file with --questionnaire FILE");
            return Optional.empty();
        }
        Optional<Questionnaire> builtIn = BuiltInQuestionnaires.find(id, version);
        if (builtIn.isEmpty()) {
            whyNot.add(file + ": answered on " + id + " version " + version + ", but the built-in versions are "
                    + versions.stream().map(Questionnaire::version).collect(Collectors.joining(", "))
                    + "; give the " + version + " file with --questionnaire FILE");
        }
        return builtIn;
    }

    /** Reads an assessment file (at most 20 MB) checked against its questionnaire. */
    Assessment readAssessment(Path file) {
        String fileName = file.toString();
        byte[] content = ScoreCommand.readFile(file, ScoreCommand.MAX_FILE_BYTES);
        try {
            return AssessmentJson.read(content, fileName, (id, version) -> find(fileName, id, version));
        } catch (AssessmentFileException e) {
            throw failure(e.getMessage());
        }
    }

    /** The questionnaire {@code assessment} was read with (after {@link #readAssessment}). */
    Questionnaire questionnaireOf(Assessment assessment) {
        return given != null ? given
                : BuiltInQuestionnaires.find(assessment.questionnaireId(), assessment.questionnaireVersion()).orElseThrow();
    }

    /** The failure to report: why no questionnaire matched when that is the cause, else {@code message}. */
    CliException failure(String message) {
        return new CliException(whyNot.isEmpty() ? message : String.join("\n", whyNot));
    }

    void printWarnings(PrintWriter err) {
        warnings.forEach(w -> err.println("cap-rse: warning: " + w));
        warnings.clear();
    }
}
