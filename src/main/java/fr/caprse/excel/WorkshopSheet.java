package fr.caprse.excel;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.StakeholderGroup;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.workshop.GroupScores;
import fr.caprse.domain.workshop.VoteSpread;
import fr.caprse.domain.workshop.Workshop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * The workshop sheet, written when the assessment has participants: per voted question each participant's
 * vote, the lowest and highest vote, the median, the spread, the divergence flag, the consensus (the
 * recorded answer, empty when the room did not resolve it) and the discussion note; then each stakeholder
 * group's theme scores from its own votes ({@link GroupScores}) and their radar, one line per group, drawn
 * from those cells.
 */
final class WorkshopSheet {

    /** Colours of the groups' lines, in order (hex RGB). */
    private static final String[] GROUP_COLOURS = {"2E86DE", "E67E22", "27AE60", "C0392B", "8E44AD", "16A085", "D4AC0D",
        "7F8C8D", "E84393"};

    private WorkshopSheet() {
    }

    static void write(ReportBook book) {
        Assessment assessment = book.input.assessment();
        if (assessment.participants().isEmpty()) {
            return;
        }
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        Questionnaire questionnaire = book.input.questionnaire();
        Workshop workshop = new Workshop(questionnaire, assessment.participants(), assessment.votes(), Set.of());
        XSSFSheet sheet = book.workbook.createSheet(t.get("report.sheet.workshop"));
        List<Participant> participants = assessment.participants();
        List<String> titles = new ArrayList<>(List.of(t.get("report.column.theme"), t.get("report.column.question-id"),
                t.get("report.column.question")));
        for (Participant participant : participants) {
            titles.add(participant.name() + (participant.removed() ? " " + t.get("report.workshop.removed") : ""));
        }
        int first = 3;
        int after = first + participants.size();
        titles.addAll(List.of(t.get("report.workshop.min"), t.get("report.workshop.max"), t.get("report.workshop.median"),
                t.get("report.workshop.spread"), t.get("report.workshop.divergent"), t.get("report.workshop.consensus"),
                t.get("report.workshop.note")));
        book.header(sheet, 0, titles, s.header);
        ReportBook.row(sheet, 0).setHeightInPoints(30);
        int highest = questionnaire.scale().highest();
        int r = 1;
        for (Theme theme : questionnaire.themes()) {
            for (Question question : theme.questions()) {
                Map<String, Integer> votes = workshop.votesOn(question.id());
                Answer answer = assessment.answers().get(question.id());
                if (votes.isEmpty()) {
                    continue;
                }
                XSSFRow row = ReportBook.row(sheet, r++);
                book.text(row, 0, t.of(theme.title()), s.cell);
                book.text(row, 1, question.id(), s.cell);
                book.text(row, 2, t.of(question.text()), s.cell);
                for (int p = 0; p < participants.size(); p++) {
                    Integer vote = votes.get(participants.get(p).id());
                    book.number(row, first + p, vote, s.cellInteger);
                }
                VoteSpread spread = VoteSpread.of(votes.values(), highest);
                book.number(row, after, spread.min(), s.cellInteger);
                book.number(row, after + 1, spread.max(), s.cellInteger);
                book.number(row, after + 2, spread.median(), s.cellWeight);
                book.number(row, after + 3, spread.span(), s.cellInteger);
                book.text(row, after + 4, t.get(spread.divergent() ? "report.workshop.divergent.yes" : "report.workshop.divergent.no"), s.cellCentered);
                Integer consensus = answer != null && answer.value() instanceof AnswerValue.LevelValue level ? level.level() : null;
                if (consensus != null) {
                    book.number(row, after + 5, consensus, s.level(consensus));
                } else {
                    book.text(row, after + 5, t.get("report.workshop.unresolved"), s.cellMuted);
                }
                book.text(row, after + 6, answer == null ? null : answer.comment(), s.cell);
            }
        }
        int lastQuestionRow = Math.max(1, r - 1);
        int[] widths = new int[titles.size()];
        widths[0] = 18;
        widths[1] = 18;
        widths[2] = 46;
        for (int i = first; i < titles.size(); i++) {
            widths[i] = 11;
        }
        widths[titles.size() - 1] = 40;
        ReportBook.widths(sheet, widths);
        ReportBook.fitRowHeights(sheet, 1, lastQuestionRow);
        sheet.createFreezePane(3, 1);

        // how each group sees the organisation
        int groupTitleRow = r + 1;
        book.text(ReportBook.row(sheet, groupTitleRow), 0, t.get("report.workshop.groups"), s.sectionTitle);
        book.text(ReportBook.row(sheet, groupTitleRow + 1), 0, t.get("report.workshop.groups-rule"), s.note);
        sheet.addMergedRegion(new CellRangeAddress(groupTitleRow + 1, groupTitleRow + 1, 0, 8));
        int headerRow = groupTitleRow + 2;
        List<GroupScores.GroupScore> groups = GroupScores.of(workshop, assessment.organisation(), assessment.answers());
        List<String> groupTitles = new ArrayList<>(List.of(t.get("report.column.theme")));
        for (GroupScores.GroupScore group : groups) {
            groupTitles.add(groupName(t, group.group()) + " (" + group.participantIds().size() + ")");
        }
        // the group table starts in column B so that its theme names sit beside the question columns' widths
        XSSFRow head = ReportBook.row(sheet, headerRow);
        for (int g = 0; g < groupTitles.size(); g++) {
            book.text(head, 2 + g, groupTitles.get(g), s.header);
        }
        int themeRow = headerRow + 1;
        for (Theme theme : questionnaire.themes()) {
            XSSFRow row = ReportBook.row(sheet, themeRow++);
            book.text(row, 2, t.of(theme.title()), s.cell);
            for (int g = 0; g < groups.size(); g++) {
                book.number(row, 3 + g, groups.get(g).theme(theme.id()), s.cellScore);
            }
        }
        int lastThemeRow = themeRow - 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        if (!groups.isEmpty() && questionnaire.themes().size() >= 3) {
            radar(book, sheet, drawing, themeRow + 1, themeRow + 24, headerRow, headerRow + 1, lastThemeRow, groups.size());
        }
        book.print(sheet, true, titles.size() - 1, themeRow + 24, 0, false);
    }

    static String groupName(ReportTexts t, String code) {
        return StakeholderGroup.fromCode(code).map(g -> t.get("report.group." + g.code())).orElse(code);
    }

    private static void radar(ReportBook book, XSSFSheet sheet, XSSFDrawing drawing, int top, int bottom, int headerRow,
                              int first, int last, int groupCount) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 2, top, 10, bottom));
        chart.setTitleText(book.texts.get("report.workshop.radar"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setNumberFormat("0");
        values.setMinimum(0);
        values.setMaximum(100);
        values.setMajorUnit(20);
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, categories, values);
        data.setStyle(RadarStyle.MARKER);
        data.setVaryColors(false);
        XDDFDataSource<String> themes = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 2, 2));
        for (int g = 0; g < groupCount; g++) {
            int column = 3 + g;
            XDDFNumericalDataSource<Double> scores =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
            XDDFChartData.Series series = data.addSeries(themes, scores);
            series.setTitle(sheet.getRow(headerRow).getCell(column).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, column, true, true));
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(hex(GROUP_COLOURS[g % GROUP_COLOURS.length]))));
            stroke.setWidth(2.0);
            series.setLineProperties(stroke);
        }
        chart.plot(data);
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
