package fr.caprse.application;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.platform.AtomicFiles;
import fr.caprse.storage.Database;
import fr.caprse.storage.ImportedAssessment;
import fr.caprse.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Portable files of the assessments in the database: {@code .rse.json} files both ways (contract:
 * assessment-file.md), without loss (an exported file imported again and exported again gives the same
 * bytes), and the Excel report.
 *
 * <p>Export writes the assessment with the exact questionnaire file it was answered with, to a temporary
 * file renamed into place, so a file is whole or absent. Import reads the file strictly (every problem
 * reported, nothing half-imported), checks it against the questionnaire it names (found by
 * {@link QuestionnaireSource}) and stores it under its organisation in one transaction.
 */
public final class AssessmentFiles {

    /**
     * An imported assessment, whether its organisation was new, and how many assessments of the same
     * organisation, period and questionnaire were there before it (an import never replaces anything).
     */
    public record Imported(Workspace.AssessmentEntry entry, boolean newOrganisation, int alreadyThere) {
    }

    private final Database database;
    private final Workspace workspace;
    private final QuestionnaireSource questionnaires;

    public AssessmentFiles(Database database, Workspace workspace, QuestionnaireSource questionnaires) {
        this.database = Objects.requireNonNull(database, "database");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    }

    /** The {@code .rse.json} bytes of an assessment. */
    public byte[] export(long assessmentId) {
        return AssessmentJson.write(workspace.load(assessmentId), workspace.questionnaireOf(assessmentId));
    }

    /** Writes an assessment to {@code target}, replacing it; a failure leaves any previous file as it was. */
    public void export(long assessmentId, Path target) {
        byte[] content = export(assessmentId);
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_WRITE, "Cap RSE cannot write " + target.toAbsolutePath() + " (" + e.getMessage()
                    + "). Check that the folder exists, that you may write there and that the disk is not full.", e, target.toAbsolutePath(), e.getMessage());
        }
    }

    /** Imports a file, checked against the questionnaire it names. */
    public Imported importFile(Path file) throws AssessmentFileException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StorageException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_OPEN, "Cap RSE cannot read " + file + " (" + e.getMessage() + ").", e, file, e.getMessage());
        }
        return importBytes(content, file.getFileName().toString());
    }

    public Imported importBytes(byte[] content, String fileName) throws AssessmentFileException {
        QuestionnaireLookup lookup = questionnaires.lookup(null);
        Assessment assessment = AssessmentJson.read(content, fileName, lookup);
        SourcedQuestionnaire used = lookup.used(assessment.questionnaireId(), assessment.questionnaireVersion())
                .orElseThrow();
        ImportedAssessment imported = database.assessments().insert(assessment, used.content());
        return new Imported(SqliteWorkspace.entry(imported.assessment()), imported.newOrganisation(),
                imported.samePeriod().size());
    }

    /**
     * Writes the Excel report of an assessment atomically, in the given language, compared with the
     * organisation's previous assessment on the same questionnaire when there is one.
     */
    public void writeReport(Workspace.AssessmentEntry entry, Locale locale, Path file) throws IOException {
        ReportInput input = ReportInput.scored(workspace.questionnaireOf(entry.id()), workspace.load(entry.id()));
        var previous = workspace.previous(entry);
        if (previous.isPresent()) {
            long id = previous.get().id();
            input = input.withPrevious(ReportInput.previous(workspace.questionnaireOf(id), workspace.load(id)));
        }
        // observatory: "you against organisations like yours" when a benchmark pack was imported
        new ReportWriter().withBenchmarks(fr.caprse.application.observatory.BenchmarkPackStore
                .forDataFolder(fr.caprse.platform.AppDirs.dataDir())
                .compare(input.questionnaire(), input.assessment().organisation(), input.score()).orElse(null))
                .write(input, locale, file);
    }
}
