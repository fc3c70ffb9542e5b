package fr.caprse.application.vsme;

import fr.caprse.application.BadInputException;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.vsme.VsmeReadException;
import fr.caprse.excel.vsme.VsmeTemplateReader;
import fr.caprse.excel.vsme.VsmeTemplateWriter;
import fr.caprse.json.AssessmentJson;
import fr.caprse.platform.AtomicFiles;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The VSME use cases the app and the command line share: fill EFRAG's official VSME Digital Template from a
 * {@code vsme-basic} assessment, and read a filled template back into a {@code vsme-basic} assessment.
 */
public final class VsmeExchange {

    /** The questionnaire the template is mapped to. */
    public static final String QUESTIONNAIRE_ID = "vsme-basic";

    /** An export: the file and, for each answered question the template has no place for, why. */
    public record Exported(Path file, List<String> written, Map<String, String> notWritten) {
    }

    /** A datapoint of the template that the assessment does not carry, where it is and why. */
    public record NotCarried(String name, String cell, String reason) {
    }

    /** An import: the new assessment, its questionnaire, and what the template held that was not carried. */
    public record Imported(Assessment assessment, Questionnaire questionnaire, String templateVersion,
                           List<NotCarried> notCarried, List<String> warnings) {
    }

    private final Clock clock;

    public VsmeExchange() {
        this(Clock.systemUTC());
    }

    public VsmeExchange(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code assessment} can be written into the template (it is a vsme-basic assessment). */
    public static boolean canExport(Assessment assessment) {
        return QUESTIONNAIRE_ID.equals(assessment.questionnaireId());
    }

    /** Whether {@code file} is a VSME Digital Template (so that import reads it as one). */
    public static boolean isTemplate(Path file) {
        return VsmeTemplateReader.isTemplate(file);
    }

    /**
     * Fills a copy of the template with {@code assessment} (temporary file, then renamed); refuses an
     * assessment on another questionnaire.
     */
    public Exported export(Assessment assessment, Questionnaire questionnaire, Path target) {
        if (!canExport(assessment)) {
            throw new BadInputException("the VSME template is filled from a vsme-basic assessment; this one is on "
                    + assessment.questionnaireId());
        }
        try {
            VsmeTemplateWriter.Result result = new VsmeTemplateWriter().write(questionnaire, assessment, target);
            return new Exported(target, result.written(), result.notWritten());
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a filled template into a new assessment on the built-in vsme-basic; a template that cannot be
     * read throws {@link BadInputException} naming every problem, and nothing is imported.
     */
    public Imported read(Path template) {
        return read(template, builtInQuestionnaire());
    }

    /** Reads a filled template into a new assessment on {@code questionnaire} (vsme-basic, any version). */
    public Imported read(Path template, Questionnaire questionnaire) {
        VsmeTemplateReader.Result result;
        try {
            result = new VsmeTemplateReader().read(template, questionnaire);
        } catch (VsmeReadException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Instant now = clock.instant();
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(),
                Organisation.named(result.organisationName()), result.period(), now);
        for (Map.Entry<String, AnswerValue> entry : result.answers().entrySet()) {
            assessment = assessment.withAnswer(Answer.of(entry.getKey(), entry.getValue()), now);
        }
        List<NotCarried> notCarried = result.notCarried().stream()
                .map(n -> new NotCarried(n.name(), n.cell(), n.reason())).toList();
        return new Imported(assessment, questionnaire, result.templateVersion(), notCarried, result.warnings());
    }

    /** Reads a filled template and writes it as an assessment file ({@code .rse.json}, temporary file first). */
    public Imported importToFile(Path template, Path target) {
        Imported imported = read(template);
        try {
            AtomicFiles.write(target, AssessmentJson.write(imported.assessment(), imported.questionnaire()));
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot be written: " + e.getMessage(), e);
        }
        return imported;
    }

    /** The built-in vsme-basic questionnaire (its current version). */
    public static Questionnaire builtInQuestionnaire() {
        return BuiltInQuestionnaires.byId(QUESTIONNAIRE_ID)
                .orElseThrow(() -> new IllegalStateException("the built-in vsme-basic questionnaire is missing"));
    }
}
