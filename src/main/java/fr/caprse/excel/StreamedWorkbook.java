package fr.caprse.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * A workbook from outside read as a stream, lean: the zip is opened directly (no package model), the
 * workbook's sheet list and relationships are read to find the parts, the shared strings are parsed once
 * into an array, and only the sheets asked for are parsed, cell by cell; nothing else (styles, charts,
 * the human sheets) is unpacked. Opened with the same checks as {@link SafeWorkbooks} (size, kind, zip
 * directory), every part unpacked under the same zip-bomb limits, and any XML that declares a document
 * type (the way external entities are smuggled in) is refused, each in the same plain words.
 */
final class StreamedWorkbook implements AutoCloseable {

    /**
     * A secure StAX factory (no DTD processing, no external entities, no namespace processing) for the parts
     * the scanner leaves to a general parser; elements are read by name alone (a prefix is dropped).
     */
    private static final XMLInputFactory PLAIN = plain();
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    /** The most characters of shared text read from one workbook (what POI's limit on text size allows). */
    static final long MAX_TEXT = 10_000_000L;
    /** A part up to this size is read whole and scanned by hand (a report's data sheet is about 70 kB). */
    static final long WHOLE = 8L * 1024 * 1024;
    /** The sheets a report is read from. */
    private static final List<String> READ = List.of(ReportFormat.META, ReportFormat.DATA);

    private final String file;
    private final ZipFile zip;
    /** Sheet name → zip entry of its XML, in the workbook's order. */
    private final Map<String, String> sheetParts = new LinkedHashMap<>();
    /** The names the workbook defines (named ranges), in lower case. */
    private final java.util.Set<String> definedNames = new java.util.HashSet<>();
    private final String stringsPart;
    private String[] strings;
    private long unpackedTotal;
    private final Map<String, List<StreamedSheet.Line>> parsed = new HashMap<>();

    private StreamedWorkbook(String file, ZipFile zip) throws ReportReadException {
        this.file = file;
        this.zip = zip;
        String workbookPart = null;
        for (Relationship r : relationships(PACKAGE_RELATIONSHIPS, "")) {
            if (r.type().endsWith("/officeDocument")) {
                workbookPart = r.target();
            }
        }
        if (workbookPart == null || zip.getEntry(workbookPart) == null) {
            throw SafeWorkbooks.notAWorkbook(file);
        }
        String folder = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
        String relsPart = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
        Map<String, String> targets = new HashMap<>();
        String shared = null;
        for (Relationship r : relationships(relsPart, folder)) {
            targets.put(r.id(), r.target());
            if (r.type().endsWith("/sharedStrings")) {
                shared = r.target();
            }
        }
        stringsPart = shared;
        sheets(workbookPart, targets);
    }

    private static XMLInputFactory plain() {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }

    static StreamedWorkbook open(Path path) throws ReportReadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        ZipFile zip = SafeWorkbooks.openZip(path);
        try {
            return new StreamedWorkbook(name, zip);
        } catch (ReportReadException | RuntimeException e) {
            close(zip);
            throw e;
        }
    }

    /** The sheet named {@code name} as records, or null when the workbook has no such sheet. */
    Records sheet(String name, List<String> required) throws ReportReadException {
        if (!READ.contains(name)) {
            throw new IllegalArgumentException("only " + READ + " are read streamed, not " + name);
        }
        if (parsed.isEmpty()) {
            // every sheet read is checked before any is used, as a whole reading would
            for (String sheetName : READ) {
                String part = sheetParts.get(sheetName);
                if (part != null) {
                    parsed.put(sheetName, parse(sheetName, part));
                }
            }
        }
        List<StreamedSheet.Line> rows = parsed.get(name);
        if (rows == null) {
            return null;
        }
        StreamedSheet.Line header = null;
        for (StreamedSheet.Line row : rows) {
            if (row.rowNumber() == 0) {
                header = row;
                break;
            }
        }
        return new StreamedSheet(file, name, header, StreamedSheet.records(rows), required);
    }

    private record Relationship(String id, String type, String target) {
    }

    /** The relationships of a {@code .rels} part (none when it is absent), targets resolved from {@code folder}. */
    private List<Relationship> relationships(String part, String folder) throws ReportReadException {
        List<Relationship> found = new ArrayList<>();
        if (zip.getEntry(part) == null) {
            return found;
        }
        events(part, xml -> {
            for (int event = xml.next(); event != StreamedXml.EOF; event = xml.next()) {
                if (event == StreamedXml.START && xml.name().equals("Relationship")
                        && !"External".equals(xml.attribute("TargetMode"))) {
                    String target = xml.attribute("Target");
                    if (target != null) {
                        found.add(new Relationship(String.valueOf(xml.attribute("Id")),
                                String.valueOf(xml.attribute("Type")), resolve(folder, target)));
                    }
                }
            }
        });
        return found;
    }

    /** A relationship's target as a zip entry name: absolute ("/xl/…") or relative to {@code folder}. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The workbook's sheets: name → part. */
    private void sheets(String workbookPart, Map<String, String> targets) throws ReportReadException {
        events(workbookPart, xml -> {
            for (int event = xml.next(); event != StreamedXml.EOF; event = xml.next()) {
                if (event != StreamedXml.START) {
                    continue;
                }
                if (xml.name().equals("sheet")) {
                    // r:id, the relationship of the sheet's part (the only attribute of a sheet named id)
                    String name = xml.attribute("name");
                    String target = targets.get(xml.attribute("id"));
                    if (name != null && target != null) {
                        sheetParts.putIfAbsent(name, target);
                    }
                } else if (xml.name().equals("definedName")) {
                    String name = xml.attribute("name");
                    if (name != null) {
                        definedNames.add(name.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        });
    }

    /** Whether the workbook defines the name {@code name} (names are read regardless of case, as Excel does). */
    boolean definesName(String name) {
        return definedNames.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The zip entry of {@code part}, counted in what the workbook unpacks to in all. */
    private ZipEntry entry(String part) throws ReportReadException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new WorkbookRefusal("workbook.refusal.missing-part", file, part);
        }
        unpackedTotal += Math.max(0, entry.getSize());
        if (unpackedTotal > SafeWorkbooks.MAX_TOTAL_BYTES) {
            throw SafeWorkbooks.tooMuchInAll(file);
        }
        return entry;
    }

    /** The shared strings, parsed once (rich text runs joined, phonetic guides left out, _xHHHH_ decoded). */
    private String[] strings() throws ReportReadException {
        if (strings != null) {
            return strings;
        }
        List<String> found = new ArrayList<>();
        if (stringsPart != null) {
            events(stringsPart, xml -> {
                StringBuilder item = null;
                int phonetic = 0;
                boolean inText = false;
                long characters = 0;
                for (int event = xml.next(); event != StreamedXml.EOF; event = xml.next()) {
                    if (event == StreamedXml.START) {
                        switch (xml.name()) {
                            case "si" -> item = new StringBuilder();
                            case "rPh" -> phonetic++;
                            case "t" -> inText = item != null && phonetic == 0;
                            default -> {
                            }
                        }
                    } else if (event == StreamedXml.TEXT) {
                        if (inText) {
                            String text = xml.text();
                            item.append(text);
                            characters += text.length();
                            if (characters > MAX_TEXT) {
                                throw SafeWorkbooks.refusal(file, new IllegalStateException("max text size"));
                            }
                        }
                    } else {
                        switch (xml.name()) {
                            case "si" -> {
                                if (item != null) {
                                    found.add(decode(item.toString()));
                                }
                                item = null;
                            }
                            case "rPh" -> phonetic--;
                            case "t" -> inText = false;
                            default -> {
                            }
                        }
                    }
                }
            });
        }
        strings = found.toArray(new String[0]);
        return strings;
    }

    /** Excel's escapes of characters XML cannot hold: {@code _x000D_} is a carriage return. */
    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && hex(text, at + 2, at + 6)) {
                out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code "AB12"} → column 27 (0-based), by hand; -1 when the reference has no letters. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > 16_384) {
                return -1;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    private List<StreamedSheet.Line> parse(String sheetName, String part) throws ReportReadException {
        List<StreamedSheet.Line> rows = new ArrayList<>();
        events(part, xml -> {
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
            boolean inPhonetic = false;
            StringBuilder text = new StringBuilder();
            for (int event = xml.next(); event != StreamedXml.EOF; event = xml.next()) {
                if (event == StreamedXml.START) {
                    switch (xml.name()) {
                        case "row" -> {
                            rowNumber = rowNumber(xml.attribute("r"), rowNumber);
                            cells = new HashMap<>();
                            column = -1;
                            if (rows.size() >= SafeWorkbooks.MAX_ROWS) {
                                throw new ReportReadException(file + ": sheet " + sheetName + " has more than "
                                        + SafeWorkbooks.MAX_ROWS + " rows; at most " + SafeWorkbooks.MAX_ROWS + " are read");
                            }
                        }
                        case "c" -> {
                            String r = xml.attribute("r");
                            int at = r == null ? -1 : column(r);
                            column = at >= 0 ? at : column + 1;
                            type = xml.attribute("t");
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
                        case "rPh" -> inPhonetic = true;
                        case "t" -> {
                            if (inline != null && !inPhonetic) {
                                inInlineText = true;
                                text.setLength(0);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == StreamedXml.TEXT) {
                    if (inValue || inFormula || inInlineText) {
                        text.append(xml.text());
                    }
                } else {
                    switch (xml.name()) {
                        case "v" -> {
                            inValue = false;
                            value = text.toString();
                        }
                        case "f" -> {
                            inFormula = false;
                            formula = text.toString();
                        }
                        case "rPh" -> inPhonetic = false;
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
            }
        });
        return rows;
    }

    /** What is done with the events of a worksheet or of the shared texts. */
    @FunctionalInterface
    private interface EventReader {
        void read(StreamedXml xml) throws ReportReadException;
    }

    /**
     * Unpacks {@code part} under the limits and hands its events to {@code reader}: a part up to
     * {@link #WHOLE} bytes is read whole and scanned by hand, a larger one (or one in another encoding than
     * UTF-8) is streamed through StAX; every failure is said in words.
     */
    private void events(String part, EventReader reader) throws ReportReadException {
        ZipEntry entry = entry(part);
        long declared = entry.getSize();
        try (InputStream in = SafeWorkbooks.limited(zip, entry, file)) {
            if (declared >= 0 && declared <= WHOLE) {
                byte[] bytes = in.readNBytes((int) declared + 1);
                if (bytes.length != declared) {
                    throw SafeWorkbooks.refusal(file, new IllegalStateException("the part " + part + " is not the size "
                            + "the zip directory says"));
                }
                StreamedXml scanner = StreamedXml.scanner(bytes, file);
                if (scanner != null) {
                    reader.read(scanner);
                    return;
                }
                stax(new java.io.ByteArrayInputStream(bytes), reader);
            } else {
                stax(in, reader);
            }
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw SafeWorkbooks.refusal(file, e);
        }
    }

    private void stax(InputStream in, EventReader reader) throws XMLStreamException, ReportReadException {
        XMLStreamReader xml = PLAIN.createXMLStreamReader(in);
        try {
            reader.read(StreamedXml.stax(xml, file));
        } finally {
            xml.close();
        }
    }

    /** A row's 0-based number from its {@code r} attribute (1-based), or the next one when absent. */
    private int rowNumber(String r, int previous) throws ReportReadException {
        if (r == null) {
            return previous + 1;
        }
        int number = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c < '0' || c > '9' || number > 1_048_576) {
                throw new ReportReadException(file + ": damaged workbook (a row is numbered \"" + r + "\")");
            }
            number = number * 10 + (c - '0');
        }
        if (number < 1) {
            throw new ReportReadException(file + ": damaged workbook (a row is numbered \"" + r + "\")");
        }
        return number - 1;
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
                String[] table = strings();
                if (index < 0 || index >= table.length) {
                    throw new ReportReadException(file + ": damaged workbook (a text cell points at a missing text)");
                }
                String s = table[index];
                return s.isEmpty() ? null : new StreamedSheet.Cell(s, null, false);
            }
            case "inlineStr":
                return inline == null || inline.length() == 0 ? null
                        : new StreamedSheet.Cell(decode(inline.toString()), null, false);
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
                return StreamedSheet.Cell.number(value);
            }
        }
    }

    @Override
    public void close() {
        close(zip);
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing was written, nothing is lost
        }
    }
}
