package fr.caprse.app;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.storage.AssessmentFiles.QuestionnaireFiles;
import fr.caprse.storage.Database;
import fr.caprse.storage.ImportedAssessment;
import fr.caprse.storage.StorageException;
import fr.caprse.ui.common.AssessmentFiles;
import fr.caprse.ui.common.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Portable files for the desktop app, through the same pieces as the command line: the store's
 * {@code .rse.json} import and export (questionnaire found built in or kept in the database, one
 * transaction, atomic writes) and the Excel report writer of {@code export}.
 */
final class AppAssessmentFiles implements AssessmentFiles {

    private final fr.caprse.storage.AssessmentFiles files;

    AppAssessmentFiles(Database database) {
        this.files = new fr.caprse.storage.AssessmentFiles(database);
    }

    @Override
    public Imported importFile(Path file) throws IOException {
        try {
            ImportedAssessment imported = files.importFile(file, QuestionnaireFiles.none());
            return new Imported(SqliteWorkspace.entry(imported.assessment()), imported.samePeriod().size());
        } catch (AssessmentFileException | StorageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void export(Workspace.AssessmentEntry entry, Path file) throws IOException {
        try {
            files.export(entry.id(), file);
        } catch (StorageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void writeReport(Assessment assessment, Questionnaire questionnaire, Assessment previous,
                            Questionnaire previousQuestionnaire, String language, Path file) throws IOException {
        // built exactly as the command line's export builds it
        ReportInput input = ReportInput.scored(questionnaire, assessment);
        if (previous != null && previousQuestionnaire != null) {
            input = input.withPrevious(ReportInput.previous(previousQuestionnaire, previous));
        }
        new ReportWriter().write(input, Locale.forLanguageTag(language), file);
    }
}
