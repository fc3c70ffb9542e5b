package fr.caprse.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One report being built: the workbook, its styles and texts, what it shows, and the few ways a cell
 * is written. Every string goes through {@link #text}, which never makes a formula and quote-prefixes
 * text that looks like one.
 */
final class ReportBook {

    /** The most characters a cell holds (Excel's limit). */
    static final int MAX_CELL_TEXT = 32_767;
    /** Height of a line of 10-point Arial. */
    static final float LINE_POINTS = 12.75f;

    final XSSFWorkbook workbook;
    final ReportStyles styles;
    final ReportTexts texts;
    final ReportInput input;
    final Instant generated;
    final ZoneId zone;

    ReportBook(XSSFWorkbook workbook, ReportTexts texts, ReportInput input, Instant generated, ZoneId zone) {
        this.workbook = workbook;
        this.texts = texts;
        this.styles = new ReportStyles(workbook, texts.get("report.date-format"));
        this.input = input;
        this.generated = generated;
        this.zone = zone;
    }

    LocalDate generatedDate() {
        return generated.atZone(zone).toLocalDate();
    }

    static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** A text cell for people: long texts are cut at the cell limit with an ellipsis. */
    XSSFCell text(XSSFRow row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (value == null || value.isEmpty()) {
            cell.setCellStyle(style);
            return cell;
        }
        String shown = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
        cell.setCellValue(shown);
        cell.setCellStyle(styles.forText(style, shown));
        return cell;
    }

    /**
     * A text cell that must be read back exactly (machine-readable sheets): a text too long for a
     * cell is an error rather than a silent cut.
     */
    XSSFCell exactText(XSSFRow row, int column, String value, XSSFCellStyle style, String what) {
        if (value != null && value.length() > MAX_CELL_TEXT) {
            throw new IllegalArgumentException(what + " is " + value.length() + " characters long; an Excel cell holds at most "
                    + MAX_CELL_TEXT + ": shorten it before exporting");
        }
        return text(row, column, value, style);
    }

    XSSFCell number(XSSFRow row, int column, Number value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
        return cell;
    }

    XSSFCell date(XSSFRow row, int column, LocalDate value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** A header row of a table, with the given column titles. */
    void header(XSSFSheet sheet, int rowIndex, List<String> titles, XSSFCellStyle style) {
        XSSFRow row = row(sheet, rowIndex);
        for (int i = 0; i < titles.size(); i++) {
            text(row, i, titles.get(i), style);
        }
    }

    /**
     * Sets the height of rows {@code first..last} to fit their wrapped text (neither Excel nor LibreOffice
     * does it when opening a file): lines of each cell estimated from its column width.
     */
    static void fitRowHeights(XSSFSheet sheet, int first, int last) {
        for (int r = first; r <= last; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int lines = 1;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                double width = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256.0);
                int cellLines = 0;
                for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
                    cellLines += Math.max(1, (int) Math.ceil(paragraph.length() * 0.9 / width));
                }
                lines = Math.max(lines, cellLines);
            }
            row.setHeightInPoints(Math.min(409, lines * LINE_POINTS + 3));
        }
    }

    static void widths(XSSFSheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /**
     * Print set-up of a sheet: A4, fit to the page width, the given area, the table's header row repeated
     * on every page, organisation and period in the page header, page numbers in the footer.
     */
    void print(XSSFSheet sheet, boolean landscape, int lastColumn, int lastRow, int headerRow, boolean onePage) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) (onePage ? 1 : 0));
        sheet.setHorizontallyCenter(onePage);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.7);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, Math.max(0, lastRow));
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        String organisation = input.assessment().organisation().name() + " · " + input.assessment().period();
        sheet.getHeader().setLeft(escapeHeaderFooter(organisation));
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setCenter(texts.get("report.footer.page"));
    }

    /**
     * A machine-readable sheet: grey tab, frozen header, filter, landscape page set-up, hidden and kept off
     * paper ({@link #offPaper}).
     */
    void machineSheet(XSSFSheet sheet, int columns, int lastRow) {
        sheet.setTabColor(new XSSFColor(ReportStyles.GREY, null));
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, columns - 1));
        print(sheet, true, columns - 1, lastRow, 0, false);
        offPaper(workbook, sheet);
    }

    /**
     * Hides a sheet written for machines and keeps it off paper everywhere. Excel never prints a hidden
     * sheet, but LibreOffice prints (and exports to PDF) every sheet, hidden or "very hidden" alike, unless
     * there is nothing to print: so the print area is one blank cell right of everything the sheet holds,
     * and LibreOffice leaves the empty page out. Import, aggregate and pandas read the sheet by name as
     * before; someone who wants it on paper shows it and clears its print area (docs/excel-report.md).
     */
    static void offPaper(XSSFWorkbook workbook, XSSFSheet sheet) {
        int index = workbook.getSheetIndex(sheet);
        workbook.setSheetVisibility(index, SheetVisibility.HIDDEN);
        // below and right of every row and column written, so that no content and no row or column style
        // reaches it (a styled blank cell makes a page); no title rows to repeat on it either
        int blankColumn = 0;
        for (Row row : sheet) {
            blankColumn = Math.max(blankColumn, row.getLastCellNum());
        }
        blankColumn += 1;
        int blankRow = sheet.getLastRowNum() + 2;
        sheet.setRepeatingRows(null);
        workbook.setPrintArea(index, blankColumn, blankColumn, blankRow, blankRow);
    }

    /** In page headers and footers {@code &} starts a code: a literal one is doubled. */
    static String escapeHeaderFooter(String text) {
        return text.replace("&", "&&");
    }
}
