package fr.caprse.excel;

import fr.caprse.domain.benchmark.BenchmarkComparison;
import fr.caprse.platform.AppInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Excel report of an assessment: a document a person reads (summary with charts, answers,
 * recommendations, action plan; French or English, ready to print) and data a machine reads back
 * ({@code data}, {@code themes}, {@code actions}, {@code participants}, {@code votes}, {@code meta}
 * sheets, see docs/excel-report.md and {@link ReportReader}). The CLI's {@code export} and the app's
 * Export button both call {@link #write(ReportInput, Locale, Path)}, so they produce the same file.
 */
public final class ReportWriter {

    private final Clock clock;
    private final BenchmarkComparison comparison;

    public ReportWriter() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives the report's date (and its time zone). */
    public ReportWriter(Clock clock) {
        this(clock, null);
    }

    private ReportWriter(Clock clock, BenchmarkComparison comparison) {
        this.clock = clock;
        this.comparison = comparison;
    }

    /**
     * The same writer, adding "you against organisations like yours" (a sheet after the summary) when
     * {@code benchmarks} is not null: the comparison with an imported benchmark pack.
     */
    public ReportWriter withBenchmarks(BenchmarkComparison benchmarks) {
        return new ReportWriter(clock, benchmarks);
    }

    /**
     * Writes the report to {@code target}, through a temporary file in the same folder renamed at the
     * end, so that {@code target} is either the complete new report or left as it was.
     *
     * @throws IllegalArgumentException when a text is too long for a cell (the message names it)
     */
    public void write(ReportInput input, Locale locale, Path target) throws IOException {
        Workbooks.write(() -> build(input, locale), target);
    }

    /** Writes the report to {@code out} (not closed). */
    public void write(ReportInput input, Locale locale, OutputStream out) throws IOException {
        Workbooks.write(() -> build(input, locale), out);
    }

    /** The report as a workbook in memory. */
    XSSFWorkbook build(ReportInput input, Locale locale) {
        return Workbooks.build(workbook -> {
            Instant now = clock.instant();
            ReportTexts texts = new ReportTexts(locale);
            ReportBook book = new ReportBook(workbook, texts, input, now, clock.getZone());
            SummarySheet.write(book);
            if (comparison != null) {
                BenchmarkSheet.write(book, comparison);
            }
            AnswersSheet.write(book);
            RecommendationsSheet.write(book);
            ActionPlanSheet.write(book);
            LegalBaselineSheet.write(book);
            WorkshopSheet.write(book);
            DataSheets.write(book);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            properties(workbook, input, texts, now);
        });
    }

    private static void properties(XSSFWorkbook workbook, ReportInput input, ReportTexts texts, Instant now) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(texts.of(input.questionnaire().title()) + " · " + input.assessment().organisation().name() + " · "
                + input.assessment().period());
        core.setCreator(AppInfo.name() + " " + AppInfo.version());
        core.setSubjectProperty(input.questionnaire().id() + " " + input.questionnaire().version());
        core.setCreated(Optional.of(Date.from(now)));
        core.setModified(Optional.of(Date.from(now)));
        core.setLastModifiedByUser(AppInfo.name());
    }
}
