package fr.caprse.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * How a list typed in a spreadsheet and saved as CSV is read, the same for a campaign's forms and for
 * aggregate's campaign: at most 10 MB, UTF-8 with or without a byte-order mark, comma or semicolon
 * separated (what Excel writes in French, told from the header line), a header line naming the columns,
 * found by name in any case.
 */
public final class CsvLists {

    /** The largest list read. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A list that cannot be read at all; the message names the file. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private CsvLists() {
    }

    /** The file's name as messages give it. */
    public static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * The file's text without its byte-order mark.
     *
     * @param tooLarge what to say after the file's name when it is over {@link #MAX_BYTES}
     */
    public static String text(Path file, String tooLarge) throws Unreadable {
        String name = name(file);
        String content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Unreadable(name + ": " + tooLarge);
            }
            content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new Unreadable(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new Unreadable(name + ": not UTF-8 text; save the list as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw new Unreadable(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    /** The format of {@code content}: ';' when its header line holds more of them than commas, else ','. */
    public static CSVFormat format(String content, boolean allowMissingColumnNames) {
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(allowMissingColumnNames).get();
    }

    /** The header names by their stripped lower-case form (the first of two alike wins). */
    public static Map<String, String> columns(CSVParser parser) {
        Map<String, String> columns = new HashMap<>();
        for (String header : parser.getHeaderNames()) {
            columns.putIfAbsent(header.strip().toLowerCase(Locale.ROOT), header);
        }
        return columns;
    }

    /** The first of {@code names} that is a column, as written in the file; null when none is. */
    public static String column(Map<String, String> columns, String... names) {
        for (String n : names) {
            if (columns.containsKey(n)) {
                return columns.get(n);
            }
        }
        return null;
    }
}
