package fr.caprse.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * A table of a machine-readable sheet: a header row of column names, then one record per row. Columns
 * are found by name (not position) and cells read as they were stored, whatever a spreadsheet did when
 * saving again: a number may come back as a number or as text, an empty cell may be missing, a yes/no
 * may be a word or a boolean. Formulas are refused, never evaluated.
 */
final class SheetTable implements Records {

    private final String file;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<Row> records;

    SheetTable(String file, Sheet sheet, List<String> required) throws ReportReadException {
        this.file = file;
        this.sheet = sheet;
        if (sheet.getPhysicalNumberOfRows() > SafeWorkbooks.MAX_ROWS) {
            throw new ReportReadException(file + ": sheet " + sheet.getSheetName() + " has "
                    + sheet.getPhysicalNumberOfRows() + " rows; at most " + SafeWorkbooks.MAX_ROWS + " are read");
        }
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell cell : header) {
                String name = text(cell);
                if (name == null) {
                    continue;
                }
                name = name.trim().toLowerCase(Locale.ROOT);
                if (columns.putIfAbsent(name, cell.getColumnIndex()) != null) {
                    throw error(cell, "column " + name + " appears twice in the header row");
                }
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new ReportReadException(file + ": sheet " + sheet.getSheetName() + " has no column " + column
                        + " in its first row; its columns must keep their names (see docs/excel-report.md)");
            }
        }
    }

    /** The rows under the header that hold anything, in order. */
    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            boolean empty = true;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK
                        && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty())) {
                    empty = false;
                    break;
                }
            }
            if (!empty) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The record at {@code index} of {@link #rows()}. */
    Row record(int index) {
        if (records == null) {
            records = rows();
        }
        return records.get(index);
    }

    @Override
    public int size() {
        if (records == null) {
            records = rows();
        }
        return records.size();
    }

    @Override
    public String text(int record, String column) throws ReportReadException {
        return text(record(record), column);
    }

    @Override
    public String where(int record, String column) {
        return where(record(record), column);
    }

    @Override
    public String file() {
        return file;
    }

    /** {@code data!D14}: where a cell is, as a person finds it in the spreadsheet. */
    private String where(Row row, String column) {
        int index = columns.getOrDefault(column, 0);
        return sheet.getSheetName() + "!" + new CellReference(row.getRowNum(), index).formatAsString(false);
    }

    /** The cell's content as text exactly as stored, or null when empty or the column is absent. */
    private String text(Row row, String column) throws ReportReadException {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        Cell cell = row.getCell(index);
        return checked(cell);
    }

    /** {@code true}/{@code false} as written, or as a spreadsheet or a person may have retyped it; else null. */
    static Boolean yesNo(String token) {
        return switch (token.strip().toLowerCase(Locale.ROOT)) {
            case "true", "vrai", "yes", "oui", "1" -> true;
            case "false", "faux", "no", "non", "0" -> false;
            default -> null;
        };
    }

    /** A date written as ISO text (2027-06-30) or typed as a date in a spreadsheet. */
    LocalDate date(int record, String column, String context) throws ReportReadException {
        Row row = record(record);
        Integer index = columns.get(column);
        Cell cell = index == null ? null : row.getCell(index);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String token = token(record, column);
        if (token == null) {
            return null;
        }
        try {
            return LocalDate.parse(token);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ReportReadException(file + ": " + where(record, column) + context + ": \"" + token
                    + "\" is not a date; write it as 2027-06-30");
        }
    }

    private ReportReadException error(Cell cell, String message) {
        return new ReportReadException(file + ": " + sheet.getSheetName() + "!"
                + new CellReference(cell).formatAsString(false) + ": " + message);
    }

    private String checked(Cell cell) throws ReportReadException {
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            throw error(cell, "holds a formula (" + cell.getCellFormula() + "); formulas are never evaluated: "
                    + "type the value itself");
        }
        if (cell != null && cell.getCellType() == CellType.ERROR) {
            throw error(cell, "holds an error value; type the value itself");
        }
        return text(cell);
    }

    /** A stored value as text: numbers in plain decimal (3, 182.5), booleans as true/false. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            case NUMERIC -> plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? ReportFormat.TRUE : ReportFormat.FALSE;
            default -> null;
        };
    }

    /** The shortest decimal that reads back as {@code value}: 3 for 3.0, 182.5, 0.1 for 0.1. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
