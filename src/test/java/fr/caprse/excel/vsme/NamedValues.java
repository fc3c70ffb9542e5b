package fr.caprse.excel.vsme;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The text values of a list range of the template, given by name or by reference. */
final class NamedValues {

    private NamedValues() {
    }

    static List<String> of(XSSFWorkbook workbook, String name) throws NamedCells.BrokenName {
        NamedCells.Area area = NamedCells.area(workbook, name);
        return values(area.sheet(), area.firstRow(), area.lastRow(), area.firstColumn());
    }

    static List<String> ofReference(XSSFWorkbook workbook, String reference) throws NamedCells.BrokenName {
        if (workbook.getName(reference) != null) {
            return of(workbook, reference);
        }
        AreaReference area = new AreaReference(reference, SpreadsheetVersion.EXCEL2007);
        CellReference first = area.getFirstCell();
        return values(workbook.getSheet(first.getSheetName()), first.getRow(), area.getLastCell().getRow(), first.getCol());
    }

    private static List<String> values(Sheet sheet, int firstRow, int lastRow, int column) {
        List<String> values = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
