package fr.caprse.storage;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves assessments between the database and portable {@code .rse.json} files (contract:
 * assessment-file.md), both ways, without loss: an exported file imported again and exported again gives
 * the same bytes.
 *
 * <p>Export writes the assessment with the exact questionnaire file it was answered with (kept in the
 * database), to a temporary file renamed into place, so a file is whole or absent. Import reads the file
 * strictly (every problem reported, nothing half-imported), checks it against the questionnaire it names
 * and stores it under its organisation in one transaction.
 */
public final class AssessmentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentFiles.class);

    /** Questionnaire files the user has at hand (opened from disk), by id and version. */
    @FunctionalInterface
    public interface QuestionnaireFiles {
        Optional<byte[]> find(String id, String version);

        static QuestionnaireFiles none() {
            return (id, version) -> Optional.empty();
        }
    }

    private final Database database;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    public AssessmentFiles(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The {@code .rse.json} bytes of an assessment. */
    public byte[] export(long assessmentId) {
        Assessment assessment = database.assessments().load(assessmentId).orElseThrow(
                () -> AssessmentRepository.missing(assessmentId));
        StoredQuestionnaire kept = database.questionnaires().ofAssessment(assessmentId).orElseThrow(
                () -> AssessmentRepository.missing(assessmentId));
        LoadResult loaded = loader.load(kept.id() + "-" + kept.version() + ".yaml", kept.content());
        if (!loaded.ok()) {
            throw new StorageException("The questionnaire " + kept.id() + " " + kept.version() + " kept for this assessment "
                    + "cannot be read by this version of Cap RSE (" + loaded.problems().get(0) + "); the assessment was not exported.");
        }
        return AssessmentJson.write(assessment, loaded.questionnaire());
    }

    /** Writes an assessment to {@code target}, replacing it; a failure leaves any previous file as it was. */
    public void export(long assessmentId, Path target) {
        byte[] content = export(assessmentId);
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new StorageException("Cap RSE cannot write " + absolute + " (" + e.getMessage()
                    + "). Check that the folder exists, that you may write there and that the disk is not full.", e);
        }
    }

    /** Imports a file, checked against a built-in questionnaire or one kept in the database. */
    public ImportedAssessment importFile(Path file) throws AssessmentFileException {
        return importFile(file, QuestionnaireFiles.none());
    }

    /**
     * Imports a file. The questionnaire it names is looked for in {@code opened} first, then among the
     * built-in questionnaires, then among those kept in the database.
     */
    public ImportedAssessment importFile(Path file, QuestionnaireFiles opened) throws AssessmentFileException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StorageException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new StorageException("Cap RSE cannot read " + file + " (" + e.getMessage() + ").", e);
        }
        return importBytes(content, file.getFileName().toString(), opened);
    }

    public ImportedAssessment importBytes(byte[] content, String fileName, QuestionnaireFiles opened)
            throws AssessmentFileException {
        Map<String, byte[]> filesUsed = new HashMap<>();
        Assessment assessment = AssessmentJson.read(content, fileName, (id, version) -> {
            Optional<Source> source = find(id, version, opened);
            source.ifPresent(s -> filesUsed.put(id + "\n" + version, s.content()));
            return source.map(Source::questionnaire);
        });
        byte[] questionnaireFile = filesUsed.get(assessment.questionnaireId() + "\n" + assessment.questionnaireVersion());
        return database.assessments().insert(assessment, questionnaireFile);
    }

    private record Source(Questionnaire questionnaire, byte[] content) {
    }

    private Optional<Source> find(String id, String version, QuestionnaireFiles opened) {
        Optional<Source> given = opened.find(id, version).flatMap(bytes -> parse(id, version, bytes, "opened"));
        if (given.isPresent()) {
            return given;
        }
        Optional<Questionnaire> builtIn = BuiltInQuestionnaires.find(id, version);
        if (builtIn.isPresent()) {
            return Optional.of(new Source(builtIn.get(), BuiltInQuestionnaires.content(id, version)));
        }
        return database.questionnaires().find(id, version).flatMap(kept -> parse(id, version, kept.content(), "kept"));
    }

    private Optional<Source> parse(String id, String version, byte[] content, String where) {
        LoadResult loaded = loader.load(id + "-" + version + ".yaml", content);
        if (!loaded.ok()) {
            LOG.warn("the {} questionnaire {} {} does not load: {}", where, id, version, loaded.problems());
            return Optional.empty();
        }
        Questionnaire questionnaire = loaded.questionnaire();
        if (!questionnaire.id().equals(id) || !questionnaire.version().equals(version)) {
            return Optional.empty();
        }
        return Optional.of(new Source(questionnaire, content));
    }
}
