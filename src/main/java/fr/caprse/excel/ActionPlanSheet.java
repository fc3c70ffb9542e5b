package fr.caprse.excel;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The organisation's action plan: what, who, by when, where it stands. */
final class ActionPlanSheet {

    private ActionPlanSheet() {
    }

    static void write(ReportBook book) {
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        Questionnaire questionnaire = book.input.questionnaire();
        XSSFSheet sheet = book.workbook.createSheet(t.get("report.sheet.actions"));
        List<String> titles = List.of(t.get("report.column.rank"), t.get("report.column.question-id"),
                t.get("report.column.question"), t.get("report.column.action"), t.get("report.column.owner"),
                t.get("report.column.due"), t.get("report.column.status"));
        book.header(sheet, 0, titles, s.header);
        ReportBook.row(sheet, 0).setHeightInPoints(30);
        List<Action> actions = book.input.assessment().actions();
        int r = 1;
        for (Action action : actions) {
            XSSFRow row = ReportBook.row(sheet, r);
            book.number(row, 0, r, s.cellInteger);
            book.text(row, 1, action.questionId(), s.cell);
            book.text(row, 2, action.questionId() == null ? "" : questionnaire.question(action.questionId())
                    .map(q -> t.of(q.text())).orElse(""), s.cell);
            book.text(row, 3, action.title(), s.cell);
            book.text(row, 4, action.owner(), s.cell);
            book.date(row, 5, action.due(), s.cellDate);
            book.text(row, 6, t.get("report.status." + action.status().code()), s.cell);
            r++;
        }
        if (actions.isEmpty()) {
            book.text(ReportBook.row(sheet, r), 0, t.get("report.actions.none"), s.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, titles.size() - 1));
            r++;
        }
        int lastRow = Math.max(1, r - 1);
        ReportBook.widths(sheet, 6, 22, 44, 44, 20, 12, 14);
        ReportBook.fitRowHeights(sheet, 1, lastRow);
        sheet.createFreezePane(0, 1);
        if (!actions.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, titles.size() - 1));
        }
        book.print(sheet, true, titles.size() - 1, lastRow, 0, false);
    }
}
