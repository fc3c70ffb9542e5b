package fr.caprse.excel;

import fr.caprse.platform.Palette;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of a report, created once per workbook here and nowhere else (a workbook holds at
 * most 64,000 styles, and one style per cell would also make the file slow to open).
 *
 * <p>Text that did not come from the report itself (answers, comments, names, questionnaire texts) is
 * written through {@link #forText}: when it starts with {@code = + - @} (or a tab or carriage return),
 * the cell gets a twin of its style with the quote prefix set, so that neither Excel nor LibreOffice
 * turns it into a formula when a person edits the cell later.
 */
final class ReportStyles {

    static final String FONT = "Arial";
    static final int BODY_POINTS = 10;
    /** The brand colour (titles, headers, this period's chart series): {@link Palette#BRAND}, as in the app. */
    static final byte[] TEAL = Palette.BRAND.rgb();
    static final byte[] GREY = Palette.GREY.rgb();
    private static final byte[] LIGHT_TEAL = Palette.BRAND_SOFT.rgb();
    private static final byte[] BORDER_GREY = Palette.BORDER.rgb();
    private static final byte[] DATA_HEADER = rgb(0xE7, 0xE6, 0xE6);
    /**
     * Level 0 (not engaged) to 4 (exemplary): tints of the app's level colours ({@link Palette#level}),
     * light enough to read black text on and to print in black and white.
     */
    private static final byte[][] LEVEL_FILLS = {Palette.LEVEL_0.tint(0.75), Palette.LEVEL_1.tint(0.75),
        Palette.LEVEL_2.tint(0.75), Palette.LEVEL_3.tint(0.7), Palette.LEVEL_4.tint(0.7)};

    private final XSSFWorkbook workbook;
    private final Map<Short, XSSFCellStyle> quotedTwins = new HashMap<>();

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle sectionTitle;
    final XSSFCellStyle label;
    final XSSFCellStyle value;
    final XSSFCellStyle valueScore;
    final XSSFCellStyle valuePercent;
    final XSSFCellStyle valueChange;
    final XSSFCellStyle valueDate;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle cell;
    final XSSFCellStyle cellCentered;
    final XSSFCellStyle cellMuted;
    final XSSFCellStyle cellScore;
    final XSSFCellStyle cellPercent;
    final XSSFCellStyle cellDecimal;
    final XSSFCellStyle cellWeight;
    final XSSFCellStyle cellInteger;
    final XSSFCellStyle cellChange;
    final XSSFCellStyle cellDate;
    final XSSFCellStyle cellBold;
    private final XSSFCellStyle[] levels = new XSSFCellStyle[LEVEL_FILLS.length];
    final XSSFCellStyle dataHeader;
    final XSSFCellStyle dataText;
    final XSSFCellStyle dataNumber;

    ReportStyles(XSSFWorkbook workbook, String dateFormat) {
        this.workbook = workbook;
        // Arial everywhere, the default font included: Excel has it and LibreOffice draws it with the
        // metric-compatible Liberation Sans, so text wraps (and rows fit) the same in both.
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) BODY_POINTS);
        base.setScheme(FontScheme.NONE);
        short dateFmt = workbook.createDataFormat().getFormat(dateFormat);
        short scoreFmt = workbook.createDataFormat().getFormat("0.0");
        short percentFmt = workbook.createDataFormat().getFormat("0%");
        short changeFmt = workbook.createDataFormat().getFormat("+0.0;-0.0;0.0");
        short decimalFmt = workbook.createDataFormat().getFormat("0.00");
        short weightFmt = workbook.createDataFormat().getFormat("General");
        short integerFmt = workbook.createDataFormat().getFormat("0");

        XSSFFont titleFont = font(16, true, false, TEAL);
        XSSFFont subtitleFont = font(9, false, true, GREY);
        XSSFFont sectionFont = font(12, true, false, TEAL);
        XSSFFont boldFont = font(BODY_POINTS, true, false, null);
        XSSFFont bigFont = font(14, true, false, TEAL);
        XSSFFont headerFont = font(BODY_POINTS, true, false, rgb(0xFF, 0xFF, 0xFF));
        XSSFFont mutedFont = font(BODY_POINTS, false, true, GREY);
        XSSFFont noteFont = font(8, false, true, GREY);

        title = style(titleFont);
        subtitle = style(subtitleFont);
        sectionTitle = style(sectionFont);
        label = style(boldFont);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        value = style(null);
        value.setWrapText(true);
        value.setVerticalAlignment(VerticalAlignment.TOP);
        value.setAlignment(HorizontalAlignment.LEFT);
        valueScore = style(bigFont);
        valueScore.setDataFormat(scoreFmt);
        valueScore.setAlignment(HorizontalAlignment.LEFT);
        valuePercent = style(null);
        valuePercent.setDataFormat(percentFmt);
        valuePercent.setAlignment(HorizontalAlignment.LEFT);
        valueChange = style(boldFont);
        valueChange.setDataFormat(changeFmt);
        valueChange.setAlignment(HorizontalAlignment.LEFT);
        valueDate = style(null);
        valueDate.setDataFormat(dateFmt);
        valueDate.setAlignment(HorizontalAlignment.LEFT);
        note = style(noteFont);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(headerFont);
        header.setFillForegroundColor(new XSSFColor(TEAL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        cell = bordered(null);
        cell.setWrapText(true);
        cellCentered = bordered(null);
        cellCentered.setAlignment(HorizontalAlignment.CENTER);
        cellMuted = bordered(mutedFont);
        cellMuted.setWrapText(true);
        cellBold = bordered(boldFont);
        cellBold.setWrapText(true);
        cellBold.setFillForegroundColor(new XSSFColor(LIGHT_TEAL, null));
        cellBold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cellScore = number(scoreFmt);
        cellPercent = number(percentFmt);
        cellDecimal = number(decimalFmt);
        cellWeight = number(weightFmt);
        cellInteger = number(integerFmt);
        cellChange = number(changeFmt);
        cellDate = number(dateFmt);
        for (int level = 0; level < levels.length; level++) {
            levels[level] = bordered(null);
            levels[level].setFillForegroundColor(new XSSFColor(LEVEL_FILLS[level], null));
            levels[level].setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        dataHeader = style(boldFont);
        dataHeader.setFillForegroundColor(new XSSFColor(DATA_HEADER, null));
        dataHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        dataText = style(null);
        dataNumber = style(null);
        dataNumber.setDataFormat(weightFmt);
    }

    /** The style of a cell showing a maturity level (0 to 4), coloured from red to green. */
    XSSFCellStyle level(Integer level) {
        return level == null || level < 0 || level >= levels.length ? cellCentered : levels[level];
    }

    /**
     * {@code base}, or its quote-prefixed twin when {@code text} would start a formula in a spreadsheet
     * ({@code = + - @}, tab, carriage return).
     */
    XSSFCellStyle forText(XSSFCellStyle base, String text) {
        if (!looksLikeFormula(text)) {
            return base;
        }
        return quotedTwins.computeIfAbsent(base.getIndex(), index -> {
            XSSFCellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(base);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private XSSFCellStyle number(short format) {
        XSSFCellStyle style = bordered(null);
        style.setDataFormat(format);
        return style;
    }

    private XSSFCellStyle bordered(XSSFFont font) {
        XSSFCellStyle style = style(font);
        XSSFColor border = new XSSFColor(BORDER_GREY, null);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setTopBorderColor(border);
        style.setBottomBorderColor(border);
        style.setLeftBorderColor(border);
        style.setRightBorderColor(border);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFCellStyle style(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private XSSFFont font(int points, boolean bold, boolean italic, byte[] colour) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        if (colour != null) {
            font.setColor(new XSSFColor(colour, null));
        }
        return font;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
