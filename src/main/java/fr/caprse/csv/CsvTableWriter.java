package fr.caprse.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV the way every analytics engine reads it: RFC 4180 (comma, double quotes,
 * CRLF line ends), UTF-8 without a byte-order mark, a header row, empty fields for missing values,
 * numbers in plain decimal with a dot. Apache Commons CSV does the quoting.
 */
public final class CsvTableWriter implements AutoCloseable {

    private final CSVPrinter printer;

    /** Starts a table on {@code out} (closed with this writer) with these column names. */
    public CsvTableWriter(OutputStream out, List<String> columns) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setNullString("").get());
        printer.printRecord(columns);
    }

    /** One row: strings, numbers (plain decimal), booleans (true/false) or null (empty). */
    public void row(Object... values) throws IOException {
        for (Object value : values) {
            printer.print(cell(value));
        }
        printer.println();
    }

    private static Object cell(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return null;
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
