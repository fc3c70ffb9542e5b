package fr.caprse.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads any workbook Cap RSE made back into an assessment: a filled form (docs/excel-form.md) or a
 * report (docs/excel-report.md), told apart by the {@code format} key of their {@code meta} sheet. This
 * is the one entry point of {@code import}, the app's "Import a filled form…" and {@code aggregate}:
 * a file gives an assessment with its profile, or a {@link ReportReadException} listing the problems
 * (each naming the sheet, the cell and the question), and nothing is half-read. The workbook is opened
 * as untrusted input ({@link SafeWorkbooks}); formulas are refused, never evaluated.
 */
public final class WorkbookReader {

    private final ReportReader.Questionnaires questionnaires;
    private final Function<String, List<String>> knownVersions;

    public WorkbookReader(ReportReader.Questionnaires questionnaires) {
        this(questionnaires, id -> List.of());
    }

    /**
     * {@code knownVersions} gives the versions of a questionnaire id this application has, so that a
     * form of another version says which one it is and which ones are here.
     */
    public WorkbookReader(ReportReader.Questionnaires questionnaires, Function<String, List<String>> knownVersions) {
        this.questionnaires = questionnaires;
        this.knownVersions = knownVersions;
    }

    public ImportedWorkbook read(Path file) throws ReportReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".ods")) {
            throw new ReportReadException(name + ": this is a LibreOffice spreadsheet (.ods); only Excel workbooks "
                    + "(.xlsx) are read: open it in LibreOffice, choose File > Save As… and the type "
                    + "\"Excel 2007-365 (.xlsx)\", then import the .xlsx file");
        }
        try (SafeWorkbooks.Opened opened = SafeWorkbooks.open(file)) {
            XSSFWorkbook workbook = opened.workbook;
            if (isForm(workbook)) {
                return new FormReader(questionnaires, knownVersions).read(name, workbook);
            }
            ImportedReport report = new ReportReader(questionnaires).read(name, workbook);
            return new ImportedWorkbook(ImportedWorkbook.Kind.REPORT, report.assessment(), report.questionnaire(), "",
                    report.meta().questionnaireHash());
        }
    }

    /** Whether the meta sheet says {@code cap-rse/form@…} (a form of this or a newer format). */
    private static boolean isForm(XSSFWorkbook workbook) {
        Sheet meta = workbook.getSheet(ReportFormat.META);
        if (meta == null) {
            return false;
        }
        for (Row row : meta) {
            String key = SheetTable.text(row.getCell(0));
            if (key != null && ReportFormat.FORMAT_KEY.equals(key.strip().toLowerCase(Locale.ROOT))) {
                String value = SheetTable.text(row.getCell(1));
                return value != null && value.strip().startsWith(FormFormat.FORMAT_FAMILY);
            }
        }
        return false;
    }
}
