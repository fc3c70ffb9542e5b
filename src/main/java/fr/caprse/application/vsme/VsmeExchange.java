package fr.caprse.application.vsme;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.BadInputException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.Workspace;
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
import fr.caprse.platform.Said;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;

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

    /**
     * An import: the new assessment, its questionnaire, what the template held that was not carried, and the
     * datapoints left as in the blank template (unticked boxes, pre-filled defaults), which are not answers.
     */
    public record Imported(Assessment assessment, Questionnaire questionnaire, String templateVersion,
                           List<NotCarried> notCarried, List<Said> notices, boolean periodMissing,
                           List<NotCarried> leftAsBlank) {

        /** What to check, in English (the command line); {@link #notices} says it in the user's language too. */
        public List<String> warnings() {
            return notices.stream().map(Said::english).toList();
        }
    }

    /**
     * A template imported into the store as a new assessment: where it was stored, what was read, and whether
     * the period was missing from the template (the current year was taken).
     */
    public record Stored(AssessmentFiles.Imported stored, Imported read, boolean periodGuessed) {
    }

    /**
     * What a filled template would change in an assessment of the store, read but not saved yet: the answers
     * to save (each keeps the comment and evidence it had), how many replace a different answer, how many are
     * new, how many are already the same.
     */
    public record Update(long assessmentId, Imported read, List<Answer> answers, int changed, int added,
                         int unchanged) {
        public Update {
            answers = List.copyOf(answers);
        }
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
        return export(assessment, questionnaire, target, fraction -> { });
    }

    /**
     * Fills a copy of the template with an assessment of the store (the app's "Official VSME template…"),
     * telling {@code progress} how far it is.
     */
    public Exported export(Workspace workspace, long assessmentId, Path target, DoubleConsumer progress) {
        return export(workspace.load(assessmentId), workspace.questionnaireOf(assessmentId), target, progress);
    }

    private Exported export(Assessment assessment, Questionnaire questionnaire, Path target, DoubleConsumer progress) {
        if (!canExport(assessment)) {
            throw new BadInputException("the VSME template is filled from a vsme-basic assessment; this one is on "
                    + assessment.questionnaireId());
        }
        try {
            VsmeTemplateWriter.Result result = new VsmeTemplateWriter().write(questionnaire, assessment, target, progress);
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
        return read(template, questionnaire, fraction -> { });
    }

    /**
     * Reads a filled template into a new assessment on the current built-in vsme-basic and stores it under
     * its organisation (the one of the same name, else a new one), in one transaction; nothing is replaced.
     * A template whose reporting period is empty is stored for the current year ({@link Stored#periodGuessed}).
     * A template that cannot be read throws {@link BadInputException} (its cause a
     * {@link VsmeReadException} saying why in the user's language) and nothing is stored.
     */
    public Stored importInto(AssessmentFiles store, QuestionnaireSource questionnaires, Path template,
                             DoubleConsumer progress) {
        SourcedQuestionnaire vsme = questionnaires.builtIns().stream()
                .filter(q -> q.questionnaire().id().equals(QUESTIONNAIRE_ID)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the built-in vsme-basic questionnaire is missing"));
        String thisYear = String.valueOf(java.time.Year.now(clock).getValue());
        Imported read = read(template, vsme.questionnaire(), progress, thisYear);
        return new Stored(store.store(read.assessment(), vsme), read, read.periodMissing());
    }

    private Imported read(Path template, Questionnaire questionnaire, DoubleConsumer progress) {
        return read(template, questionnaire, progress, "");
    }

    /**
     * Reads a filled template against an assessment of the store (on vsme-basic, whatever its version) and
     * says what saving it would change ({@link #apply}); nothing is written. Answers the template does not
     * hold are left as they are.
     */
    public Update readInto(Workspace workspace, long assessmentId, Path template, DoubleConsumer progress) {
        Assessment current = workspace.load(assessmentId);
        if (!canExport(current)) {
            throw new BadInputException("a VSME template is read into a vsme-basic assessment; this one is on "
                    + current.questionnaireId());
        }
        Imported read = read(template, workspace.questionnaireOf(assessmentId), progress);
        List<Answer> answers = new java.util.ArrayList<>();
        int changed = 0;
        int added = 0;
        int unchanged = 0;
        for (Answer answer : read.assessment().answers().values()) {
            Answer before = current.answers().get(answer.questionId());
            if (before == null || !before.isAnswered()) {
                added++;
                answers.add(before == null ? answer : before.withValue(answer.value()));
            } else if (!before.na() && answer.value().equals(before.value())) {
                unchanged++;
            } else {
                changed++;
                answers.add(before.withValue(answer.value()));
            }
        }
        return new Update(assessmentId, read, answers, changed, added, unchanged);
    }

    /** Saves what {@link #readInto} read, in one transaction. */
    public void apply(Workspace workspace, Update update) {
        workspace.saveAnswers(update.assessmentId(), update.answers());
    }

    /** {@code periodIfMissing}: the period of the assessment when the template states none. */
    private Imported read(Path template, Questionnaire questionnaire, DoubleConsumer progress, String periodIfMissing) {
        VsmeTemplateReader.Result result;
        try {
            result = new VsmeTemplateReader().read(template, questionnaire, progress);
        } catch (VsmeReadException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Instant now = clock.instant();
        boolean periodMissing = result.period().isBlank();
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(),
                Organisation.named(result.organisationName()), periodMissing ? periodIfMissing : result.period(), now);
        for (Map.Entry<String, AnswerValue> entry : result.answers().entrySet()) {
            assessment = assessment.withAnswer(Answer.of(entry.getKey(), entry.getValue()), now);
        }
        List<NotCarried> notCarried = result.notCarried().stream()
                .map(n -> new NotCarried(n.name(), n.cell(), n.reason())).toList();
        List<NotCarried> leftAsBlank = result.leftAsBlank().stream()
                .map(n -> new NotCarried(n.name(), n.cell(), n.reason())).toList();
        return new Imported(assessment, questionnaire, result.templateVersion(), notCarried, result.notices(),
                periodMissing, leftAsBlank);
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
