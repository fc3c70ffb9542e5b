package fr.caprse.excel.vsme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/** Finds the cells of the template's named ranges, and cells beside them. */
final class NamedCells {

    private static final Pattern OFFSET = Pattern.compile("(?:r([+-]\\d+))?(?:c([+-]\\d+))?");

    /** Where a name points: the sheet and the rectangle of cells. */
    record Area(String name, Sheet sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {

        /** The cell at {@code rowOffset}, {@code columnOffset} from the first cell. */
        Place at(int rowOffset, int columnOffset) {
            return new Place(name, sheet, firstRow + rowOffset, firstColumn + columnOffset);
        }

        int rows() {
            return lastRow - firstRow + 1;
        }
    }

    /** One cell of the template, with the name it was found through (for messages). */
    record Place(String name, Sheet sheet, int row, int column) {

        /** "'Social Disclosures'!D140" */
        String address() {
            return sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString();
        }

        /** "Name@D140": how the export records, in the file, a datapoint cell it wrote. */
        String written() {
            return name + "@" + new CellReference(row, column).formatAsString(false);
        }

        Cell cell() {
            Row r = sheet.getRow(row);
            return r == null ? null : r.getCell(column);
        }

        Cell cellForWriting() {
            Row r = sheet.getRow(row);
            if (r == null) {
                r = sheet.createRow(row);
            }
            Cell c = r.getCell(column);
            return c == null ? r.createCell(column) : c;
        }
    }

    /** A name that is missing, or points nowhere. */
    static final class BrokenName extends Exception {
        BrokenName(String message) {
            super(message);
        }
    }

    private NamedCells() {
    }

    /** The area of {@code name}; {@link BrokenName} when it is missing, points to #REF! or to no sheet. */
    static Area area(Workbook workbook, String name) throws BrokenName {
        Name defined = workbook.getName(name);
        if (defined == null) {
            throw new BrokenName("the named range " + name + " is missing");
        }
        String formula;
        try {
            formula = defined.getRefersToFormula();
        } catch (RuntimeException e) {
            throw new BrokenName("the named range " + name + " cannot be read (" + e.getMessage() + ")");
        }
        if (formula == null || formula.contains("#REF!")) {
            throw new BrokenName("the named range " + name + " points to #REF! (its cells were deleted)");
        }
        AreaReference reference;
        try {
            reference = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        } catch (RuntimeException e) {
            throw new BrokenName("the named range " + name + " points to " + formula + ", not to cells");
        }
        CellReference first = reference.getFirstCell();
        CellReference last = reference.getLastCell();
        Sheet sheet = first.getSheetName() == null ? null : workbook.getSheet(first.getSheetName());
        if (sheet == null) {
            throw new BrokenName("the named range " + name + " points to a sheet that is not there (" + formula + ")");
        }
        return new Area(name, sheet, first.getRow(), first.getCol(), last.getRow(), last.getCol());
    }

    /** The cell a mapping row designates: "." or offsets such as "r-3", "c+2", "r-2c+4". */
    static Place place(Workbook workbook, String name, String cell) throws BrokenName {
        Area area = area(workbook, name);
        if (cell.equals(".")) {
            return area.at(0, 0);
        }
        Matcher m = OFFSET.matcher(cell);
        if (!m.matches()) {
            throw new IllegalStateException("cell " + cell + " of " + name + " is neither '.' nor an offset");
        }
        int rows = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int columns = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return area.at(rows, columns);
    }
}
