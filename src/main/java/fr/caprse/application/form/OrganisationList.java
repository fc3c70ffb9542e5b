package fr.caprse.application.form;

import fr.caprse.application.BadInputException;
import fr.caprse.csv.CsvLists;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.i18n.I18n;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private static final List<I18n> LANGUAGES = List.of(new I18n(Locale.FRENCH), new I18n(Locale.ENGLISH));

    private OrganisationList() {
    }

    public static List<Campaign.Member> read(Path file) {
        String name = CsvLists.name(file);
        String content;
        try {
            content = CsvLists.text(file, "larger than 10 MB; is it the list of organisations?");
        } catch (CsvLists.Unreadable e) {
            throw new BadInputException(e.getMessage());
        }
        CSVFormat format = CsvLists.format(content, true);
        List<Campaign.Member> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = CsvLists.columns(parser);
            String nameColumn = CsvLists.column(columns, "name", "nom", "organisation", "organization", "organisation_name");
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
                        row.get(CsvLists.column(columns, "id", "organisation_id", "siren", "siret", "registry_id")),
                        row.get(CsvLists.column(columns, "sector", "secteur", "nace", "naf", "code_naf")),
                        row.size(CsvLists.column(columns, "size", "taille")),
                        row.employees(CsvLists.column(columns, "employees", "salaries", "salariés", "effectif")),
                        row.legalForm(CsvLists.column(columns, "legal_form", "legal form", "forme_juridique", "forme juridique")),
                        row.get(CsvLists.column(columns, "territory", "territoire", "region", "région")),
                        row.yesNo(CsvLists.column(columns, "ess")));
                members.add(new Campaign.Member(line, organisation, row.get(CsvLists.column(columns, "return_code", "code", "code_retour")),
                        row.get(CsvLists.column(columns, "email", "e-mail", "courriel", "mail"))));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new BadInputException(name + ": not a readable CSV list (" + e.getMessage() + ")", e);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("\n", problems));
        }
        return members;
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
