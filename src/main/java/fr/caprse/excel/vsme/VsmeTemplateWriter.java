package fr.caprse.excel.vsme;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.excel.vsme.VsmeMapping.Kind;
import fr.caprse.excel.vsme.VsmeMapping.Row;
import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Fills a copy of EFRAG's VSME Digital Template with a {@code vsme-basic} assessment: every datapoint of
 * {@link VsmeMapping} that the assessment answers goes into its named range (or the input cell beside a
 * computed one), lists in the template's own values, plus the organisation's name, the currency and the
 * reporting period. Nothing else of the template changes: no formula, validation, style or name is touched,
 * and the workbook asks Excel and LibreOffice to recalculate on opening, so its Table of Contents &amp;
 * Validation sheet shows the state of what was written.
 */
public final class VsmeTemplateWriter {

    /** What was written and what was not, with the reason. */
    public record Result(List<String> written, Map<String, String> notWritten) {
        public Result {
            written = List.copyOf(written);
            notWritten = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notWritten));
        }
    }

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern NACE_CODE = Pattern.compile("(\\d{2}\\.\\d{2})");
    static final Pattern NACE_ENTRY = Pattern.compile("NACE ([A-U]) - (\\d{2}\\.\\d{2}) .*");

    private final VsmeMapping mapping;

    public VsmeTemplateWriter() {
        this(VsmeMapping.standard());
    }

    VsmeTemplateWriter(VsmeMapping mapping) {
        this.mapping = mapping;
    }

    /** Writes the filled template to {@code target} (a temporary file first, then renamed). */
    public Result write(Questionnaire questionnaire, Assessment assessment, Path target) throws IOException {
        return write(questionnaire, assessment, target, fraction -> { });
    }

    /**
     * Writes the filled template to {@code target}, telling {@code progress} how far it is (0 to 1) after
     * each of its three slow steps: the template opened, filled, written to disk.
     */
    public Result write(Questionnaire questionnaire, Assessment assessment, Path target,
                        java.util.function.DoubleConsumer progress) throws IOException {
        progress.accept(0.05);
        Evaluation evaluation = Evaluation.of(questionnaire, assessment.organisation(), assessment.answers());
        Set<String> written = new LinkedHashSet<>();
        Map<String, String> notWritten = new LinkedHashMap<>();
        try (InputStream in = VsmeTemplate.open(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            progress.accept(0.5);
            Filler filler = new Filler(workbook, questionnaire, assessment, evaluation, written, notWritten);
            filler.identification();
            for (Row row : mapping.rows()) {
                if (row.direction().exports()) {
                    filler.fill(row);
                }
            }
            for (String id : evaluation.applicableQuestionIds()) {
                if (evaluation.isAnsweredNotApplicable(id)) {
                    notWritten.put(id, "answered “not applicable”: left empty in the template");
                } else if (evaluation.isAnswered(id) && !written.contains(id) && !notWritten.containsKey(id)
                        && !id.equals("b1-reporting-year")) {
                    String reason = mapping.notCarriedReason(id);
                    notWritten.put(id, reason == null ? "the template has no place for it" : reason);
                }
            }
            written.forEach(notWritten::remove);
            clearCachedResults(workbook);
            workbook.setForceFormulaRecalculation(true);
            progress.accept(0.6);
            AtomicFiles.write(target, workbook::write);
        }
        progress.accept(1.0);
        return new Result(new ArrayList<>(written), notWritten);
    }

    /**
     * Drops the results the blank template saved with its formulas (the formulas stay as they are): Excel
     * recalculates on opening anyway, and LibreOffice, which by default keeps saved results of .xlsx files,
     * then works out every validation status from what was written instead of showing the blank template's.
     */
    private static void clearCachedResults(XSSFWorkbook workbook) {
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        CTCell ct = ((XSSFCell) cell).getCTCell();
                        if (ct.isSetV()) {
                            ct.unsetV();
                        }
                        if (ct.isSetT()) {
                            ct.unsetT();
                        }
                    }
                }
            }
        }
    }

    /** The work of one export. */
    private final class Filler {
        private final XSSFWorkbook workbook;
        private final Questionnaire questionnaire;
        private final Assessment assessment;
        private final Evaluation evaluation;
        private final Set<String> written;
        private final Map<String, String> notWritten;

        Filler(XSSFWorkbook workbook, Questionnaire questionnaire, Assessment assessment, Evaluation evaluation,
               Set<String> written, Map<String, String> notWritten) {
            this.workbook = workbook;
            this.questionnaire = questionnaire;
            this.assessment = assessment;
            this.evaluation = evaluation;
            this.written = written;
            this.notWritten = notWritten;
        }

        void identification() {
            set(VsmeTemplate.ENTITY_NAME, ".", assessment.organisation().name());
            String id = assessment.organisation().registryId();
            if (id != null && LEI.matcher(id).matches()) {
                set(VsmeTemplate.IDENTIFIER_SCHEME, ".", "LEI");
                set(VsmeTemplate.IDENTIFIER, ".", id);
            }
            set(VsmeTemplate.CURRENCY, ".", "EUR");
            Integer year = reportingYear();
            if (year != null) {
                set(VsmeTemplate.PERIOD_START, "r-3", year);
                set(VsmeTemplate.PERIOD_START, "r-2", 1);
                set(VsmeTemplate.PERIOD_START, "r-1", 1);
                set(VsmeTemplate.PERIOD_END, "r-3", year);
                set(VsmeTemplate.PERIOD_END, "r-2", 12);
                set(VsmeTemplate.PERIOD_END, "r-1", 31);
                written.add("b1-reporting-year");
            }
        }

        private Integer reportingYear() {
            if (evaluation.value("b1-reporting-year") instanceof Double year) {
                return year.intValue();
            }
            return YEAR.matcher(assessment.period()).matches() ? Integer.valueOf(assessment.period()) : null;
        }

        void fill(Row row) {
            String id = row.question();
            if (questionnaire.question(id).isEmpty()) {
                return;
            }
            if (row.kind() == Kind.FLAG) {
                List<String> questions = row.list().isEmpty() ? List.of(id) : row.list();
                if (questions.stream().noneMatch(evaluation::applies)) {
                    return;
                }
                boolean flag = questions.stream().anyMatch(this::affirmative);
                boolean known = questions.stream().anyMatch(q -> evaluation.value(q) != null);
                if (known) {
                    set(row.name(), row.cell(), flag);
                }
                return;
            }
            if (!evaluation.applies(id) || evaluation.value(id) == null) {
                return;
            }
            if (!row.when().equals("-")) {
                String[] condition = row.when().split("=", 2);
                if (!condition[1].equals(evaluation.value(condition[0]))) {
                    return;
                }
            }
            Object value = evaluation.value(id);
            switch (row.kind()) {
                case NUMBER -> {
                    BigDecimal number = convert(row, number(id));
                    if (number == null) {
                        return;
                    }
                    set(row.name(), row.cell(), number.doubleValue());
                    if (row.unit() != null && !row.unit().factors().isEmpty()) {
                        set(row.unit().name(), ".", row.unit().written());
                    }
                }
                case TEXT -> set(row.name(), row.cell(), value.toString());
                case LISTED -> {
                    String listed = listValue(row.values(), value.toString());
                    if (listed == null) {
                        notWritten.put(id, "“" + value + "” is not in the template’s list (" + row.values()
                                + ", names in English)");
                        return;
                    }
                    set(row.name(), row.cell(), listed);
                }
                case CHECK -> set(row.name(), row.cell(), "yes".equals(value));
                case YESNO -> set(row.name(), row.cell(), "yes".equals(value) ? "YES" : "NO");
                case CHOICE -> {
                    String listValue = row.choices().get(value.toString());
                    if (listValue == null) {
                        notWritten.put(id, "option " + value + " has no value in the template’s list");
                        return;
                    }
                    set(row.name(), row.cell(), listValue);
                }
                case FIXED -> set(row.name(), row.cell(), row.values());
                case CLEAR -> {
                    try {
                        NamedCells.place(workbook, row.name(), row.cell()).cellForWriting().setBlank();
                    } catch (NamedCells.BrokenName e) {
                        throw new IllegalStateException("the shipped template: " + e.getMessage(), e);
                    }
                    return;
                }
                case NACE -> nace(row, value.toString());
                case PAIRS -> pairs(row, value.toString());
                case TABLE -> {
                    if (!table(row, value.toString())) {
                        return;
                    }
                }
                default -> throw new IllegalStateException("mapping.tsv:" + row.line() + ": " + row.kind()
                        + " cannot be written");
            }
            written.add(id);
        }

        private boolean affirmative(String id) {
            Object value = evaluation.applies(id) ? evaluation.value(id) : null;
            if (value instanceof Double number) {
                return number > 0;
            }
            if (value instanceof String text) {
                return !text.equals("no") && !text.isBlank();
            }
            return false;
        }

        /** The exact answer for a number question, or the computed value. */
        private BigDecimal number(String id) {
            Answer answer = assessment.answers().get(id);
            if (answer != null && answer.value() instanceof AnswerValue.NumberValue number
                    && evaluation.value(id) != null) {
                return number.number();
            }
            return evaluation.value(id) instanceof Double d ? BigDecimal.valueOf(d) : null;
        }

        private BigDecimal convert(Row row, BigDecimal value) {
            VsmeMapping.Conversion conversion = row.conversion();
            String other = conversion.question();
            BigDecimal base = other == null ? null : number(other);
            switch (conversion.type()) {
                case "-":
                    return value;
                case "scale":
                    return value.multiply(conversion.factor(), MATH);
                case "minus":
                    return base == null ? value : value.subtract(base, MATH);
                case "per":
                    if (base == null || base.signum() == 0) {
                        notWritten.put(row.question(), mapping.notCarriedReason(row.question()));
                        return null;
                    }
                    return value.divide(base, MATH);
                case "share-of":
                    if (base == null) {
                        notWritten.put(row.question(), mapping.notCarriedReason(row.question()));
                        return null;
                    }
                    return value.multiply(base, MATH).divide(BigDecimal.valueOf(100), MATH);
                default:
                    throw new IllegalStateException("unknown conversion " + conversion.type());
            }
        }

        private void nace(Row row, String text) {
            Map<String, String> entries = naceEntries();
            NamedCells.Area area = area(row.name());
            Matcher codes = NACE_CODE.matcher(text);
            int i = 0;
            List<String> unknown = new ArrayList<>();
            while (codes.find() && i < area.rows()) {
                String entry = entries.get(codes.group(1));
                if (entry == null) {
                    unknown.add(codes.group(1));
                    continue;
                }
                put(area.at(i++, 0), entry);
            }
            if (!unknown.isEmpty()) {
                notWritten.put(row.question(), "NACE code " + String.join(", ", unknown)
                        + " is not a class of the template’s list");
            }
        }

        /** The list value equal to {@code text} but for case and spaces, or null. */
        private String listValue(String listName, String text) {
            NamedCells.Area list = area(listName);
            for (int r = 0; r < list.rows(); r++) {
                Cell cell = list.at(r, 0).cell();
                if (cell != null && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().strip().equalsIgnoreCase(text.strip())) {
                    return cell.getStringCellValue();
                }
            }
            return null;
        }

        private Map<String, String> naceEntries() {
            NamedCells.Area list = area(VsmeTemplate.NACE_LIST);
            Map<String, String> entries = new LinkedHashMap<>();
            for (int r = 0; r < list.rows(); r++) {
                Cell cell = list.at(r, 0).cell();
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    Matcher m = NACE_ENTRY.matcher(cell.getStringCellValue().trim());
                    if (m.matches()) {
                        entries.putIfAbsent(m.group(2), cell.getStringCellValue());
                    }
                }
            }
            return entries;
        }

        private void pairs(Row row, String text) {
            NamedCells.Area first = area(row.name());
            NamedCells.Area second = area(row.list().get(0));
            String[] lines = text.strip().split("\\R");
            for (int i = 0; i < lines.length && i < first.rows(); i++) {
                String line = lines[i].strip();
                int comma = line.indexOf(',');
                put(first.at(i, 0), comma < 0 ? line : line.substring(0, comma).strip());
                if (comma >= 0) {
                    put(second.at(i, 0), line.substring(comma + 1).strip());
                }
            }
        }

        /**
         * The rows of a table (list of sites, materials) from a text answer written one item a line (see
         * {@link TableRows}); true when every line became a row, else the lines left out are named.
         */
        private boolean table(Row row, String text) {
            List<NamedCells.Area> columns = new ArrayList<>();
            columns.add(area(row.name()));
            row.list().forEach(name -> columns.add(area(name)));
            TableRows.Parsed parsed = switch (row.name()) {
                case "AddressOfSite" -> TableRows.sites(text, evaluation.value("b1-country") instanceof String c ? c : null);
                case "NameOfMaterialUsed" -> TableRows.materials(text);
                default -> throw new IllegalStateException("mapping.tsv:" + row.line() + ": " + row.name()
                        + " has no reading of text into rows");
            };
            List<String> skipped = new ArrayList<>(parsed.skipped());
            int r = 0;
            for (List<Object> cells : parsed.rows()) {
                if (r == columns.get(0).rows()) {
                    skipped.add(cells.get(0) + " (the table is full)");
                    continue;
                }
                if (row.name().equals("AddressOfSite")) {
                    String country = listValue(VsmeTemplate.COUNTRY_LIST, cells.get(3).toString());
                    if (country == null) {
                        skipped.add(String.join(", ", cells.stream().map(Object::toString).toList())
                                + " (“" + cells.get(3) + "” is not in the template’s list of countries, names in English)");
                        continue;
                    }
                    cells = List.of(cells.get(0), cells.get(1), cells.get(2), country);
                }
                for (int c = 0; c < columns.size(); c++) {
                    Object cell = cells.get(c);
                    put(columns.get(c).at(r, 0), cell instanceof BigDecimal number ? number.doubleValue() : cell);
                }
                r++;
            }
            if (!skipped.isEmpty()) {
                notWritten.put(row.question(), (r == 0 ? "" : r + " written; ") + "not written: "
                        + String.join("; ", skipped.stream().map(l -> "“" + l + "”").toList()) + " — "
                        + mapping.notCarriedReason(row.question()));
                return false;
            }
            return true;
        }

        private NamedCells.Area area(String name) {
            try {
                return NamedCells.area(workbook, name);
            } catch (NamedCells.BrokenName e) {
                throw new IllegalStateException("the shipped template: " + e.getMessage(), e);
            }
        }

        private void set(String name, String cell, Object value) {
            try {
                put(NamedCells.place(workbook, name, cell), value);
            } catch (NamedCells.BrokenName e) {
                throw new IllegalStateException("the shipped template: " + e.getMessage(), e);
            }
        }

        private void put(NamedCells.Place place, Object value) {
            Cell cell = place.cellForWriting();
            if (cell.getCellType() == CellType.FORMULA) {
                throw new IllegalStateException(place.address() + " (" + place.name() + ") holds a formula; "
                        + "the mapping must write the input cell instead");
            }
            if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
