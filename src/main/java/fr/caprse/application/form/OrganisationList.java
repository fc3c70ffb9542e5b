package fr.caprse.application.form;

import fr.caprse.application.BadInputException;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.i18n.I18n;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The list of organisations of a campaign (docs/excel-form.md): a CSV file with a header line, comma or
 * semicolon separated (what Excel writes in French), UTF-8 with or without a byte-order mark, read with
 * Apache Commons CSV. Columns by name in any case, English or French: {@code name} required;
 * {@code id}, {@code sector}, {@code size}, {@code employees}, {@code legal_form}, {@code territory},
 * {@code ess}, {@code return_code}, {@code email} optional; others ignored. Every problem is reported
 * at once with its line; a list with a problem gives no organisation.
 */
public final class OrganisationList {

    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final List<I18n> LANGUAGES = List.of(new I18n(Locale.FRENCH), new I18n(Locale.ENGLISH));

    private OrganisationList() {
    }

    public static List<Campaign.Member> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(name + ": larger than 10 MB; is it the list of organisations?");
            }
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not UTF-8 text; save the list as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        List<Campaign.Member> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                columns.putIfAbsent(header.strip().toLowerCase(Locale.ROOT), header);
            }
            String nameColumn = first(columns, "name", "nom", "organisation", "organization", "organisation_name");
            if (nameColumn == null) {
                throw new BadInputException(name + ": line 1: no column \"name\" (or \"nom\"); the first line must name "
                        + "the columns, for example name,id,sector,size,employees,legal_form,territory");
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                Row row = new Row(name, line, record, columns, problems);
                String orgName = row.get(nameColumn);
                if (orgName == null) {
                    problems.add(name + ": line " + line + ": no organisation name");
                    continue;
                }
                Organisation organisation = new Organisation(orgName,
                        row.get(first(columns, "id", "organisation_id", "siren", "siret", "registry_id")),
                        row.get(first(columns, "sector", "secteur", "nace", "naf", "code_naf")),
                        row.size(first(columns, "size", "taille")),
                        row.employees(first(columns, "employees", "salaries", "salariés", "effectif")),
                        row.legalForm(first(columns, "legal_form", "legal form", "forme_juridique", "forme juridique")),
                        row.get(first(columns, "territory", "territoire", "region", "région")),
                        row.yesNo(first(columns, "ess")));
                members.add(new Campaign.Member(line, organisation, row.get(first(columns, "return_code", "code", "code_retour")),
                        row.get(first(columns, "email", "e-mail", "courriel", "mail"))));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new BadInputException(name + ": not a readable CSV list (" + e.getMessage() + ")", e);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("\n", problems));
        }
        return members;
    }

    private static String first(Map<String, String> columns, String... names) {
        for (String n : names) {
            if (columns.containsKey(n)) {
                return columns.get(n);
            }
        }
        return null;
    }

    /** One line being read; its problems go to the list's. */
    private record Row(String file, int line, CSVRecord record, Map<String, String> columns, List<String> problems) {

        String get(String column) {
            if (column == null || !record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private void problem(String column, String message) {
            problems.add(file + ": line " + line + ", column " + column + ": " + message);
        }

        OrganisationSize size(String column) {
            String text = get(column);
            if (text == null) {
                return null;
            }
            String key = text.toLowerCase(Locale.ROOT);
            for (OrganisationSize size : OrganisationSize.values()) {
                if (key.equals(size.code()) || LANGUAGES.stream().anyMatch(l -> key.equals(l.get("size." + size.code())
                        .toLowerCase(Locale.ROOT)))) {
                    return size;
                }
            }
            problem(column, "\"" + text + "\" is not a size; write micro, small, medium or large");
            return null;
        }

        Integer employees(String column) {
            String text = get(column);
            if (text == null) {
                return null;
            }
            String digits = text.replaceAll("[\\s\u00A0\u202F]", "");
            if (digits.matches("[0-9]{1,9}")) {
                return Integer.valueOf(digits);
            }
            problem(column, "\"" + text + "\" is not a whole number of employees");
            return null;
        }

        String legalForm(String column) {
            String text = get(column);
            if (text == null) {
                return null;
            }
            if (LegalForm.isKnown(text)) {
                return LegalForm.normalise(text);
            }
            String key = text.toLowerCase(Locale.ROOT);
            for (String code : LegalForm.CODES) {
                if (LANGUAGES.stream().anyMatch(l -> key.equals(l.get("legal-form." + code).toLowerCase(Locale.ROOT)))) {
                    return code;
                }
            }
            problem(column, "\"" + text + "\" is not a legal form; write one of " + String.join(", ", LegalForm.CODES));
            return null;
        }

        Boolean yesNo(String column) {
            String text = get(column);
            if (text == null) {
                return null;
            }
            switch (text.toLowerCase(Locale.ROOT)) {
                case "yes", "oui", "true", "vrai", "1", "y", "o":
                    return true;
                case "no", "non", "false", "faux", "0", "n":
                    return false;
                default:
                    problem(column, "\"" + text + "\" is not yes or no");
                    return null;
            }
        }
    }
}
