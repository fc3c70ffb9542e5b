package fr.caprse.excel;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Recommendation;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The improvement actions suggested by the questionnaire, most points lost first (scoring contract). */
final class RecommendationsSheet {

    private RecommendationsSheet() {
    }

    static void write(ReportBook book) {
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        Questionnaire questionnaire = book.input.questionnaire();
        XSSFSheet sheet = book.workbook.createSheet(t.get("report.sheet.recommendations"));
        List<String> titles = List.of(t.get("report.column.rank"), t.get("report.column.theme"),
                t.get("report.column.question-id"), t.get("report.column.question"), t.get("report.column.s"),
                t.get("report.column.w"), t.get("report.column.lost"), t.get("report.column.recommendation"));
        book.header(sheet, 0, titles, s.header);
        ReportBook.row(sheet, 0).setHeightInPoints(30);
        List<Recommendation> recommendations = book.input.score().recommendations();
        int r = 1;
        for (Recommendation recommendation : recommendations) {
            XSSFRow row = ReportBook.row(sheet, r);
            Question question = questionnaire.question(recommendation.questionId()).orElse(null);
            book.number(row, 0, r, s.cellInteger);
            book.text(row, 1, questionnaire.theme(recommendation.themeId()).map(th -> t.of(th.title()))
                    .orElse(recommendation.themeId()), s.cell);
            book.text(row, 2, recommendation.questionId(), s.cell);
            book.text(row, 3, question == null ? "" : t.of(question.text()), s.cell);
            book.number(row, 4, recommendation.s(), s.cellPercent);
            book.number(row, 5, recommendation.weight(), s.cellWeight);
            book.number(row, 6, recommendation.lost(), s.cellDecimal);
            book.text(row, 7, question == null ? "" : t.of(question.recommendation()), s.cell);
            r++;
        }
        if (recommendations.isEmpty()) {
            book.text(ReportBook.row(sheet, r), 0, t.get("report.recommendations.none"), s.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, titles.size() - 1));
            r++;
        }
        int lastRow = Math.max(1, r - 1);
        ReportBook.widths(sheet, 6, 20, 22, 46, 8, 8, 12, 60);
        ReportBook.fitRowHeights(sheet, 1, lastRow);
        sheet.createFreezePane(0, 1);
        if (!recommendations.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, titles.size() - 1));
        }
        book.print(sheet, true, titles.size() - 1, lastRow, 0, false);
    }
}
