package fr.caprse.excel;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.ResultLevels;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.ThemeScore;
import fr.caprse.platform.AppInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LayoutMode;
import org.apache.poi.xddf.usermodel.chart.LayoutTarget;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFManualLayout;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * The first sheet, the one a board sees: who, when, on what questionnaire, the overall score and level,
 * completion, a table of theme scores, a radar and a bar chart drawn from that table, and the
 * comparison with the previous assessment when there is one.
 */
final class SummarySheet {

    /** Columns of the theme table. */
    static final int THEME = 0;
    static final int SCORE = 1;
    static final int LEVEL = 2;
    static final int ANSWERED = 3;
    static final int APPLICABLE = 4;
    static final int WEIGHT = 5;
    static final int PREVIOUS = 6;
    static final int CHANGE = 7;
    private static final int LAST_COLUMN = 7;
    /**
     * The charts sit under the table, each across the page: the radar needs the width for the theme
     * names around it (LibreOffice shrinks a radar whose labels do not fit), the bars grow with the
     * number of themes.
     */
    private static final int RADAR_ROWS = 25;
    private static final byte[] GRID_COLOUR = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    /** The previous period's series, in the colour the app's radar gives it. */
    private static final byte[] PREVIOUS_COLOUR = fr.caprse.platform.Palette.PREVIOUS.rgb();

    private final ReportBook book;
    private final XSSFSheet sheet;

    private SummarySheet(ReportBook book) {
        this.book = book;
        this.sheet = book.workbook.createSheet(book.texts.get("report.sheet.summary"));
    }

    static void write(ReportBook book) {
        new SummarySheet(book).write();
    }

    private void write() {
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        Questionnaire questionnaire = book.input.questionnaire();
        Assessment assessment = book.input.assessment();
        AssessmentScore score = book.input.score();
        ReportInput.Previous previous = book.input.previous();
        sheet.setDisplayGridlines(false);
        ReportBook.widths(sheet, 38, 12, 16, 11, 11, 8, 12, 10);

        int r = 0;
        // the questionnaire names the report: a consultant's own questionnaire is not "RSE/RSO" by default
        book.text(ReportBook.row(sheet, r), 0, t.of(questionnaire.title()), s.title);
        ReportBook.row(sheet, r).setHeightInPoints(24);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        r++;
        book.text(ReportBook.row(sheet, r), 0, t.get("report.title") + " · "
                + t.get("report.generated-by", AppInfo.version()), s.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        r += 2;

        r = field(r, t.get("report.summary.organisation"), assessment.organisation().name());
        r = field(r, t.get("report.summary.period"), assessment.period());
        r = field(r, t.get("report.summary.questionnaire"), t.of(questionnaire.title()) + " (" + questionnaire.id() + ")");
        r = field(r, t.get("report.summary.version"), questionnaire.version());
        XSSFRow dateRow = labelRow(r, t.get("report.summary.date"));
        book.date(dateRow, 1, book.generatedDate(), s.valueDate);
        r++;
        XSSFRow overallRow = labelRow(r, t.get("report.summary.overall"));
        if (score.overall() != null) {
            book.number(overallRow, 1, score.overall(), s.valueScore);
        } else {
            book.text(overallRow, 1, t.get("report.summary.not-scored"), s.value);
        }
        overallRow.setHeightInPoints(20);
        r++;
        XSSFRow levelRow = labelRow(r, t.get("report.summary.level"));
        if (score.level() != null) {
            book.text(levelRow, 1, levelText(score.level()), levelStyle(score.level()));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        }
        r++;
        XSSFRow completionRow = labelRow(r, t.get("report.summary.completion"));
        book.number(completionRow, 1, score.completion(), s.valuePercent);
        r++;
        if (previous != null) {
            r = field(r, t.get("report.summary.previous"), previous.period());
            XSSFRow previousRow = labelRow(r, t.get("report.summary.previous-score"));
            if (previous.score().overall() != null) {
                book.number(previousRow, 1, previous.score().overall(), s.valueScore);
            } else {
                book.text(previousRow, 1, t.get("report.summary.not-scored"), s.value);
            }
            r++;
            if (previous.score().overall() != null && score.overall() != null) {
                XSSFRow changeRow = labelRow(r, t.get("report.summary.change"));
                book.number(changeRow, 1, score.overall() - previous.score().overall(), s.valueChange);
                r++;
            }
        }

        r++;
        book.text(ReportBook.row(sheet, r), 0, t.get("report.summary.themes"), s.sectionTitle);
        r++;
        int headerRow = r;
        List<String> titles = new ArrayList<>(List.of(t.get("report.column.theme"),
                t.get("report.column.score-period", assessment.period()), t.get("report.column.level"),
                t.get("report.column.answered"), t.get("report.column.applicable"), t.get("report.column.weight")));
        if (previous != null) {
            titles.add(t.get("report.column.score-period", previous.period()));
            titles.add(t.get("report.column.change"));
        }
        book.header(sheet, headerRow, titles, s.header);
        r++;
        int firstThemeRow = r;
        for (Theme theme : questionnaire.themes()) {
            Optional<ThemeScore> themeScore = score.theme(theme.id());
            XSSFRow row = ReportBook.row(sheet, r);
            book.text(row, THEME, t.of(theme.title()), s.cell);
            Double value = themeScore.map(ThemeScore::score).orElse(null);
            book.number(row, SCORE, value, s.cellScore);
            if (value != null) {
                Integer level = themeScore.get().level();
                book.text(row, LEVEL, level == null ? "" : levelText(level), levelStyle(level));
            } else {
                book.text(row, LEVEL, t.get("report.summary.not-scored"), s.cellMuted);
            }
            book.number(row, ANSWERED, themeScore.map(ThemeScore::answered).orElse(null), s.cellInteger);
            book.number(row, APPLICABLE, themeScore.map(ThemeScore::applicable).orElse(null), s.cellInteger);
            book.number(row, WEIGHT, theme.weight(), s.cellWeight);
            if (previous != null) {
                Double before = previous.score().theme(theme.id()).map(ThemeScore::score).orElse(null);
                book.number(row, PREVIOUS, before, s.cellScore);
                book.number(row, CHANGE, before != null && value != null ? value - before : null, s.cellChange);
            }
            r++;
        }
        int lastThemeRow = r - 1;
        ReportBook.fitRowHeights(sheet, firstThemeRow, lastThemeRow);
        int lastColumn = previous != null ? CHANGE : WEIGHT;
        if (lastThemeRow >= firstThemeRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastThemeRow, 0, lastColumn));
        }

        XSSFRow noteRow = ReportBook.row(sheet, r);
        book.text(noteRow, 0, t.get("report.summary.how"), s.note);
        noteRow.setHeightInPoints(36);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        r += 2;

        if (lastThemeRow >= firstThemeRow) {
            List<Integer> series = previous != null ? List.of(SCORE, PREVIOUS) : List.of(SCORE);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            radar(drawing, r, r + RADAR_ROWS, headerRow, firstThemeRow, lastThemeRow, series);
            r += RADAR_ROWS + 1;
            int barRows = 6 + (int) Math.ceil((lastThemeRow - firstThemeRow + 1) * (0.6 + series.size()));
            bar(drawing, r, r + barRows, headerRow, firstThemeRow, lastThemeRow, series);
            r += barRows;
        }
        book.print(sheet, false, LAST_COLUMN, r, -1, true);
    }

    /** The level's colour, from red (lowest) to green (highest) whatever the number of result levels. */
    private org.apache.poi.xssf.usermodel.XSSFCellStyle levelStyle(Integer level) {
        if (level == null) {
            return book.styles.level(null);
        }
        ResultLevels results = book.input.questionnaire().scale().results();
        return book.styles.level((int) Math.round(results.position(level) * ResultLevels.STANDARD.highest()));
    }

    private String levelText(int level) {
        return level + " – " + book.texts.levelName(book.input.questionnaire().scale().results(), level);
    }

    private XSSFRow labelRow(int r, String label) {
        XSSFRow row = ReportBook.row(sheet, r);
        book.text(row, 0, label, book.styles.label);
        return row;
    }

    private int field(int r, String label, String value) {
        XSSFRow row = labelRow(r, label);
        book.text(row, 1, value, book.styles.value);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COLUMN));
        return r + 1;
    }

    private void radar(XSSFDrawing drawing, int top, int bottom, int headerRow, int first, int last, List<Integer> columns) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, LAST_COLUMN + 1, bottom));
        chart.setTitleText(book.texts.get("report.chart.radar"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // a theme that is not scored has an empty cell: a gap, not a zero
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        scale(values);
        values.getOrAddMajorGridProperties().setLineProperties(
                new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(GRID_COLOUR))));
        // LibreOffice leaves a radar small in a wide frame unless the plot area is placed explicitly
        XDDFManualLayout layout = chart.getOrAddManualLayout();
        layout.setTarget(LayoutTarget.INNER);
        layout.setXMode(LayoutMode.EDGE);
        layout.setYMode(LayoutMode.EDGE);
        layout.setX(0.3);
        layout.setY(0.2);
        layout.setWidthRatio(0.4);
        layout.setHeightRatio(0.62);
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, categories, values);
        data.setStyle(RadarStyle.MARKER);
        data.setVaryColors(false);
        addSeries(data, headerRow, first, last, columns, true);
        chart.plot(data);
    }

    private void bar(XSSFDrawing drawing, int top, int bottom, int headerRow, int first, int last, List<Integer> columns) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, LAST_COLUMN + 1, bottom));
        chart.setTitleText(book.texts.get("report.chart.bar"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // a theme that is not scored has an empty cell: a gap, not a zero
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // first theme at the top, as in the table
        categories.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        scale(values);
        values.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        addSeries(data, headerRow, first, last, columns, false);
        chart.plot(data);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            CTDLbls labels = ((XDDFBarChartData.Series) data.getSeries(i)).getCTBarSer().addNewDLbls();
            labels.addNewNumFmt().setFormatCode("0.0");
            labels.getNumFmt().setSourceLinked(false);
            labels.addNewShowVal().setVal(true);
            labels.addNewShowLegendKey().setVal(false);
            labels.addNewShowCatName().setVal(false);
            labels.addNewShowSerName().setVal(false);
            labels.addNewShowPercent().setVal(false);
            labels.addNewShowBubbleSize().setVal(false);
        }
    }

    private static void scale(XDDFValueAxis values) {
        values.setNumberFormat("0");
        values.setMinimum(0);
        values.setMaximum(100);
        values.setMajorUnit(20);
    }

    private void addSeries(XDDFChartData data, int headerRow, int first, int last, List<Integer> columns, boolean line) {
        XDDFDataSource<String> categories =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, THEME, THEME));
        for (int column : columns) {
            XDDFNumericalDataSource<Double> values =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
            XDDFChartData.Series series = data.addSeries(categories, values);
            String title = sheet.getRow(headerRow).getCell(column).getStringCellValue();
            series.setTitle(title, new CellReference(sheet.getSheetName(), headerRow, column, true, true));
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(
                    XDDFColor.from(column == SCORE ? ReportStyles.TEAL : PREVIOUS_COLOUR));
            if (line) {
                XDDFLineProperties stroke = new XDDFLineProperties(fill);
                stroke.setWidth(2.0);
                series.setLineProperties(stroke);
            } else {
                series.setFillProperties(fill);
            }
        }
    }
}
