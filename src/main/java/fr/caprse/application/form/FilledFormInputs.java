package fr.caprse.application.form;

import fr.caprse.application.observatory.InputKind;
import fr.caprse.application.observatory.InputReaders;
import fr.caprse.application.observatory.LoadedAssessment;
import fr.caprse.application.observatory.RejectedInput;
import fr.caprse.excel.ImportedWorkbook;
import fr.caprse.excel.ReportReadException;
import fr.caprse.excel.WorkbookReader;
import fr.caprse.json.QuestionnaireResolver;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Filled forms as {@code aggregate} inputs: plugged into {@link InputReaders}, which offers it every
 * workbook that is not a report. A form with problems is rejected with all of them, each naming its
 * sheet, cell and question.
 */
public final class FilledFormInputs implements InputReaders.WorkbookReader {

    private final QuestionnaireResolver questionnaires;

    public FilledFormInputs(QuestionnaireResolver questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public Optional<LoadedAssessment> read(Path file) throws RejectedInput {
        ImportedWorkbook workbook;
        try {
            workbook = new WorkbookReader(questionnaires::resolve).read(file);
        } catch (ReportReadException e) {
            throw new RejectedInput(e.getMessage(), e);
        }
        if (workbook.kind() != ImportedWorkbook.Kind.FORM) {
            return Optional.empty();
        }
        return Optional.of(new LoadedAssessment(workbook.assessment(), workbook.questionnaire(), InputKind.FORM));
    }
}
