package fr.caprse.application.vsme;

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

    /** An import: the new assessment, its questionnaire, and what the template held that was not carried. */
    public record Imported(Assessment assessment, Questionnaire questionnaire, String templateVersion,
                           List<VsmeTemplateReader.NotCarried> notCarried, List<String> warnings) {
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

    /** Fills a copy of the template with {@code assessment}; refuses an assessment on another questionnaire. */
    public Exported export(Assessment assessment, Questionnaire questionnaire, Path target) throws IOException {
        if (!canExport(assessment)) {
            throw new IllegalArgumentException("the VSME template is filled from a vsme-basic assessment; this one "
                    + "is on " + assessment.questionnaireId());
        }
        VsmeTemplateWriter.Result result = new VsmeTemplateWriter().write(questionnaire, assessment, target);
        return new Exported(target, result.written(), result.notWritten());
    }

    /** Reads a filled template into a new assessment on the built-in vsme-basic (nothing when it fails). */
    public Imported read(Path template) throws VsmeReadException {
        return read(template, builtInQuestionnaire());
    }

    /** Reads a filled template into a new assessment on {@code questionnaire} (vsme-basic, any version). */
    public Imported read(Path template, Questionnaire questionnaire) throws VsmeReadException {
        VsmeTemplateReader.Result result = new VsmeTemplateReader().read(template, questionnaire);
        Instant now = clock.instant();
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(),
                Organisation.named(result.organisationName()), result.period(), now);
        for (Map.Entry<String, AnswerValue> entry : result.answers().entrySet()) {
            assessment = assessment.withAnswer(Answer.of(entry.getKey(), entry.getValue()), now);
        }
        return new Imported(assessment, questionnaire, result.templateVersion(), result.notCarried(),
                result.warnings());
    }

    /** Reads a filled template and writes it as an assessment file ({@code .rse.json}, temporary file first). */
    public Imported importToFile(Path template, Path target) throws VsmeReadException, IOException {
        Imported imported = read(template);
        AtomicFiles.write(target, AssessmentJson.write(imported.assessment(), imported.questionnaire()));
        return imported;
    }

    /** The built-in vsme-basic questionnaire (its current version). */
    public static Questionnaire builtInQuestionnaire() {
        return BuiltInQuestionnaires.byId(QUESTIONNAIRE_ID)
                .orElseThrow(() -> new IllegalStateException("the built-in vsme-basic questionnaire is missing"));
    }
}
