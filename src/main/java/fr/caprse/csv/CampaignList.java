package fr.caprse.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The list of organisations a campaign asked (docs/observatory.md): a CSV file with a header row,
 * comma or semicolon separated (what Excel writes in French), UTF-8 with or without a byte-order mark.
 * Columns, by name in any case: {@code name} (or {@code nom}, {@code organisation}) required;
 * {@code id} (or {@code siret}, {@code siren}, {@code organisation_id}), {@code return_code} (or
 * {@code code}) and {@code email} optional; other columns are ignored.
 */
public final class CampaignList {

    /** One organisation asked. */
    public record Entry(int line, String name, String id, String returnCode, String email) {
    }

    /** A list that cannot be read: the message names the file and the line. */
    public static final class CampaignListException extends Exception {
        private static final long serialVersionUID = 1L;

        public CampaignListException(String message) {
            super(message);
        }
    }

    private CampaignList() {
    }

    public static List<Entry> read(Path file) throws CampaignListException {
        String name = CsvLists.name(file);
        String content;
        try {
            content = CsvLists.text(file, "the list is larger than 10 MB; is it the right file?");
        } catch (CsvLists.Unreadable e) {
            throw new CampaignListException(e.getMessage());
        }
        CSVFormat format = CsvLists.format(content, false);
        List<Entry> entries = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = CsvLists.columns(parser);
            String nameColumn = CsvLists.column(columns, "name", "nom", "organisation", "organization", "organisation_name");
            if (nameColumn == null) {
                throw new CampaignListException(name + ": line 1: no column \"name\" (or \"nom\"); the first line must "
                        + "name the columns, e.g. name,id,email");
            }
            String idColumn = CsvLists.column(columns, "id", "organisation_id", "siret", "siren", "registry_id");
            String codeColumn = CsvLists.column(columns, "return_code", "code", "code_retour");
            String emailColumn = CsvLists.column(columns, "email", "e-mail", "courriel", "mail");
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String orgName = get(record, nameColumn);
                if (orgName == null) {
                    throw new CampaignListException(name + ": line " + line + ": no organisation name");
                }
                entries.add(new Entry(line, orgName, get(record, idColumn), get(record, codeColumn),
                        get(record, emailColumn)));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CampaignListException(name + ": not a readable CSV list (" + e.getMessage() + ")");
        }
        return entries;
    }

    private static String get(CSVRecord record, String column) {
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
