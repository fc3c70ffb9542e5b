package fr.caprse.application.observatory;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.ImportedReport;
import fr.caprse.excel.NotAReportException;
import fr.caprse.excel.ReportReadException;
import fr.caprse.excel.ReportReader;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.json.QuestionnaireResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads any input an observatory receives into an assessment, by kind: {@code .rse.json} files, Cap RSE
 * Excel reports, and any other workbook reader plugged in (filled blank forms). A small dispatcher: the
 * file's name and first bytes choose the reader; a workbook that is not a report is offered to the
 * other workbook readers in turn. Safe to call from several threads at once.
 */
public final class InputReaders {

    /** Another kind of workbook (a filled blank form…): empty when the workbook is not of its kind. */
    @FunctionalInterface
    public interface WorkbookReader {
        Optional<LoadedAssessment> read(Path file) throws RejectedInput;
    }

    /** The largest assessment file read. */
    static final long MAX_JSON_BYTES = 20L * 1024 * 1024;

    private final QuestionnaireResolver questionnaires;
    private final List<WorkbookReader> workbookReaders;

    public InputReaders(QuestionnaireResolver questionnaires, List<WorkbookReader> workbookReaders) {
        this.questionnaires = questionnaires;
        this.workbookReaders = List.copyOf(workbookReaders);
    }

    /** The questionnaire {@code id} {@code version} as this reader finds it. */
    public Optional<Questionnaire> questionnaire(String id, String version) {
        return questionnaires.resolve(id, version);
    }

    /** Whether a file found in a folder is one to read (others, such as PDFs or notes, are skipped). */
    public static boolean looksLikeInput(Path file) {
        String name = name(file).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".json");
    }

    public LoadedAssessment read(Path file) throws RejectedInput {
        if (isJson(file)) {
            return readJson(file);
        }
        return readWorkbook(file);
    }

    private static boolean isJson(Path file) {
        if (name(file).toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '{';
        } catch (IOException e) {
            return false;
        }
    }

    private LoadedAssessment readJson(Path file) throws RejectedInput {
        String name = name(file);
        byte[] content;
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw RejectedInput.of("observatory.reject.json-empty", null, name);
            }
            if (size > MAX_JSON_BYTES) {
                throw RejectedInput.of("observatory.reject.json-too-big", null, name, Long.toString(size / (1024 * 1024)));
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw RejectedInput.of("workbook.refusal.no-file", e, name);
        } catch (IOException e) {
            throw RejectedInput.of("workbook.refusal.unreadable", e, name, String.valueOf(e.getMessage()));
        }
        List<String> unknown = new ArrayList<>();
        try {
            var assessment = AssessmentJson.read(content, name, (id, version) -> {
                Optional<Questionnaire> found = questionnaires.resolve(id, version);
                if (found.isEmpty()) {
                    unknown.add(id + " " + version);
                }
                return found;
            });
            Questionnaire questionnaire = questionnaires.resolve(assessment.questionnaireId(),
                    assessment.questionnaireVersion()).orElseThrow();
            return new LoadedAssessment(assessment, questionnaire, InputKind.ASSESSMENT_FILE);
        } catch (AssessmentFileException e) {
            if (!unknown.isEmpty()) {
                throw unknownQuestionnaire(name, unknown.get(0), e);
            }
            throw new RejectedInput(e.getMessage(), e);
        }
    }

    private LoadedAssessment readWorkbook(Path file) throws RejectedInput {
        String name = name(file);
        List<String> unknown = new ArrayList<>();
        ReportReader reader = new ReportReader((id, version) -> {
            Optional<Questionnaire> found = questionnaires.resolve(id, version);
            if (found.isEmpty()) {
                unknown.add(id + " " + version);
            }
            return found;
        });
        try {
            ImportedReport report = reader.readAnswers(file);
            return new LoadedAssessment(report.assessment(), report.questionnaire(), InputKind.REPORT);
        } catch (NotAReportException notReport) {
            for (WorkbookReader other : workbookReaders) {
                Optional<LoadedAssessment> loaded = other.read(file);
                if (loaded.isPresent()) {
                    return loaded.get();
                }
            }
            throw RejectedInput.of("observatory.reject.not-ours", notReport, name,
                    notReport.getMessage().substring(name.length() + 2));
        } catch (ReportReadException e) {
            if (!unknown.isEmpty()) {
                throw unknownQuestionnaire(name, unknown.get(0), e);
            }
            throw new RejectedInput(e.getMessage(), e);
        }
    }

    private static RejectedInput unknownQuestionnaire(String name, String idAndVersion, Throwable cause) {
        return RejectedInput.of("observatory.reject.unknown-questionnaire", cause, name, idAndVersion);
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
