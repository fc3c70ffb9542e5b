package fr.caprse.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * A workbook from outside read as a stream: only the sheets asked for are parsed, cell by cell, with
 * the shared strings; nothing else (styles, charts, the human sheets) is loaded. Opened with the same
 * checks as {@link SafeWorkbooks} (size, kind, zip-bomb limits), and any XML that declares a document
 * type (the way external entities are smuggled in) is refused.
 */
final class StreamedWorkbook implements AutoCloseable {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final String file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private ReadOnlySharedStringsTable strings;
    private Map<String, List<StreamedSheet.Line>> sheets;

    private StreamedWorkbook(String file, OPCPackage pkg) throws ReportReadException {
        this.file = file;
        this.pkg = pkg;
        try {
            this.reader = new XSSFReader(pkg, true);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw SafeWorkbooks.refusal(file, e);
        }
    }

    static StreamedWorkbook open(Path path) throws ReportReadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        OPCPackage pkg = SafeWorkbooks.openPackage(path);
        try {
            return new StreamedWorkbook(name, pkg);
        } catch (ReportReadException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** The sheet named {@code name} as records, or null when the workbook has no such sheet. */
    Records sheet(String name, List<String> required) throws ReportReadException {
        if (sheets == null) {
            sheets = new HashMap<>();
            try {
                XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (iterator.hasNext()) {
                    try (InputStream in = iterator.next()) {
                        String sheetName = iterator.getSheetName();
                        if (sheetName.equals(ReportFormat.META) || sheetName.equals(ReportFormat.DATA)) {
                            sheets.put(sheetName, parse(sheetName, in));
                        }
                    }
                }
            } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
                throw SafeWorkbooks.refusal(file, e);
            }
        }
        List<StreamedSheet.Line> rows = sheets.get(name);
        if (rows == null) {
            return null;
        }
        StreamedSheet.Line header = rows.stream().filter(r -> r.rowNumber() == 0).findFirst().orElse(null);
        return new StreamedSheet(file, name, header, StreamedSheet.records(rows), required);
    }

    private ReadOnlySharedStringsTable strings() throws ReportReadException {
        if (strings == null) {
            try {
                strings = new ReadOnlySharedStringsTable(pkg, false);
            } catch (IOException | SAXException | RuntimeException e) {
                throw SafeWorkbooks.refusal(file, e);
            }
        }
        return strings;
    }

    private List<StreamedSheet.Line> parse(String sheetName, InputStream in) throws XMLStreamException, ReportReadException {
        List<StreamedSheet.Line> rows = new ArrayList<>();
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            int rowNumber = -1;
            Map<Integer, StreamedSheet.Cell> cells = null;
            int column = -1;
            String type = null;
            String value = null;
            String formula = null;
            StringBuilder inline = null;
            boolean inValue = false;
            boolean inFormula = false;
            boolean inInlineText = false;
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw SafeWorkbooks.entityRefusal(file);
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "row" -> {
                                String r = xml.getAttributeValue(null, "r");
                                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r) - 1;
                                cells = new HashMap<>();
                                column = -1;
                                if (rows.size() >= SafeWorkbooks.MAX_ROWS) {
                                    throw new ReportReadException(file + ": sheet " + sheetName + " has more than "
                                            + SafeWorkbooks.MAX_ROWS + " rows; at most " + SafeWorkbooks.MAX_ROWS + " are read");
                                }
                            }
                            case "c" -> {
                                String r = xml.getAttributeValue(null, "r");
                                column = r == null ? column + 1 : new CellReference(r).getCol();
                                type = xml.getAttributeValue(null, "t");
                                value = null;
                                formula = null;
                                inline = null;
                            }
                            case "v" -> {
                                inValue = true;
                                text.setLength(0);
                            }
                            case "f" -> {
                                inFormula = true;
                                text.setLength(0);
                            }
                            case "is" -> inline = new StringBuilder();
                            case "t" -> {
                                if (inline != null) {
                                    inInlineText = true;
                                    text.setLength(0);
                                }
                            }
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inValue || inFormula || inInlineText) {
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw SafeWorkbooks.entityRefusal(file);
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "v" -> {
                                inValue = false;
                                value = text.toString();
                            }
                            case "f" -> {
                                inFormula = false;
                                formula = text.toString();
                            }
                            case "t" -> {
                                if (inInlineText) {
                                    inInlineText = false;
                                    inline.append(text);
                                }
                            }
                            case "c" -> {
                                if (cells != null && column >= 0) {
                                    StreamedSheet.Cell cell = cell(type, value, formula, inline);
                                    if (cell != null) {
                                        cells.put(column, cell);
                                    }
                                }
                                inline = null;
                            }
                            case "row" -> {
                                if (cells != null && !cells.isEmpty()) {
                                    rows.add(new StreamedSheet.Line(rowNumber, cells));
                                }
                                cells = null;
                            }
                            default -> {
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
        return rows;
    }

    /** A cell as {@link SheetTable} would read it; null when it holds nothing. */
    private StreamedSheet.Cell cell(String type, String value, String formula, StringBuilder inline)
            throws ReportReadException {
        if (formula != null && !formula.isEmpty()) {
            return new StreamedSheet.Cell(null, formula, false);
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "e":
                return new StreamedSheet.Cell(null, null, true);
            case "s": {
                if (value == null || value.isBlank()) {
                    return null;
                }
                int index;
                try {
                    index = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw new ReportReadException(file + ": damaged workbook (a text cell points at \"" + value + "\")");
                }
                ReadOnlySharedStringsTable table = strings();
                if (index < 0 || index >= table.getCount()) {
                    throw new ReportReadException(file + ": damaged workbook (a text cell points at a missing text)");
                }
                String s = table.getItemAt(index).getString();
                return s == null || s.isEmpty() ? null : new StreamedSheet.Cell(s, null, false);
            }
            case "inlineStr":
                return inline == null || inline.length() == 0 ? null : new StreamedSheet.Cell(inline.toString(), null, false);
            case "str":
                return value == null || value.isEmpty() ? null : new StreamedSheet.Cell(value, null, false);
            case "b":
                return value == null ? null
                        : new StreamedSheet.Cell("1".equals(value.strip()) || "true".equals(value.strip())
                                ? ReportFormat.TRUE : ReportFormat.FALSE, null, false);
            default: {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return new StreamedSheet.Cell(SheetTable.plain(Double.parseDouble(value.strip())), null, false);
                } catch (NumberFormatException e) {
                    throw new ReportReadException(file + ": damaged workbook (a number cell holds \"" + value + "\")");
                }
            }
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
