package fr.caprse.application.form;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.BadInputException;
import fr.caprse.application.QuestionnaireLookup;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.Workspace;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.FormInput;
import fr.caprse.excel.FormWriter;
import fr.caprse.excel.ImportedWorkbook;
import fr.caprse.excel.ReportReadException;
import fr.caprse.excel.WorkbookReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The blank Excel form, both ways (docs/excel-form.md): writing it for a questionnaire (the
 * {@code form} command), for an assessment with its profile and answers carried over (the app's "Fill in
 * with Excel…") or for each organisation of a campaign; and reading a filled form (or a report) back,
 * checked against the questionnaire it names as {@link QuestionnaireSource} finds it, into the database
 * in one transaction (the app's "Import a filled form…"). Problems a user caused come out as
 * {@link BadInputException}s naming the file, the sheet, the cell and the question; nothing is written
 * then.
 */
public final class FormFiles {

    /** A filled form (or a report) read back: its assessment, the questionnaire file, the return code ("" if none). */
    public record Filled(Assessment assessment, SourcedQuestionnaire questionnaire, String returnCode, boolean form) {
    }

    private final QuestionnaireSource questionnaires;
    private final FormWriter writer;

    public FormFiles(QuestionnaireSource questionnaires) {
        this(questionnaires, Clock.systemDefaultZone());
    }

    /** {@code clock} dates the forms and gives the period proposed when none is. */
    public FormFiles(QuestionnaireSource questionnaires, Clock clock) {
        this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
        this.writer = new FormWriter(clock);
    }

    /** Writes the blank form of a questionnaire atomically; {@code period} (may be null) is the one proposed. */
    public void writeBlank(Questionnaire questionnaire, String period, Locale locale, Path target) {
        write(new FormInput(questionnaire, null, period, Map.of(), null), locale, target);
    }

    /** Writes a campaign's form: the organisation's profile filled in, and its return code. */
    public void writeForOrganisation(Questionnaire questionnaire, Organisation organisation, String period,
                                     String returnCode, Locale locale, Path target) {
        write(FormInput.forCampaign(questionnaire, organisation, period, returnCode), locale, target);
    }

    /** Writes the form of an assessment of the database: its profile, period and answers carried over. */
    public void writeFor(Workspace workspace, Workspace.AssessmentEntry entry, Locale locale, Path target) {
        Questionnaire questionnaire = workspace.questionnaireOf(entry.id());
        write(FormInput.of(questionnaire, workspace.load(entry.id())), locale, target);
    }

    private void write(FormInput input, Locale locale, Path target) {
        try {
            writer.write(input, locale, target);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a filled form or a report, checked against the questionnaire it names through {@code lookup}.
     * Fails with every problem found, one a line, each naming its sheet, cell and question.
     */
    public Filled read(Path file, QuestionnaireLookup lookup) {
        ImportedWorkbook workbook;
        try {
            workbook = new WorkbookReader(lookup::resolve, questionnaires::builtInVersions).read(file);
        } catch (ReportReadException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Assessment assessment = workbook.assessment();
        SourcedQuestionnaire used = lookup.used(assessment.questionnaireId(), assessment.questionnaireVersion())
                .orElseThrow(() -> new IllegalStateException("no questionnaire recorded for " + file));
        return new Filled(assessment, used, workbook.returnCode(), workbook.kind() == ImportedWorkbook.Kind.FORM);
    }

    /**
     * Imports a filled form (or a report) into the database as a new assessment of its organisation, in
     * one transaction; nothing is replaced.
     */
    public AssessmentFiles.Imported importInto(AssessmentFiles store, Path file) {
        Filled filled = read(file, questionnaires.lookup(null));
        return store.store(filled.assessment(), filled.questionnaire());
    }
}
