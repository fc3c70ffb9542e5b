package fr.caprse.excel;

import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The legal obligations each theme of the questionnaire builds on, with the date they were checked
 * ("valid as of"): the law moves, and a reader of the report must know as of when its statements hold.
 * Left out when the questionnaire states no law.
 */
final class LegalBaselineSheet {

    private LegalBaselineSheet() {
    }

    static void write(ReportBook book) {
        Questionnaire questionnaire = book.input.questionnaire();
        if (questionnaire.legalValidAsOf().isEmpty()) {
            return;
        }
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale());
        XSSFSheet sheet = book.workbook.createSheet(t.get("report.sheet.legal"));
        book.text(ReportBook.row(sheet, 0), 0, t.get("report.legal.valid-as-of",
                dates.format(questionnaire.legalValidAsOf().get())), s.sectionTitle);
        book.text(ReportBook.row(sheet, 1), 0, t.get("report.legal.note"), s.note);
        List<String> titles = List.of(t.get("report.column.theme"), t.get("report.legal.obligation"),
                t.get("report.legal.checked"));
        book.header(sheet, 3, titles, s.header);
        int r = 4;
        for (Theme theme : questionnaire.themes()) {
            LegalBaseline baseline = theme.legalBaseline();
            for (Text item : baseline.items()) {
                XSSFRow row = ReportBook.row(sheet, r++);
                book.text(row, 0, t.of(theme.title()), s.cell);
                book.text(row, 1, t.of(item), s.cell);
                book.text(row, 2, dates.format(baseline.asOf()), s.cell);
            }
        }
        int lastRow = r - 1;
        ReportBook.widths(sheet, 24, 90, 20);
        ReportBook.fitRowHeights(sheet, 4, lastRow);
        sheet.createFreezePane(0, 4);
        book.print(sheet, true, titles.size() - 1, lastRow, 3, false);
    }
}
