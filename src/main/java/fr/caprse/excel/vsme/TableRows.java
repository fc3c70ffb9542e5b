package fr.caprse.excel.vsme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text answers of vsme-basic that list things one a line — sites and materials — read into the rows of
 * the template's tables, as their questions' help asks them written: "atelier : 4 chemin du Moulin, 26400
 * Crest ; dépôt : 44.73, 5.02", "chêne massif : 85 t ; vernis : 1,2 t". Lines are separated by a line break
 * or a semicolon; a "name :" before a site's address is dropped (the template numbers its sites). The form in
 * which an import brings the tables back ("4 chemin du Moulin, 26400, Crest, France", "farine, 180, metric
 * tonnes (t)") is read too, so an imported assessment exports again the same rows. A line that does not say
 * what a row needs (a site given by its coordinates only, a material without its mass) is left out and named.
 */
final class TableRows {

    /** The rows read, each a list of cells in the table's column order, and the lines left out. */
    record Parsed(List<List<Object>> rows, List<String> skipped) {
        Parsed {
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
        }
    }

    /** "atelier : …": a short name without digits or commas before a colon. */
    private static final Pattern LABEL = Pattern.compile("([^,:\\d]{1,60}?)\\s*:\\s*(.+)");
    /** A postal code (4 or 5 digits, or with a country letter prefix: "L-1234") followed by the city. */
    private static final Pattern POSTAL_CITY = Pattern.compile("((?:[A-Z]{1,2}-)?\\d{4,5})\\s+(\\D.*)");
    private static final Pattern POSTAL = Pattern.compile("(?:[A-Z]{1,2}-)?\\d{4,5}");
    /** "chêne massif : 85 t", "vernis : 1,2 tonnes", "sable : 1 200 kg", "eau : 30 m3". */
    private static final Pattern MATERIAL = Pattern.compile(
            "(.+?)\\s*:\\s*(\\d[\\d\\s\\u00a0\\u202f]*(?:[.,]\\d+)?)\\s*(t|tonnes?|kg|kilos?|kilogrammes?|kilograms?|m3|m³)\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How an import writes a material back: "farine, 180, metric tonnes (t)". */
    private static final Pattern MATERIAL_READ = Pattern.compile(
            "(.+),\\s*(\\d+(?:\\.\\d+)?),\\s*(kilograms \\(kg\\)|metric tonnes \\(t\\)|cubic meters \\(m3\\))");
    /** The template's units (enum_ListUnitMeasurement) by the units people write. */
    private static final Map<String, String> UNITS = Map.of("t", "metric tonnes (t)", "tonne", "metric tonnes (t)",
            "tonnes", "metric tonnes (t)", "kg", "kilograms (kg)", "kilo", "kilograms (kg)", "kilos", "kilograms (kg)",
            "m3", "cubic meters (m3)", "m³", "cubic meters (m3)");

    private TableRows() {
    }

    /** The lines of a text answer: one a line, or separated by semicolons as the help's examples write them. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R|;")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Sites as rows of address, postal code, city, country: "[name :] address, postal code city[, country]"
     * or "address, postal code, city, country". {@code defaultCountry} (may be null) is the country of a line
     * that names none.
     */
    static Parsed sites(String text, String defaultCountry) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher label = LABEL.matcher(line);
            String address = label.matches() ? label.group(2) : line;
            List<Object> row = site(Arrays.stream(address.split(",")).map(String::strip).toList(), defaultCountry);
            if (row == null) {
                skipped.add(line);
            } else {
                rows.add(row);
            }
        }
        return new Parsed(rows, skipped);
    }

    private static List<Object> site(List<String> parts, String defaultCountry) {
        for (int i = 1; i < parts.size(); i++) {
            String street = String.join(", ", parts.subList(0, i));
            Matcher postalCity = POSTAL_CITY.matcher(parts.get(i));
            if (postalCity.matches() && parts.size() <= i + 2) {
                String country = parts.size() == i + 2 ? parts.get(i + 1) : defaultCountry;
                return country == null || country.isBlank() ? null
                        : List.of(street, postalCity.group(1), postalCity.group(2).strip(), country);
            }
            if (POSTAL.matcher(parts.get(i)).matches() && (parts.size() == i + 2 || parts.size() == i + 3)) {
                String country = parts.size() == i + 3 ? parts.get(i + 2) : defaultCountry;
                return country == null || country.isBlank() || parts.get(i + 1).isEmpty() ? null
                        : List.of(street, parts.get(i), parts.get(i + 1), country);
            }
        }
        return null;
    }

    /** Materials as rows of name, mass (a number), unit (the template's list value). */
    static Parsed materials(String text) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher read = MATERIAL_READ.matcher(line);
            Matcher written = MATERIAL.matcher(line);
            if (read.matches()) {
                rows.add(List.of(read.group(1).strip(), new BigDecimal(read.group(2)), read.group(3)));
            } else if (written.matches()) {
                String unit = UNITS.get(unitKey(written.group(3)));
                BigDecimal mass = new BigDecimal(written.group(2).replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
                rows.add(List.of(written.group(1).strip(), mass, unit));
            } else {
                skipped.add(line);
            }
        }
        return new Parsed(rows, skipped);
    }

    private static String unitKey(String unit) {
        String key = unit.toLowerCase(Locale.ROOT);
        if (key.startsWith("kilog")) {
            return "kg";
        }
        return key;
    }
}
