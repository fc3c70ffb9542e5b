package fr.caprse.application.observatory;

import fr.caprse.application.BadInputException;
import fr.caprse.application.vsme.VsmeExchange;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Filled EFRAG VSME Digital Templates as {@code aggregate} inputs: plugged into {@link InputReaders}, which
 * offers it every workbook that is not a report. A template is read by the one VSME reader
 * ({@link VsmeExchange#read(Path, Questionnaire)}: named ranges into {@code vsme-basic} answers) and rejected
 * with every problem it has, each naming its datapoint and cell; a workbook that is not a template is left
 * to the next reader.
 */
public final class VsmeTemplateInputs implements InputReaders.WorkbookReader {

    private final Supplier<Questionnaire> questionnaire;

    /** Templates read into the built-in {@code vsme-basic}. */
    public VsmeTemplateInputs() {
        this(VsmeExchange::builtInQuestionnaire);
    }

    public VsmeTemplateInputs(Supplier<Questionnaire> questionnaire) {
        this.questionnaire = questionnaire;
    }

    @Override
    public Optional<LoadedAssessment> read(Path file) throws RejectedInput {
        if (!VsmeExchange.isTemplate(file)) {
            return Optional.empty();
        }
        try {
            VsmeExchange.Imported imported = new VsmeExchange().read(file, questionnaire.get());
            return Optional.of(new LoadedAssessment(imported.assessment(), imported.questionnaire(),
                    InputKind.VSME_TEMPLATE));
        } catch (BadInputException e) {
            throw new RejectedInput(e.getMessage(), e);
        }
    }
}
