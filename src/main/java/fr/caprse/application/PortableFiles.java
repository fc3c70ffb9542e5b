package fr.caprse.application;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.excel.ImportedWorkbook;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportReadException;
import fr.caprse.excel.ReportWriter;
import fr.caprse.excel.WorkbookReader;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.json.ScoreJson;
import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Assessment files outside the database, for the command line and any batch work: {@code .rse.json}
 * files and Excel reports read (each checked against its questionnaire, found through a
 * {@link QuestionnaireLookup}) and written (whole or not at all). Problems a user caused come out as
 * {@link BadInputException}s that name the file and the place.
 */
public final class PortableFiles {

    /** Larger assessment files are refused unread. */
    public static final int MAX_ASSESSMENT_BYTES = 20 * 1024 * 1024;

    /** An assessment read from a file, with the questionnaire it was checked against. */
    public record Read(Assessment assessment, SourcedQuestionnaire questionnaire) {
    }

    private PortableFiles() {
    }

    /** Reads a {@code .rse.json} file strictly; every problem is in the exception's message. */
    public static Read readAssessment(Path file, QuestionnaireLookup lookup) {
        String name = file.toString();
        byte[] content = readFile(file, MAX_ASSESSMENT_BYTES, "an assessment file");
        try {
            Assessment assessment = AssessmentJson.read(content, name, lookup);
            return new Read(assessment, lookup.used(assessment.questionnaireId(), assessment.questionnaireVersion())
                    .orElseThrow());
        } catch (AssessmentFileException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Reads a filled form or an Excel report back (even after Excel or LibreOffice saved it again); the
     * message of a form's failure lists every problem, one a line.
     */
    public static Read readReport(Path file, QuestionnaireLookup lookup) {
        try {
            ImportedWorkbook report = new WorkbookReader(lookup::resolve).read(file);
            Assessment assessment = report.assessment();
            return new Read(assessment, lookup.used(assessment.questionnaireId(), assessment.questionnaireVersion())
                    .orElseThrow());
        } catch (ReportReadException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** Writes a {@code .rse.json} file atomically. */
    public static void writeAssessment(Path target, Read read) {
        byte[] content = AssessmentJson.write(read.assessment(), read.questionnaire().questionnaire());
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** Writes the Excel report atomically, compared with {@code previous} when not null. */
    public static void writeReport(Path target, Locale locale, Read current, Read previous) {
        writeReport(target, locale, current, previous, null);
    }

    /**
     * The report, compared with a benchmark pack when {@code pack} is not null (its "Repères" sheet, as the
     * app's report has when a pack was imported); a pack of another questionnaire is refused.
     */
    public static void writeReport(Path target, Locale locale, Read current, Read previous,
                                   fr.caprse.domain.benchmark.BenchmarkPack pack) {
        ReportInput input = ReportInput.scored(current.questionnaire().questionnaire(), current.assessment());
        if (previous != null) {
            input = input.withPrevious(ReportInput.previous(previous.questionnaire().questionnaire(), previous.assessment()));
        }
        fr.caprse.domain.benchmark.BenchmarkComparison comparison = null;
        if (pack != null) {
            ReportInput scored = input;
            comparison = fr.caprse.domain.benchmark.BenchmarkComparison.of(pack, input.questionnaire(),
                    input.assessment().organisation(), input.score()).orElseThrow(() -> new BadInputException(
                    "the benchmark pack is of questionnaire " + pack.questionnaireId() + ", and the assessment was "
                            + "answered on " + scored.questionnaire().id() + ": they cannot be compared"));
        }
        try {
            new ReportWriter().withBenchmarks(comparison).write(input, locale, target);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** A score as one line of JSON with unrounded numbers (the form {@code score --json} prints). */
    public static String scoreJson(AssessmentScore score) {
        return ScoreJson.write(score);
    }

    /** The bytes of {@code file}, refused unread beyond {@code maxBytes}. */
    static byte[] readFile(Path file, int maxBytes, String what) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": this is a folder, not a file");
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(maxBytes + 1);
            }
            if (content.length > maxBytes) {
                throw new BadInputException(file + ": larger than " + maxBytes / (1024 * 1024) + " MB, not " + what);
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
