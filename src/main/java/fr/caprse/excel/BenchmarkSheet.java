package fr.caprse.excel;

import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkComparison;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * "You against organisations like yours" in the report, when a benchmark pack was imported: each
 * theme's score beside the group's first quartile, median and third quartile, and where it stands.
 */
final class BenchmarkSheet {

    private BenchmarkSheet() {
    }

    static void write(ReportBook book, BenchmarkComparison comparison) {
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        XSSFSheet sheet = book.workbook.createSheet(t.get("report.sheet.benchmarks"));
        book.text(ReportBook.row(sheet, 0), 0, t.get("report.benchmarks.title"), s.title);
        String group = comparison.sameGroup()
                ? t.get("report.benchmarks.group", comparison.groupLabel(), comparison.organisations())
                : t.get("report.benchmarks.all", comparison.organisations());
        book.text(ReportBook.row(sheet, 1), 0, comparison.packTitle().isBlank() ? group
                : comparison.packTitle() + " · " + group, s.subtitle);
        List<String> titles = List.of(t.get("report.column.theme"), t.get("report.benchmarks.you"), "Q1",
                t.get("report.benchmarks.median"), "Q3", t.get("report.benchmarks.where"));
        book.header(sheet, 3, titles, s.header);
        List<BenchmarkComparison.Row> rows = new ArrayList<>(comparison.themes());
        rows.add(comparison.overall());
        int r = 4;
        for (BenchmarkComparison.Row row : rows) {
            XSSFRow line = ReportBook.row(sheet, r++);
            book.text(line, 0, row.theme() == null ? t.get("report.benchmarks.overall") : t.of(row.theme().title()), s.cell);
            book.number(line, 1, row.score(), s.cellScore);
            Band band = row.band();
            book.number(line, 2, band == null ? null : band.q1(), s.cellScore);
            book.number(line, 3, band == null ? null : band.median(), s.cellScore);
            book.number(line, 4, band == null ? null : band.q3(), s.cellScore);
            book.text(line, 5, band == null ? t.get("report.benchmarks.no-band")
                    : row.score() == null ? "" : t.get("report.benchmarks.quarter." + row.quarter()), s.cell);
        }
        book.text(ReportBook.row(sheet, r + 1), 0, t.get("report.benchmarks.legend", comparison.minGroup()), s.note);
        ReportBook.widths(sheet, 36, 10, 10, 10, 10, 34);
        book.print(sheet, false, titles.size() - 1, r + 1, 3, true);
    }
}
