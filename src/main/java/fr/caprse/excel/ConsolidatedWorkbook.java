package fr.caprse.excel;

import fr.caprse.domain.benchmark.Statistics;
import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Writes an observatory's consolidated workbook (docs/observatory.md): the assessments (one row each),
 * the answers in long format, the benchmarks with native box-like charts, the rejected files, the
 * duplicates, the campaign and what was consolidated. The large sheets are streamed to disk as they are
 * written (SXSSF, a window of rows in memory), so the workbook of ten thousand assessments takes no more
 * memory than that of ten; the benchmarks sheet, small, is built whole to hold its charts. Strings never
 * become formulas. Written to a temporary file and renamed.
 */
public final class ConsolidatedWorkbook {

    /** How a column's cells are written. */
    public enum Kind { TEXT, NUMBER, INTEGER, SHARE, BOOLEAN }

    public record Column(String name, Kind kind) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Takes the rows of a table, one call per row, values in column order (null for an empty cell). */
    @FunctionalInterface
    public interface RowSink {
        void row(Object... values) throws IOException;
    }

    /** Hands the rows of a table to a sink, as many times as asked. */
    @FunctionalInterface
    public interface Rows {
        void each(RowSink sink) throws IOException;
    }

    /**
     * A data sheet; {@code size} is how many rows {@code rows} gives when known ahead (then the sheet is
     * written straight into the workbook file as it is saved, without a temporary copy), else -1.
     */
    public record Table(String sheetName, List<Column> columns, Rows rows, long size) {
        public Table {
            Objects.requireNonNull(sheetName, "sheetName");
            columns = List.copyOf(columns);
            Objects.requireNonNull(rows, "rows");
        }

        public Table(String sheetName, List<Column> columns, Rows rows) {
            this(sheetName, columns, rows, -1);
        }
    }

    /** One block of the benchmarks sheet: a set of organisations and its statistics per theme. */
    public record BenchmarkSection(String title, List<String> ids, List<String> labels, List<Statistics> statistics) {
        public BenchmarkSection {
            Objects.requireNonNull(title, "title");
            ids = List.copyOf(ids);
            labels = List.copyOf(labels);
            statistics = List.copyOf(statistics);
            if (ids.size() != labels.size() || ids.size() != statistics.size()) {
                throw new IllegalArgumentException("one id, label and statistics per row");
            }
        }
    }

    /**
     * Everything the workbook shows; {@code campaign} may be null. The benchmarks sheet is for people: its
     * title and its column headers ({@link #BENCHMARK_COLUMNS} in the consolidation's language) are given;
     * the data sheets keep their column names, which scripts rely on.
     */
    public record Contents(Table assessments, Table answers, String benchmarksTitle, List<String> benchmarkHeaders,
                           List<BenchmarkSection> benchmarks, Table rejected, Table duplicates, Table campaign,
                           List<List<String>> about) {
        public Contents {
            Objects.requireNonNull(assessments, "assessments");
            Objects.requireNonNull(answers, "answers");
            benchmarkHeaders = List.copyOf(benchmarkHeaders);
            if (benchmarkHeaders.size() != BENCHMARK_COLUMNS.size()) {
                throw new IllegalArgumentException("one header per benchmark column: " + BENCHMARK_COLUMNS);
            }
            benchmarks = List.copyOf(benchmarks);
            Objects.requireNonNull(rejected, "rejected");
            Objects.requireNonNull(duplicates, "duplicates");
            about = List.copyOf(about);
        }
    }

    /** Sheet names (English, never translated: scripts find them by name). */
    public static final String ASSESSMENTS = "assessments";
    public static final String ANSWERS = "answers";
    public static final String BENCHMARKS = "benchmarks";
    public static final String REJECTED = "rejected";
    public static final String DUPLICATES = "duplicates";
    public static final String CAMPAIGN = "campaign";
    public static final String ABOUT = "about";

    /** The most data rows on one sheet (Excel's limit less the header); the answers continue on "answers 2"… */
    static final int MAX_SHEET_ROWS = 1_048_575;
    /** Rows of a streamed sheet kept in memory while writing. */
    private static final int WINDOW = 200;
    /** The columns of a benchmark block, then three helper columns the chart is drawn from. */
    static final List<String> BENCHMARK_COLUMNS = List.of("theme_id", "theme", "count", "mean", "median", "q1", "q3",
            "min", "max", "bar_q1", "bar_q1_to_median", "bar_median_to_q3");
    /** Charts are drawn for at most this many blocks (the first ones: all organisations, then the largest groups). */
    static final int MAX_CHARTS = 40;

    private static final byte[] TEAL = ReportStyles.TEAL;
    private static final byte[] LIGHT = {(byte) 0x8F, (byte) 0xBF, (byte) 0xC6};

    private ConsolidatedWorkbook() {
    }

    public static void write(Contents contents, Path target) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        Book workbook = new Book(base);
        try {
            Styles styles = new Styles(base);
            // the benchmarks sheet is built whole (charts); the large sheets are streamed
            XSSFSheet benchmarks = base.createSheet(BENCHMARKS);
            benchmarks(benchmarks, contents, styles);
            streamed(workbook, contents.assessments(), styles);
            if (contents.answers().size() >= 0) {
                directAnswers(workbook, contents.answers(), styles);
            } else {
                streamedAnswers(workbook, contents.answers(), styles);
            }
            streamed(workbook, contents.rejected(), styles);
            streamed(workbook, contents.duplicates(), styles);
            if (contents.campaign() != null) {
                streamed(workbook, contents.campaign(), styles);
            }
            about(workbook, contents.about(), styles);
            workbook.setSheetOrder(ASSESSMENTS, 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            AtomicFiles.write(target, workbook::write);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The few cell styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle number;
        final CellStyle integer;
        final CellStyle share;
        final CellStyle title;
        final CellStyle section;

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            bold.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
            XSSFCellStyle h = workbook.createCellStyle();
            h.setFont(bold);
            h.setFillForegroundColor(new XSSFColor(TEAL, null));
            h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header = h;
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font mid = workbook.createFont();
            mid.setBold(true);
            mid.setFontHeightInPoints((short) 11);
            section = workbook.createCellStyle();
            section.setFont(mid);
        }

        CellStyle of(Kind kind) {
            return switch (kind) {
                case TEXT, BOOLEAN -> text;
                case NUMBER -> number;
                case INTEGER -> integer;
                case SHARE -> share;
            };
        }
    }

    private static void header(Sheet sheet, int rowIndex, List<String> names, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(styles.header);
        }
    }

    private static void streamed(SXSSFWorkbook workbook, Table table, Styles styles) throws IOException {
        Sheet sheet = workbook.createSheet(table.sheetName());
        start(sheet, table);
        header(sheet, 0, table.columns().stream().map(Column::name).toList(), styles);
        int[] next = {1};
        table.rows().each(values -> write(sheet.createRow(next[0]++), table.columns(), values, styles));
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, table.columns().size() - 1));
    }

    private static void streamedAnswers(SXSSFWorkbook workbook, Table table, Styles styles) throws IOException {
        List<String> names = table.columns().stream().map(Column::name).toList();
        Sheet[] sheet = {workbook.createSheet(table.sheetName())};
        int[] next = {1};
        int[] part = {1};
        start(sheet[0], table);
        header(sheet[0], 0, names, styles);
        table.rows().each(values -> {
            if (next[0] > MAX_SHEET_ROWS) {
                part[0]++;
                sheet[0] = workbook.createSheet(table.sheetName() + " " + part[0]);
                start(sheet[0], table);
                header(sheet[0], 0, names, styles);
                next[0] = 1;
            }
            write(sheet[0].createRow(next[0]++), table.columns(), values, styles);
        });
    }

    /**
     * The streamed workbook, with two changes for the large sheets: a sheet whose rows are known ahead
     * is written straight into the file as it is saved ({@link DirectSheet}), and the file is compressed
     * at the fastest level (a consolidation of thousands of returns is mostly that one large sheet).
     */
    private static final class Book extends SXSSFWorkbook {
        /** Writes a sheet's rows as worksheet XML. */
        @FunctionalInterface
        interface Body {
            void write(OutputStream out) throws IOException;
        }

        private final java.util.Map<SXSSFSheet, Body> direct = new java.util.HashMap<>();

        Book(XSSFWorkbook base) {
            super(base, WINDOW, false, false);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
            Body body = direct.get(sheet);
            return body != null ? body::write : super.createSheetInjector(sheet);
        }
    }

    /**
     * The answers, when their number is known: each sheet ("answers", then "answers 2"… past Excel's row
     * limit) is declared with its dimension and its rows are written by {@link DirectSheet} when the
     * workbook is saved, the same cells as the streamed path writes.
     */
    private static void directAnswers(Book workbook, Table table, Styles styles) {
        List<String> names = table.columns().stream().map(Column::name).toList();
        long parts = Math.max(1, (table.size() + MAX_SHEET_ROWS - 1) / MAX_SHEET_ROWS);
        for (int part = 0; part < parts; part++) {
            long first = (long) part * MAX_SHEET_ROWS;
            long count = Math.min(MAX_SHEET_ROWS, table.size() - first);
            SXSSFSheet sheet = workbook.createSheet(part == 0 ? table.sheetName() : table.sheetName() + " " + (part + 1));
            start(sheet, table);
            XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
            xssf.setDimensionOverride(new CellRangeAddress(0, (int) count, 0, names.size() - 1));
            workbook.direct.put(sheet, out -> DirectSheet.write(out, table, names, first, count, styles));
        }
    }

    /** Rows written as worksheet XML straight into the workbook file, the cells {@link #write} would make. */
    private static final class DirectSheet {
        private static final byte[] ROW_END = "</row>\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        private DirectSheet(OutputStream out) {
            this.out = out;
        }

        static void write(OutputStream out, Table table, List<String> names, long first, long count, Styles styles)
                throws IOException {
            DirectSheet sheet = new DirectSheet(out);
            List<Column> columns = table.columns();
            String[] letters = new String[columns.size()];
            String[] columnStyles = new String[columns.size()];
            for (int i = 0; i < letters.length; i++) {
                letters[i] = CellReference.convertNumToColString(i);
                columnStyles[i] = Short.toString(styles.of(columns.get(i).kind()).getIndex());
            }
            String textStyle = Short.toString(styles.text.getIndex());
            String quotedStyle = Short.toString(styles.quoted.getIndex());
            sheet.row("1");
            for (int i = 0; i < names.size(); i++) {
                sheet.text(letters[i], "1", Short.toString(styles.header.getIndex()), names.get(i));
            }
            sheet.bytes(ROW_END);
            long[] index = {0};
            table.rows().each(values -> {
                long n = index[0]++;
                if (n < first || n >= first + count) {
                    return;
                }
                if (values.length != columns.size()) {
                    throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
                }
                String rowNumber = Long.toString(n - first + 2);
                sheet.row(rowNumber);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value instanceof Number number) {
                        sheet.number(letters[i], rowNumber, columnStyles[i], number.doubleValue());
                    } else if (value instanceof Boolean b) {
                        sheet.text(letters[i], rowNumber, columnStyles[i], b ? ReportFormat.TRUE : ReportFormat.FALSE);
                    } else if (value != null) {
                        String text = cut(value.toString());
                        sheet.text(letters[i], rowNumber, ReportStyles.looksLikeFormula(text) ? quotedStyle : textStyle, text);
                    }
                }
                sheet.bytes(ROW_END);
            });
            sheet.flush();
        }

        private void row(String number) throws IOException {
            ascii("<row r=\"");
            ascii(number);
            ascii("\">");
        }

        private void cellStart(String letters, String row, String style, String type) throws IOException {
            ascii("<c r=\"");
            ascii(letters);
            ascii(row);
            ascii("\" s=\"");
            ascii(style);
            ascii("\" t=\"");
            ascii(type);
            ascii("\">");
        }

        private void number(String letters, String row, String style, double value) throws IOException {
            if (!Double.isFinite(value)) {
                ascii("<c r=\"");
                ascii(letters);
                ascii(row);
                ascii("\" s=\"");
                ascii(style);
                ascii("\"/>");
                return;
            }
            cellStart(letters, row, style, "n");
            ascii("<v>");
            ascii(Double.toString(value));
            ascii("</v></c>");
        }

        private void text(String letters, String row, String style, String value) throws IOException {
            cellStart(letters, row, style, "inlineStr");
            boolean preserve = !value.isEmpty()
                    && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)));
            ascii(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>");
            escaped(value);
            ascii("</t></is></c>");
        }

        /** XML-escaped UTF-8; characters XML cannot hold become "?", as POI writes them. */
        private void escaped(String value) throws IOException {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii("&quot;");
                    case '\n' -> ascii("&#xa;");
                    case '\r' -> ascii("&#xd;");
                    case '\t' -> ascii("&#x9;");
                    default -> {
                        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                            put('?');
                        } else if (c < 0x80) {
                            put(c);
                        } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1))) {
                            utf8(Character.toCodePoint(c, value.charAt(++i)));
                        } else if (Character.isSurrogate(c)) {
                            put('?');
                        } else {
                            utf8(c);
                        }
                    }
                }
            }
        }

        private void utf8(int codePoint) throws IOException {
            if (codePoint < 0x800) {
                put(0xC0 | (codePoint >> 6));
                put(0x80 | (codePoint & 0x3F));
            } else if (codePoint < 0x10000) {
                put(0xE0 | (codePoint >> 12));
                put(0x80 | ((codePoint >> 6) & 0x3F));
                put(0x80 | (codePoint & 0x3F));
            } else {
                put(0xF0 | (codePoint >> 18));
                put(0x80 | ((codePoint >> 12) & 0x3F));
                put(0x80 | ((codePoint >> 6) & 0x3F));
                put(0x80 | (codePoint & 0x3F));
            }
        }

        private void ascii(String text) throws IOException {
            int length = text.length();
            if (used + length > buffer.length) {
                flush();
            }
            for (int i = 0; i < length; i++) {
                buffer[used++] = (byte) text.charAt(i);
            }
        }

        private void bytes(byte[] bytes) throws IOException {
            if (used + bytes.length > buffer.length) {
                flush();
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        private void put(int b) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) b;
        }

        private void flush() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    private static void start(Sheet sheet, Table table) {
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            int chars = Math.max(column.name().length() + 3, column.kind() == Kind.TEXT ? 16 : 10);
            sheet.setColumnWidth(i, Math.min(60, chars) * 256);
        }
    }

    private static void write(Row row, List<Column> columns, Object[] values, Styles styles) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.of(columns.get(i).kind()));
            if (value instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isFinite(d)) {
                    cell.setCellValue(d);
                }
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b ? ReportFormat.TRUE : ReportFormat.FALSE);
            } else {
                text(cell, value.toString(), styles);
            }
        }
    }

    /** A text cell, never a formula: text that a spreadsheet would take for one is quote-prefixed. */
    private static void text(Cell cell, String value, Styles styles) {
        String cut = cut(value);
        cell.setCellValue(cut);
        cell.setCellStyle(ReportStyles.looksLikeFormula(cut) ? styles.quoted : styles.text);
    }

    /** Text longer than a cell holds, cut with an ellipsis. */
    private static String cut(String value) {
        return value.length() > ReportBook.MAX_CELL_TEXT ? value.substring(0, ReportBook.MAX_CELL_TEXT - 1) + "…" : value;
    }

    private static void benchmarks(XSSFSheet sheet, Contents contents, Styles styles) {
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(contents.benchmarksTitle());
        titleRow.getCell(0).setCellStyle(styles.title);
        int[] widths = {14, 36, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int rowIndex = 2;
        int charts = 0;
        for (BenchmarkSection section : contents.benchmarks()) {
            Row sectionRow = sheet.createRow(rowIndex);
            sectionRow.createCell(0).setCellValue(section.title());
            sectionRow.getCell(0).setCellStyle(styles.section);
            int headerRow = rowIndex + 1;
            header(sheet, headerRow, contents.benchmarkHeaders(), styles);
            int first = headerRow + 1;
            int r = first;
            for (int i = 0; i < section.ids().size(); i++) {
                Statistics s = section.statistics().get(i);
                Row row = sheet.createRow(r++);
                Object[] values = {section.ids().get(i), section.labels().get(i), s.count(), s.mean(), s.median(), s.q1(),
                        s.q3(), s.min(), s.max(), s.q1(),
                        s.median() == null ? null : s.median() - s.q1(), s.q3() == null ? null : s.q3() - s.median()};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (values[c] instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(c == 2 ? styles.integer : styles.number);
                    } else {
                        text(cell, values[c].toString(), styles);
                    }
                }
            }
            int last = r - 1;
            int bottom = Math.max(r + 1, headerRow + 16);
            if (charts < MAX_CHARTS && last >= first) {
                chart(sheet, drawing, section.title(), contents.benchmarkHeaders(), headerRow, first, last, bottom);
                charts++;
            }
            rowIndex = bottom + 1;
        }
    }

    /** Box-like bars: an invisible bar up to Q1, then Q1 → median and median → Q3, one row per theme. */
    private static void chart(XSSFSheet sheet, XSSFDrawing drawing, String title, List<String> headers, int headerRow,
                              int first, int last, int bottom) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 13, headerRow, 22, bottom));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setMinimum(0);
        values.setMaximum(100);
        values.setMajorUnit(20);
        values.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        XDDFDataSource<String> themes =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        for (int column = 9; column <= 11; column++) {
            XDDFNumericalDataSource<Double> range =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
            XDDFChartData.Series series = data.addSeries(themes, range);
            series.setTitle(headers.get(column), new CellReference(headerRow, column));
            if (column == 9) {
                series.setFillProperties(new XDDFNoFillProperties());
            } else {
                series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(column == 10 ? LIGHT : TEAL)));
            }
        }
        chart.plot(data);
        stackWholly(chart);
    }

    /**
     * Stacked bars need an overlap of 100 % (else Excel shifts each series); written into the XML
     * directly, as the schema type behind {@code setOverlap} is not in the POI schemas the app ships.
     */
    private static void stackWholly(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private static void about(SXSSFWorkbook workbook, List<List<String>> about, Styles styles) {
        Sheet sheet = workbook.createSheet(ABOUT);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        header(sheet, 0, List.of("key", "value"), styles);
        int r = 1;
        for (List<String> line : about) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.size(); c++) {
                if (line.get(c) != null) {
                    Cell cell = row.createCell(c);
                    text(cell, line.get(c), styles);
                }
            }
        }
    }
}
