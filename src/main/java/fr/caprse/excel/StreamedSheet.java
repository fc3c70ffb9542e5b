package fr.caprse.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * A machine-readable sheet read from its XML as a stream (no cell objects, no styles): what
 * {@link StreamedWorkbook} hands to the report reader. Each cell keeps its stored text and whether it
 * held a formula or an error value, which are refused as {@link SheetTable} refuses them.
 */
final class StreamedSheet implements Records {

    /**
     * A stored cell: its text as {@link SheetTable#text} gives it, or a formula or error marker. A number is
     * kept as stored and written in plain decimal only when the cell is read (most number cells of a data
     * sheet, the score columns, never are).
     */
    record Cell(String stored, String formula, boolean error, boolean number) {
        Cell(String text, String formula, boolean error) {
            this(text, formula, error, false);
        }

        /** A number cell holding {@code value} as stored. */
        static Cell number(String value) {
            return new Cell(value, null, false, true);
        }

        /** The text, in plain decimal for a number (3 for 3.0, 182.5); {@code file} names a damaged one. */
        String text(String file) throws ReportReadException {
            if (!number || stored == null) {
                return stored;
            }
            try {
                return SheetTable.plain(Double.parseDouble(stored.strip()));
            } catch (NumberFormatException e) {
                throw new ReportReadException(file + ": damaged workbook (a number cell holds \"" + stored + "\")");
            }
        }
    }

    /** A non-empty row: its 0-based row number and its cells by 0-based column. */
    record Line(int rowNumber, Map<Integer, Cell> cells) {
    }

    private final String file;
    private final String sheetName;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Line> lines;

    StreamedSheet(String file, String sheetName, Line header, List<Line> lines, List<String> required)
            throws ReportReadException {
        this.file = file;
        this.sheetName = sheetName;
        this.lines = List.copyOf(lines);
        if (header != null) {
            for (Map.Entry<Integer, Cell> entry : header.cells().entrySet()) {
                String name = entry.getValue().text(file);
                if (name == null || entry.getValue().formula() != null) {
                    continue;
                }
                name = name.trim().toLowerCase(Locale.ROOT);
                if (columns.putIfAbsent(name, entry.getKey()) != null) {
                    throw new ReportReadException(file + ": " + sheetName + "!"
                            + new CellReference(0, entry.getKey()).formatAsString(false) + ": column " + name
                            + " appears twice in the header row");
                }
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new ReportReadException(file + ": sheet " + sheetName + " has no column " + column
                        + " in its first row; its columns must keep their names (see docs/excel-report.md)");
            }
        }
    }

    /** The rows after the header that hold anything (what {@link SheetTable} counts as records). */
    static List<Line> records(List<Line> rows) {
        List<Line> records = new ArrayList<>();
        for (Line line : rows) {
            if (line.rowNumber() == 0) {
                continue;
            }
            boolean empty = line.cells().values().stream()
                    .allMatch(c -> c.formula() == null && !c.error() && c.stored() == null);
            if (!empty) {
                records.add(line);
            }
        }
        return records;
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    @Override
    public String text(int record, String column) throws ReportReadException {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        Line line = lines.get(record);
        Cell cell = line.cells().get(index);
        if (cell == null) {
            return null;
        }
        if (cell.formula() != null) {
            throw new ReportReadException(file + ": " + where(record, column) + ": holds a formula (" + cell.formula()
                    + "); formulas are never evaluated: type the value itself");
        }
        if (cell.error()) {
            throw new ReportReadException(file + ": " + where(record, column) + ": holds an error value; type the value itself");
        }
        return cell.text(file);
    }

    @Override
    public String where(int record, String column) {
        int index = columns.getOrDefault(column, 0);
        return sheetName + "!" + new CellReference(lines.get(record).rowNumber(), index).formatAsString(false);
    }

    @Override
    public String file() {
        return file;
    }
}
