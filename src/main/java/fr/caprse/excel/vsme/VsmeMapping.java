package fr.caprse.excel.vsme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the questions of {@code vsme-basic} map to the named ranges of EFRAG's VSME Digital Template: the
 * table {@code mapping.tsv} (one row a datapoint), the template names deliberately left out
 * ({@code left-out.tsv}) and the questions the template has no place for ({@code not-carried.tsv}), all
 * three resources beside this class and documented in {@code docs/vsme.md}.
 */
public final class VsmeMapping {

    /** What a row reads or writes. */
    public enum Kind {
        NUMBER, TEXT, CHECK, YESNO, CHOICE, NACE, PAIRS, TABLE, SUM, ROWS, PRESENT, FLAG, FIXED, LISTED, CLEAR;

        static Kind parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Which way a row is used. */
    public enum Direction {
        BOTH, IMPORT, EXPORT;

        public boolean imports() {
            return this != EXPORT;
        }

        public boolean exports() {
            return this != IMPORT;
        }
    }

    /** How a value changes between our unit and the template's. */
    public record Conversion(String type, BigDecimal factor, String question) {

        static final Conversion NONE = new Conversion("-", null, null);

        static Conversion parse(String text) {
            if (text.equals("-")) {
                return NONE;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("conversion " + text + " has no ':'");
            }
            String type = text.substring(0, colon);
            String argument = text.substring(colon + 1);
            return switch (type) {
                case "scale" -> new Conversion(type, new BigDecimal(argument), null);
                case "per", "share-of", "minus" -> new Conversion(type, null, argument);
                default -> throw new IllegalArgumentException("unknown conversion " + type);
            };
        }

        public boolean isNone() {
            return type.equals("-");
        }
    }

    /** A unit cell and the factor from each of its list values to our unit. */
    public record Unit(String name, Map<String, BigDecimal> factors) {

        static Unit parse(String text) {
            if (text.equals("-")) {
                return null;
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                return new Unit(text, Map.of());
            }
            Map<String, BigDecimal> factors = new LinkedHashMap<>();
            for (String part : text.substring(equals + 1).split("\\|")) {
                int star = part.lastIndexOf('*');
                factors.put(part.substring(0, star), new BigDecimal(part.substring(star + 1)));
            }
            return new Unit(text.substring(0, equals), factors);
        }

        /** The value written on export: the first, whose factor is 1. */
        public String written() {
            return factors.keySet().iterator().next();
        }
    }

    /** One datapoint: {@code question} ↔ the cell {@code cell} of the named range {@code name}. */
    public record Row(int line, String question, String name, String cell, Kind kind, Conversion conversion,
                      String values, Unit unit, Direction direction, String when) {

        public Row {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(name, "name");
        }

        /** For a choice: option id → the template's list value. */
        public Map<String, String> choices() {
            Map<String, String> choices = new LinkedHashMap<>();
            if (kind == Kind.CHOICE) {
                for (String part : values.split("\\|")) {
                    int equals = part.indexOf('=');
                    choices.put(part.substring(0, equals), part.substring(equals + 1));
                }
            }
            return choices;
        }

        /** For tables, pairs and flags: the further names or questions listed in {@code values}. */
        public List<String> list() {
            return values.equals("-") ? List.of() : List.of(values.split(","));
        }

        /** True when the cell is the named cell itself (not a neighbour found by an offset). */
        public boolean byOwnName() {
            return cell.equals(".");
        }

        /** "b1-turnover-eur ↔ Turnover" for messages. */
        public String describe() {
            return question + " ↔ " + name + (byOwnName() ? "" : " " + cell);
        }
    }

    /** A template name left out on purpose, with the reason. */
    public record LeftOut(String name, String reason) {
    }

    /** A question of ours that the template has no place for, with the reason. */
    public record NotCarried(String question, String reason) {
    }

    private static final VsmeMapping INSTANCE = load();

    private final List<Row> rows;
    private final List<LeftOut> leftOut;
    private final List<NotCarried> notCarried;

    private VsmeMapping(List<Row> rows, List<LeftOut> leftOut, List<NotCarried> notCarried) {
        this.rows = List.copyOf(rows);
        this.leftOut = List.copyOf(leftOut);
        this.notCarried = List.copyOf(notCarried);
    }

    /** The mapping shipped with the application. */
    public static VsmeMapping standard() {
        return INSTANCE;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<LeftOut> leftOut() {
        return leftOut;
    }

    public List<NotCarried> notCarried() {
        return notCarried;
    }

    /** Why a question is not carried, or null when it is. */
    public String notCarriedReason(String question) {
        return notCarried.stream().filter(n -> n.question().equals(question)).map(NotCarried::reason).findFirst()
                .orElse(null);
    }

    private static VsmeMapping load() {
        List<Row> rows = new ArrayList<>();
        for (Line line : lines("mapping.tsv", 9)) {
            String[] f = line.fields();
            try {
                rows.add(new Row(line.number(), f[0], f[1], f[2], Kind.parse(f[3]), Conversion.parse(f[4]), f[5],
                        Unit.parse(f[6]), Direction.valueOf(f[7].toUpperCase(Locale.ROOT)), f[8]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("mapping.tsv:" + line.number() + ": " + e.getMessage(), e);
            }
        }
        List<LeftOut> leftOut = lines("left-out.tsv", 2).stream().map(l -> new LeftOut(l.fields()[0], l.fields()[1]))
                .toList();
        List<NotCarried> notCarried = lines("not-written.tsv", 2).stream()
                .map(l -> new NotCarried(l.fields()[0], l.fields()[1])).toList();
        return new VsmeMapping(rows, leftOut, notCarried);
    }

    private record Line(int number, String[] fields) {
    }

    private static List<Line> lines(String resource, int columns) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = VsmeMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": " + fields.length + " columns, expected "
                            + columns);
                }
                lines.add(new Line(number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
