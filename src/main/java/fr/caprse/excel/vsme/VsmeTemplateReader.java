package fr.caprse.excel.vsme;

import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.excel.ReportReadException;
import fr.caprse.excel.SafeWorkbooks;
import fr.caprse.excel.vsme.VsmeMapping.Kind;
import fr.caprse.excel.vsme.VsmeMapping.Row;
import fr.caprse.platform.Said;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled VSME Digital Template (by a person in Excel or LibreOffice, or by
 * {@link VsmeTemplateWriter}) by its named ranges into answers to {@code vsme-basic}. This is the one entry
 * point for every caller (import, aggregation): {@link #read(Path, Questionnaire)}.
 *
 * <p>The template version is read from the workbook: 1.3.0 is read whole; another 1.x version is read where
 * its names agree with 1.3.0 (cells found beside a name, whose place may have moved, are left and listed).
 * Datapoints with no question in {@code vsme-basic} are listed as not carried. Any problem (a name
 * missing or pointing to #REF!, a text where a number is expected, a value outside the template's list, a
 * formula giving an error) is reported with the datapoint and its cell, all of them at once, and nothing is
 * imported.
 */
public final class VsmeTemplateReader {

    /** A datapoint of the file that is not carried into the assessment, and why. */
    public record NotCarried(String name, String cell, String reason) {
    }

    /**
     * What was read. {@code answers} holds values for vsme-basic questions, in mapping order;
     * {@code leftAsBlank} the datapoints that still hold what the blank template holds (an unticked box, a
     * default "YES", a formula's untouched result), which are not taken as answers (the reason names the
     * question). {@code notices} are what to check, said in English and by a key of the UI bundles.
     */
    public record Result(String templateVersion, String organisationName, String period,
                         Map<String, AnswerValue> answers, List<NotCarried> notCarried, List<Said> notices,
                         List<NotCarried> leftAsBlank) {
        public Result {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            notCarried = List.copyOf(notCarried);
            notices = List.copyOf(notices);
            leftAsBlank = List.copyOf(leftAsBlank);
        }

        /** What to check, in English (the command line). */
        public List<String> warnings() {
            return notices.stream().map(Said::english).toList();
        }
    }

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");

    private final VsmeMapping mapping;

    public VsmeTemplateReader() {
        this(VsmeMapping.standard());
    }

    VsmeTemplateReader(VsmeMapping mapping) {
        this.mapping = mapping;
    }

    /** Whether {@code file} is a VSME Digital Template (any version); false when it cannot be opened. */
    public static boolean isTemplate(Path file) {
        // the workbook's name list alone, streamed: an observatory asks this of every workbook that is not a report
        return SafeWorkbooks.definesName(file, VsmeTemplate.VERSION_NAME);
    }

    /** Reads {@code file} into answers to {@code questionnaire} (vsme-basic, any version). */
    public Result read(Path file, Questionnaire questionnaire) throws VsmeReadException {
        return read(file, questionnaire, fraction -> { });
    }

    /**
     * Reads {@code file} into answers to {@code questionnaire}, telling {@code progress} how far it is (0 to
     * 1) after each slow step: the workbook opened, then read.
     */
    public Result read(Path file, Questionnaire questionnaire, java.util.function.DoubleConsumer progress)
            throws VsmeReadException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        progress.accept(0.05);
        try (SafeWorkbooks.Opened opened = SafeWorkbooks.open(file)) {
            progress.accept(0.6);
            Result result = new Reading(fileName, opened.workbook, questionnaire).read();
            progress.accept(1.0);
            return result;
        } catch (ReportReadException e) {
            throw new VsmeReadException(VsmeReadException.Kind.UNREADABLE, fileName, List.of(e.getMessage().startsWith(fileName + ": ")
                    ? e.getMessage().substring(fileName.length() + 2) : e.getMessage()));
        }
    }

    /** The work of one import. */
    private final class Reading {
        private final String fileName;
        private final XSSFWorkbook workbook;
        private final Questionnaire questionnaire;
        private final FormulaEvaluator evaluator;
        private final List<String> problems = new ArrayList<>();
        private final List<Said> warnings = new ArrayList<>();
        private final List<NotCarried> notCarried = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Set<String> readNames = new HashSet<>();
        private final List<NotCarried> leftAsBlank = new ArrayList<>();
        /** Datapoints as in the blank template but read, their disclosure being filled in by hand. */
        private final List<String> takenAsGiven = new ArrayList<>();
        /** The disclosures ("b2", "b10") a person filled in by hand: some cell differs from the blank template. */
        private Set<String> filledByHand = Set.of();
        /** The datapoint cells Cap RSE's export wrote, as name@cell (read whatever they hold); empty for a template filled by hand. */
        private final Set<String> written;
        private String version;

        Reading(String fileName, XSSFWorkbook workbook, Questionnaire questionnaire) {
            this.fileName = fileName;
            this.workbook = workbook;
            this.questionnaire = questionnaire;
            FormulaEvaluator e = workbook.getCreationHelper().createFormulaEvaluator();
            e.setIgnoreMissingWorkbooks(true);
            this.evaluator = e;
            org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty property =
                    workbook.getProperties().getCustomProperties().getProperty(VsmeTemplate.WRITTEN_PROPERTY);
            String list = property == null ? null : property.getLpwstr();
            this.written = list == null || list.isBlank() ? Set.of() : Set.of(list.strip().split("\\s+"));
        }

        Result read() throws VsmeReadException {
            version = version();
            String name = text(meta(VsmeTemplate.ENTITY_NAME, "."));
            if (name == null) {
                name = fileName.replaceFirst("(?i)\\.xlsx$", "");
                warnings.add(Said.of("vsme.notice.no-name", "the name of the reporting entity (General Information) is "
                        + "empty: the organisation is named after the file, " + name, name));
            }
            String currency = text(meta(VsmeTemplate.CURRENCY, "."));
            if (currency != null && !currency.equals("EUR")) {
                problems.add(place(VsmeTemplate.CURRENCY) + ": the amounts are in " + currency
                        + "; vsme-basic asks them in euros (EUR): convert them, or import the template after "
                        + "choosing EUR");
            }
            String period = period();
            if (period != null && questionnaire.question("b1-reporting-year").isPresent()) {
                values.put("b1-reporting-year", new BigDecimal(period));
            }
            filledByHand = filledByHand();
            List<Row> later = new ArrayList<>();
            for (Row row : mapping.rows()) {
                if (!row.direction().imports()) {
                    continue;
                }
                if (row.conversion().question() != null && !row.conversion().type().equals("minus")) {
                    later.add(row);
                } else {
                    read(row);
                }
            }
            later.forEach(this::read);
            listNotCarried();
            values.forEach((id, value) -> {
                Question question = questionnaire.question(id).orElseThrow();
                if (value instanceof BigDecimal number && !fits(question, number.doubleValue())) {
                    problems.add("question " + id + ": " + number.toPlainString() + " is outside what the question "
                            + "accepts" + (question.min() == null ? "" : " (at least " + question.min() + ")")
                            + (question.max() == null ? "" : " (at most " + question.max() + ")"));
                }
            });
            if (!problems.isEmpty()) {
                throw new VsmeReadException(fileName, problems);
            }
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            values.forEach((id, value) -> answers.put(id, answerValue(id, value)));
            if (!leftAsBlank.isEmpty()) {
                warnings.add(Said.of("vsme.notice.left-as-blank", leftAsBlank.size() + " datapoint(s) still hold what the "
                        + "blank template holds (unticked boxes, pre-filled defaults) in disclosures nobody filled in, and "
                        + "were not imported as answers: a box left unticked cannot be told from a “no”; answer those "
                        + "questions in Cap RSE", leftAsBlank.size()));
            }
            if (!takenAsGiven.isEmpty()) {
                warnings.add(Said.of("vsme.notice.taken-as-given", takenAsGiven.size() + " answer(s) were left as in the "
                        + "blank template, in disclosures filled in by hand, and read as given (an unticked box as “no”, a "
                        + "pre-filled value as chosen): check questions " + String.join(", ", takenAsGiven),
                        takenAsGiven.size(), String.join(", ", takenAsGiven)));
            }
            return new Result(version, name, period == null ? "" : period, answers, notCarried, warnings, leftAsBlank);
        }

        private String version() throws VsmeReadException {
            NamedCells.Place place;
            try {
                place = NamedCells.place(workbook, VsmeTemplate.VERSION_NAME, ".");
            } catch (NamedCells.BrokenName e) {
                throw new VsmeReadException(VsmeReadException.Kind.NOT_TEMPLATE, fileName, List.of("this workbook is not EFRAG’s VSME Digital Template "
                        + "(" + e.getMessage() + "; the template states its version there): export the template "
                        + "from EFRAG’s site or from Cap RSE, fill it in and import it"));
            }
            String text = text(place);
            if (text == null) {
                throw new VsmeReadException(VsmeReadException.Kind.VERSION, fileName, List.of(place.address() + " (" + VsmeTemplate.VERSION_NAME
                        + ") is empty: the template version cannot be told"));
            }
            if (!text.startsWith("1.")) {
                throw new VsmeReadException(VsmeReadException.Kind.VERSION, fileName, List.of(place.address() + ": template version " + text
                        + "; Cap RSE reads versions 1.x of the VSME Digital Template (made for "
                        + VsmeTemplate.VERSION + ")"));
            }
            if (!text.equals(VsmeTemplate.VERSION)) {
                warnings.add(Said.of("vsme.notice.version", "template version " + text + ", not " + VsmeTemplate.VERSION
                        + ": datapoints are read where their names agree with " + VsmeTemplate.VERSION + "; the others "
                        + "are listed as not carried", text, VsmeTemplate.VERSION));
            }
            return text;
        }

        private boolean sameVersion() {
            return VsmeTemplate.VERSION.equals(version);
        }

        /** The year the reporting period ends, from the end date or (1.3.0) its year cell. */
        private String period() {
            NamedCells.Place end = meta(VsmeTemplate.PERIOD_END, ".");
            String text = end == null ? null : text(end);
            if (text != null) {
                Matcher m = YEAR.matcher(text);
                if (m.matches()) {
                    return m.group(1);
                }
            }
            if (sameVersion()) {
                NamedCells.Place year = meta(VsmeTemplate.PERIOD_END, "r-3");
                Object value = year == null ? null : value(year, null);
                if (value instanceof Double d) {
                    return String.valueOf(d.intValue());
                }
                if (value instanceof String s && s.matches("\\d{4}")) {
                    return s;
                }
            }
            warnings.add(Said.of("vsme.notice.no-period", "the reporting period is not filled in (General Information): "
                    + "the assessment has no period"));
            return null;
        }

        private NamedCells.Place meta(String name, String cell) {
            try {
                return NamedCells.place(workbook, name, cell);
            } catch (NamedCells.BrokenName e) {
                warnings.add(Said.english(e.getMessage()));
                return null;
            }
        }

        private String place(String name) {
            NamedCells.Place place = meta(name, ".");
            return place == null ? name : place.address() + " (" + name + ")";
        }

        private void read(Row row) {
            String id = row.question();
            Question question = questionnaire.question(id).orElse(null);
            if (question == null) {
                readNames.add(row.name());
                return;
            }
            if (!sameVersion() && !row.byOwnName()) {
                readNames.add(row.name());
                notCarried.add(new NotCarried(row.name(), row.cell(), "the cell beside this name is read only in "
                        + "template " + VsmeTemplate.VERSION + " (this file is " + version + ")"));
                return;
            }
            NamedCells.Area area;
            NamedCells.Place place;
            try {
                area = NamedCells.area(workbook, row.name());
                place = NamedCells.place(workbook, row.name(), row.cell());
            } catch (NamedCells.BrokenName e) {
                if (sameVersion()) {
                    problems.add("question " + id + ": " + e.getMessage() + "; the template was altered: "
                            + "use an unaltered copy of the template");
                } else {
                    notCarried.add(new NotCarried(row.name(), "", "template " + version + " has no such name"));
                }
                return;
            }
            if (row.byOwnName()) {
                readNames.add(row.name());
                row.list().forEach(readNames::add);
                if (row.unit() != null) {
                    readNames.add(row.unit().name());
                }
            }
            if (asInTheBlankTemplate(row, area, place)) {
                if (!filledByHand.contains(disclosure(id))) {
                    leftAsBlank.add(new NotCarried(row.name(), place.address(), "as in the blank template: question "
                            + id + " is left unanswered"));
                    return;
                }
                takenAsGiven.add(id);
            }
            String where = place.address() + " (" + row.name() + ", question " + id + ")";
            switch (row.kind()) {
                case NUMBER -> number(row, place, where);
                case TEXT -> {
                    String text = text(place, where);
                    if (text != null) {
                        values.put(id, text);
                    }
                }
                case LISTED -> {
                    String text = text(place, where);
                    if (text != null) {
                        if (listed(row.values(), text)) {
                            values.put(id, text);
                        } else {
                            problems.add(where + ": “" + text + "” is not in the template’s list (" + row.values() + ")");
                        }
                    }
                }
                case CHECK -> {
                    Object value = value(place, where);
                    if (value instanceof Boolean b) {
                        values.put(id, b ? "yes" : "no");
                    } else if (value != null) {
                        problems.add(where + ": “" + value + "” where the template expects a ticked or empty box "
                                + "(TRUE or FALSE)");
                    }
                }
                case YESNO -> {
                    String text = text(place, where);
                    if (text != null) {
                        switch (text.toUpperCase(Locale.ROOT)) {
                            case "YES" -> values.put(id, "yes");
                            case "NO" -> values.put(id, "no");
                            default -> problems.add(where + ": “" + text + "” is not in the template’s list (YES, NO)");
                        }
                    }
                }
                case CHOICE -> {
                    String text = text(place, where);
                    if (text != null) {
                        String option = row.choices().entrySet().stream()
                                .filter(e -> e.getValue().equalsIgnoreCase(text)).map(Map.Entry::getKey).findFirst()
                                .orElse(null);
                        if (option == null) {
                            problems.add(where + ": “" + text + "” is not in the template’s list ("
                                    + String.join("; ", row.choices().values()) + ")");
                        } else {
                            values.put(id, option);
                        }
                    }
                }
                case FIXED -> {
                    String text = text(place, where);
                    if (text != null && !text.equalsIgnoreCase(row.values())) {
                        warnings.add(Said.of("vsme.notice.fixed", where + ": “" + text + "”, while vsme-basic counts “"
                                + row.values() + "”: check question " + id, where, text, row.values(), id));
                    }
                }
                case NACE -> nace(row, area, id);
                case PAIRS, TABLE -> table(row, area, id);
                case SUM, ROWS -> sum(row, area, id);
                case PRESENT -> {
                    if (value(place, where) != null) {
                        values.put(id, "yes");
                    }
                }
                default -> throw new IllegalStateException("mapping.tsv:" + row.line() + ": " + row.kind()
                        + " cannot be read");
            }
        }

        /**
         * Whether the row's cells hold what the blank template holds there (and hold something), and Cap RSE's
         * export did not write them: then they are not an answer the user gave.
         */
        private boolean asInTheBlankTemplate(Row row, NamedCells.Area area, NamedCells.Place place) {
            Map<String, Object> blank = BlankTemplate.values(mapping);
            boolean held = false;
            if (isArea(row)) {
                for (int r = 0; r < area.rows(); r++) {
                    if (written.contains(area.at(r, 0).written())) {
                        return false;
                    }
                    Object mine = quietValue(area.at(r, 0).cell());
                    Object theirs = blank.get(BlankTemplate.key(row.name(), r));
                    if (!same(mine, theirs)) {
                        return false;
                    }
                    held |= theirs != null;
                }
                return held;
            }
            Object theirs = blank.get(BlankTemplate.key(row.name(), row.cell()));
            return theirs != null && !written.contains(place.written()) && same(quietValue(place.cell()), theirs);
        }

        /**
         * In a template filled by hand (not one Cap RSE exported, which records what it wrote), the disclosures
         * where some datapoint differs from the blank template: there a box left unticked or a default left as
         * it is was seen by the person who filled the rest, and is read as their answer.
         */
        private Set<String> filledByHand() {
            Set<String> filled = new HashSet<>();
            if (!written.isEmpty()) {
                return filled;
            }
            Map<String, Object> blank = BlankTemplate.values(mapping);
            for (Row row : mapping.rows()) {
                if (!row.direction().imports() || questionnaire.question(row.question()).isEmpty()
                        || (!sameVersion() && !row.byOwnName()) || filled.contains(disclosure(row.question()))) {
                    continue;
                }
                try {
                    NamedCells.Area area = NamedCells.area(workbook, row.name());
                    boolean differs;
                    if (isArea(row)) {
                        differs = false;
                        for (int r = 0; r < area.rows() && !differs; r++) {
                            Object mine = quietValue(area.at(r, 0).cell());
                            differs = mine != null && !same(mine, blank.get(BlankTemplate.key(row.name(), r)));
                        }
                    } else {
                        Object mine = quietValue(NamedCells.place(workbook, row.name(), row.cell()).cell());
                        differs = mine != null && !same(mine, blank.get(BlankTemplate.key(row.name(), row.cell())));
                    }
                    if (differs) {
                        filled.add(disclosure(row.question()));
                    }
                } catch (NamedCells.BrokenName e) {
                    // reported when the row is read
                }
            }
            return filled;
        }

        /** The cell's value as {@link #value} gives it, without reporting errors (an error is never "as blank"). */
        private Object quietValue(Cell cell) {
            if (cell == null) {
                return null;
            }
            return cell.getCellType() == CellType.FORMULA ? evaluated(cell) : cached(cell);
        }

        private boolean listed(String listName, String text) {
            try {
                NamedCells.Area list = NamedCells.area(workbook, listName);
                for (int r = 0; r < list.rows(); r++) {
                    Cell cell = list.at(r, 0).cell();
                    if (cell != null && cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().strip().equalsIgnoreCase(text)) {
                        return true;
                    }
                }
                return false;
            } catch (NamedCells.BrokenName e) {
                warnings.add(Said.english(e.getMessage() + ": " + text + " was not checked against it"));
                return true;
            }
        }

        private void number(Row row, NamedCells.Place place, String where) {
            Object value = value(place, where);
            if (value == null) {
                return;
            }
            BigDecimal number = toNumber(value, where);
            if (number == null) {
                return;
            }
            BigDecimal factor = unitFactor(row, 0, where);
            if (factor == null) {
                return;
            }
            number = number.multiply(factor, MATH);
            VsmeMapping.Conversion conversion = row.conversion();
            String other = conversion.question();
            switch (conversion.type()) {
                case "scale" -> number = number.divide(conversion.factor(), MATH);
                case "per", "share-of" -> {
                    if (!(values.get(other) instanceof BigDecimal base) || base.signum() == 0) {
                        notCarried.add(new NotCarried(row.name(), place.address(), "needs question " + other
                                + ", which the template does not give"));
                        return;
                    }
                    number = conversion.type().equals("per") ? number.multiply(base, MATH)
                            : number.multiply(BigDecimal.valueOf(100)).divide(base, MATH);
                }
                default -> {
                }
            }
            add(row.question(), number);
        }

        private void add(String id, BigDecimal number) {
            BigDecimal rounded = number.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
            if (rounded.scale() < 0) {
                rounded = rounded.setScale(0);
            }
            Object previous = values.get(id);
            values.put(id, previous instanceof BigDecimal p ? p.add(rounded) : rounded);
        }

        /** The factor from the unit chosen in the template to ours; null (and a problem) when it is not one. */
        private BigDecimal unitFactor(Row row, int rowOffset, String where) {
            if (row.unit() == null || row.unit().factors().isEmpty()) {
                return BigDecimal.ONE;
            }
            NamedCells.Place unit;
            try {
                NamedCells.Area area = NamedCells.area(workbook, row.unit().name());
                unit = area.rows() > 1 ? area.at(rowOffset, 0) : area.at(0, 0);
            } catch (NamedCells.BrokenName e) {
                problems.add(where + ": " + e.getMessage());
                return null;
            }
            String text = text(unit);
            if (text == null) {
                problems.add(where + ": no unit is chosen in " + unit.address() + " (" + row.unit().name()
                        + "): choose one of " + String.join(", ", row.unit().factors().keySet()));
                return null;
            }
            BigDecimal factor = row.unit().factors().get(text);
            if (factor == null) {
                problems.add(unit.address() + " (" + row.unit().name() + "): “" + text
                        + "” is not in the template’s list (" + String.join(", ", row.unit().factors().keySet()) + ")");
            }
            return factor;
        }

        private void nace(Row row, NamedCells.Area area, String id) {
            List<String> codes = new ArrayList<>();
            for (int r = 0; r < area.rows(); r++) {
                NamedCells.Place place = area.at(r, 0);
                String where = place.address() + " (" + row.name() + ", question " + id + ")";
                String text = text(place, where);
                if (text == null) {
                    continue;
                }
                Matcher m = VsmeTemplateWriter.NACE_ENTRY.matcher(text.strip());
                if (m.matches()) {
                    codes.add(m.group(1) + m.group(2));
                } else {
                    problems.add(where + ": “" + text + "” is not a NACE class of the template’s list "
                            + "(such as “NACE C - 10.71 Manufacture of bread…”)");
                }
            }
            if (!codes.isEmpty()) {
                values.put(id, String.join(", ", codes));
            }
        }

        private void table(Row row, NamedCells.Area first, String id) {
            List<NamedCells.Area> columns = new ArrayList<>();
            columns.add(first);
            for (String name : row.list()) {
                try {
                    columns.add(NamedCells.area(workbook, name));
                } catch (NamedCells.BrokenName e) {
                    problems.add("question " + id + ": " + e.getMessage());
                    return;
                }
            }
            String unit = null;
            if (row.unit() != null) {
                NamedCells.Place unitPlace = meta(row.unit().name(), ".");
                unit = unitPlace == null ? null : text(unitPlace);
            }
            List<String> lines = new ArrayList<>();
            for (int r = 0; r < first.rows(); r++) {
                List<String> parts = new ArrayList<>();
                boolean rest = false;
                for (int c = 0; c < columns.size(); c++) {
                    NamedCells.Place place = columns.get(c).at(r, 0);
                    String text = text(place, place.address() + " (" + columns.get(c).name() + ", question " + id + ")");
                    if (text != null) {
                        parts.add(text);
                        rest |= c > 0;
                    }
                }
                if (rest || (row.kind() == Kind.PAIRS && !parts.isEmpty())) {
                    lines.add(String.join(", ", parts) + (unit == null || row.kind() == Kind.PAIRS ? "" : " " + unit));
                }
            }
            if (!lines.isEmpty()) {
                values.put(id, String.join("\n", lines));
            }
        }

        private void sum(Row row, NamedCells.Area area, String id) {
            BigDecimal total = null;
            int count = 0;
            for (int r = 0; r < area.rows(); r++) {
                NamedCells.Place place = area.at(r, 0);
                String where = place.address() + " (" + row.name() + ", question " + id + ")";
                Object value = value(place, where);
                if (value == null) {
                    continue;
                }
                BigDecimal number = toNumber(value, where);
                BigDecimal factor = number == null ? null : unitFactor(row, r, where);
                if (factor == null) {
                    continue;
                }
                count++;
                BigDecimal converted = number.multiply(factor, MATH);
                total = total == null ? converted : total.add(converted);
            }
            if (row.kind() == Kind.ROWS && count > 0) {
                add(id, BigDecimal.valueOf(count));
            } else if (row.kind() == Kind.SUM && total != null) {
                add(id, total);
            }
        }

        private BigDecimal toNumber(Object value, String where) {
            if (value instanceof Double d) {
                return BigDecimal.valueOf(d);
            }
            String text = value.toString().strip().replace('\u00a0', ' ').replace(" ", "");
            try {
                return new BigDecimal(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(where + ": “" + value + "” where a number is expected");
                return null;
            }
        }

        /** Datapoints of the file with a value that no row carries. */
        private void listNotCarried() {
            Map<String, String> sections = TemplateSections.of(workbook);
            Map<String, String> reasons = new LinkedHashMap<>();
            mapping.leftOut().forEach(l -> reasons.put(l.name(), l.reason()));
            mapping.rows().stream().filter(r -> r.direction() == VsmeMapping.Direction.EXPORT && r.byOwnName())
                    .forEach(r -> reasons.putIfAbsent(r.name(), "vsme-basic computes it (question " + r.question() + ")"));
            for (Name name : workbook.getAllNames()) {
                String n = name.getNameName();
                if (!TemplateSections.isDatapoint(n) || readNames.contains(n) || n.endsWith("_unit")) {
                    continue;
                }
                NamedCells.Area area;
                try {
                    area = NamedCells.area(workbook, n);
                } catch (NamedCells.BrokenName e) {
                    continue;
                }
                String filled = firstFilled(area);
                if (filled == null) {
                    continue;
                }
                String section = sections.getOrDefault(n, "");
                String reason = reasons.get(n);
                if (reason != null && (reason.startsWith("outline") || reason.startsWith("row numbers"))) {
                    continue;
                }
                if (reason == null) {
                    reason = section.startsWith("c") ? section.toUpperCase(Locale.ROOT)
                            + ": comprehensive module, not covered by vsme-basic" : "no question in vsme-basic";
                }
                notCarried.add(new NotCarried(n, filled, reason));
            }
        }

        private String firstFilled(NamedCells.Area area) {
            for (int r = 0; r < area.rows(); r++) {
                for (int c = 0; c <= area.lastColumn() - area.firstColumn(); c++) {
                    NamedCells.Place place = area.at(r, c);
                    Cell cell = place.cell();
                    if (cell == null) {
                        continue;
                    }
                    Object value = cached(cell);
                    if (value != null && !Boolean.FALSE.equals(value) && !(value instanceof ErrorValue)) {
                        return place.address();
                    }
                }
            }
            return null;
        }

        /** The text of a cell, null when it is empty or when its name is missing (a metadata name deleted). */
        private String text(NamedCells.Place place) {
            if (place == null) {
                return null;
            }
            return text(place, place.address());
        }

        private String text(NamedCells.Place place, String where) {
            Object value = value(place, where);
            if (value == null) {
                return null;
            }
            if (value instanceof Double d) {
                BigDecimal number = BigDecimal.valueOf(d).stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
            }
            return value.toString();
        }

        /** The cell's value (formulas evaluated, or their saved result): Double, String, Boolean or null. */
        private Object value(NamedCells.Place place, String where) {
            Cell cell = place.cell();
            if (cell == null) {
                return null;
            }
            Object value;
            if (cell.getCellType() == CellType.FORMULA) {
                value = evaluated(cell);
            } else {
                value = cached(cell);
            }
            if (value instanceof ErrorValue error) {
                problems.add((where == null ? place.address() : where) + ": " + (cell.getCellType() == CellType.FORMULA
                        ? "the formula gives " + error.text() + "; correct the cells it uses"
                        : "the cell holds the error " + error.text()));
                return null;
            }
            return value;
        }

        private Object evaluated(Cell cell) {
            try {
                CellValue result = evaluator.evaluate(cell);
                return switch (result.getCellType()) {
                    case NUMERIC -> result.getNumberValue();
                    case STRING -> blankToNull(result.getStringValue());
                    case BOOLEAN -> result.getBooleanValue();
                    case ERROR -> new ErrorValue(ErrorEval.getText(result.getErrorValue()));
                    default -> null;
                };
            } catch (RuntimeException e) {
                return cached(cell);
            }
        }

        private Object cached(Cell cell) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case NUMERIC -> cell.getNumericCellValue();
                case STRING -> blankToNull(cell.getStringCellValue());
                case BOOLEAN -> cell.getBooleanCellValue();
                case ERROR -> new ErrorValue(ErrorEval.getText(cell.getErrorCellValue()));
                default -> null;
            };
        }

        private AnswerValue answerValue(String id, Object value) {
            Question question = questionnaire.question(id).orElseThrow();
            if (question.type() == QuestionType.NUMBER || question.type() == QuestionType.PERCENT) {
                BigDecimal number = (BigDecimal) value;
                return new AnswerValue.NumberValue(number);
            }
            if (question.type() == QuestionType.TEXT) {
                return new AnswerValue.TextValue(value.toString());
            }
            return new AnswerValue.Choice(value.toString());
        }
    }

    /** Whether the row reads every cell of its name's area (a list or a table), not one cell. */
    private static boolean isArea(Row row) {
        return row.kind() == Kind.NACE || row.kind() == Kind.PAIRS || row.kind() == Kind.TABLE
                || row.kind() == Kind.SUM || row.kind() == Kind.ROWS;
    }

    /** The disclosure of a vsme-basic question, from its id: "b10" for b10-minimum-wage. */
    private static String disclosure(String questionId) {
        int dash = questionId.indexOf('-');
        return dash < 0 ? questionId : questionId.substring(0, dash);
    }

    private static boolean same(Object mine, Object theirs) {
        if (mine instanceof ErrorValue || theirs instanceof ErrorValue) {
            return false;
        }
        if (mine instanceof Double a && theirs instanceof Double b) {
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
        }
        if (mine instanceof String a && theirs instanceof String b) {
            return a.equalsIgnoreCase(b);
        }
        return java.util.Objects.equals(mine, theirs);
    }

    /**
     * What EFRAG's blank template (the copy shipped with the application) holds in the cells the mapping
     * imports, read once: the value of each cell that holds something, keyed by datapoint and cell.
     */
    private static final class BlankTemplate {
        private static Map<String, Object> values;

        static String key(String name, String cell) {
            return name + "|" + cell;
        }

        static String key(String name, int row) {
            return name + "#" + row;
        }

        static synchronized Map<String, Object> values(VsmeMapping mapping) {
            if (values == null) {
                values = read(mapping);
            }
            return values;
        }

        private static Map<String, Object> read(VsmeMapping mapping) {
            Map<String, Object> found = new java.util.HashMap<>();
            try (java.io.InputStream in = VsmeTemplate.open(); XSSFWorkbook blank = new XSSFWorkbook(in)) {
                FormulaEvaluator evaluator = blank.getCreationHelper().createFormulaEvaluator();
                for (Row row : mapping.rows()) {
                    if (!row.direction().imports()) {
                        continue;
                    }
                    try {
                        put(found, key(row.name(), row.cell()),
                                NamedCells.place(blank, row.name(), row.cell()).cell(), evaluator);
                        NamedCells.Area area = NamedCells.area(blank, row.name());
                        for (int r = 0; r < area.rows(); r++) {
                            put(found, key(row.name(), r), area.at(r, 0).cell(), evaluator);
                        }
                    } catch (NamedCells.BrokenName e) {
                        throw new IllegalStateException("the shipped template: " + e.getMessage(), e);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the shipped VSME template cannot be read", e);
            }
            return found;
        }

        private static void put(Map<String, Object> found, String key, Cell cell, FormulaEvaluator evaluator) {
            if (cell == null) {
                return;
            }
            Object value = null;
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                try {
                    CellValue result = evaluator.evaluate(cell);
                    type = result.getCellType();
                    value = switch (type) {
                        case NUMERIC -> result.getNumberValue();
                        case STRING -> blankToNull(result.getStringValue());
                        case BOOLEAN -> result.getBooleanValue();
                        default -> null;
                    };
                } catch (RuntimeException e) {
                    type = cell.getCachedFormulaResultType();
                    value = plain(cell, type);
                }
            } else {
                value = plain(cell, type);
            }
            if (value != null) {
                found.put(key, value);
            }
        }

        private static Object plain(Cell cell, CellType type) {
            return switch (type) {
                case NUMERIC -> cell.getNumericCellValue();
                case STRING -> blankToNull(cell.getStringCellValue());
                case BOOLEAN -> cell.getBooleanCellValue();
                default -> null;
            };
        }
    }

    /** An Excel error value (#DIV/0!, #REF!, ...). */
    private record ErrorValue(String text) {
    }

    /** Null for a blank text or the template's "-" (nothing to report). */
    private static String blankToNull(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() || stripped.equals("-") ? null : stripped;
    }

    /** Whether {@code x} fits the question's bounds (used by callers that check before storing). */
    static boolean fits(Question question, double x) {
        return Evaluation.withinBounds(question, x);
    }
}
