package fr.caprse.excel;

import static fr.caprse.excel.FormFormat.*;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Evaluation;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled form back (through {@link WorkbookReader}). The hidden {@code rows} sheet says which
 * row holds which question; each row's code cell must still say so (a row moved, deleted or a code
 * edited is reported where it happened). Answers are read the way a person may have typed them: labels
 * or codes, in French or in English, numbers as numbers or as text ("12,5", "12 500", "45 %"). Every
 * problem is collected and reported at once, each naming the sheet, the cell and the question; a form
 * with any problem gives no assessment.
 */
final class FormReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9.,]+");
    private static final Set<String> TICKED = Set.of("✔", "✓", "✅", "x", "oui", "yes", "1", "true", "vrai");
    private static final Set<String> NOT_TICKED = Set.of("non", "no", "0", "false", "faux");
    private static final Set<String> NOT_APPLICABLE = Set.of("n/a", "na", "n.a.", "sans objet", "non applicable",
            "not applicable", "non concerné", "non concernée", "not relevant");

    private final ReportReader.Questionnaires questionnaires;
    private final java.util.function.Function<String, List<String>> knownVersions;

    FormReader(ReportReader.Questionnaires questionnaires, java.util.function.Function<String, List<String>> knownVersions) {
        this.questionnaires = questionnaires;
        this.knownVersions = knownVersions;
    }

    ImportedWorkbook read(String file, XSSFWorkbook workbook) throws ReportReadException {
        return new Reading(file, workbook).read();
    }

    /** One row of the rows sheet. */
    private record Mapped(int row, String kind, String questionId, String optionId, String field, String where) {
        String expectedCode() {
            return switch (kind) {
                case KIND_PROFILE -> field;
                case KIND_OPTION -> optionCode(questionId, optionId);
                case KIND_NONE -> noneCode(questionId);
                default -> questionId;
            };
        }
    }

    private final class Reading {
        private final String file;
        private final XSSFWorkbook workbook;
        private final List<String> problems = new ArrayList<>();
        private Questionnaire questionnaire;
        private Sheet form;
        private List<FormLabels> languages;
        private Map<String, String> numbers;

        Reading(String file, XSSFWorkbook workbook) {
            this.file = file;
            this.workbook = workbook;
        }

        ImportedWorkbook read() throws ReportReadException {
            Map<String, String[]> meta = meta();
            String format = required(meta, ReportFormat.FORMAT_KEY);
            if (!FORMAT.equals(format)) {
                throw new ReportReadException(file + ": " + meta.get(ReportFormat.FORMAT_KEY)[1] + ": the form format is "
                        + format + ", made by a newer Cap RSE; this version reads " + FORMAT + ": update Cap RSE");
            }
            String id = required(meta, ReportFormat.QUESTIONNAIRE_ID);
            String version = required(meta, ReportFormat.QUESTIONNAIRE_VERSION);
            questionnaire = questionnaires.find(id, version).orElse(null);
            if (questionnaire == null) {
                List<String> known = knownVersions.apply(id);
                throw new ReportReadException(file + ": " + meta.get(ReportFormat.QUESTIONNAIRE_VERSION)[1]
                        + ": this form was made for questionnaire " + id + " version " + version + ", which this application "
                        + "does not have" + (known.isEmpty() ? "" : " (this application has version " + String.join(", ", known)
                        + ")") + ": open that questionnaire's file first, or send the organisation a new form");
            }
            languages = List.of(new FormLabels(questionnaire, Locale.FRENCH), new FormLabels(questionnaire, Locale.ENGLISH));
            numbers = questionNumbers(questionnaire);
            String sheetName = required(meta, FORM_SHEET);
            form = workbook.getSheet(sheetName);
            if (form == null) {
                throw new ReportReadException(file + ": no sheet named " + sheetName + "; the form's sheets must keep "
                        + "their names: start again from the form as it was sent");
            }
            List<Mapped> rows = rows();
            Map<String, Mapped> byCode = new HashMap<>();
            rows.forEach(m -> byCode.put(m.expectedCode(), m));
            Set<Integer> misplaced = new LinkedHashSet<>();
            for (Mapped mapped : rows) {
                if (!inPlace(mapped, byCode)) {
                    misplaced.add(mapped.row());
                }
            }
            Map<String, String> profile = new LinkedHashMap<>();
            Map<String, Mapped> profileRows = new HashMap<>();
            Map<String, Mapped> questionRows = new LinkedHashMap<>();
            Map<String, Map<String, Mapped>> optionRows = new HashMap<>();
            Map<String, Mapped> noneRows = new HashMap<>();
            for (Mapped m : rows) {
                switch (m.kind()) {
                    case KIND_PROFILE -> profileRows.put(m.field(), m);
                    case KIND_QUESTION -> questionRows.put(m.questionId(), m);
                    case KIND_OPTION -> optionRows.computeIfAbsent(m.questionId(), k -> new LinkedHashMap<>()).put(m.optionId(), m);
                    default -> noneRows.put(m.questionId(), m);
                }
            }
            for (Question question : questionnaire.questions()) {
                if (question.type() != QuestionType.COMPUTED && !questionRows.containsKey(question.id())) {
                    problems.add(file + ": " + ROWS + ": question " + question.id() + " has no row; the hidden rows sheet "
                            + "was changed: start again from the form as it was sent");
                }
            }
            Organisation organisation = null;
            String period = null;
            if (misplaced.isEmpty()) {
                for (Mapped m : profileRows.values()) {
                    String value = cellText(m.row(), ANSWER, m.field());
                    profile.put(m.field(), value);
                }
                organisation = organisation(profile, profileRows);
                period = profile.get("period");
                if (period == null && profileRows.containsKey("period")) {
                    problems.add(problem(profileRows.get("period").row(), ANSWER, "period",
                            "the period is empty; write the year or period assessed, for example 2026"));
                }
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Mapped> entry : questionRows.entrySet()) {
                Question question = questionnaire.question(entry.getKey()).orElse(null);
                if (question == null || misplaced.contains(entry.getValue().row())) {
                    continue;
                }
                Answer answer = answer(question, entry.getValue(), optionRows.getOrDefault(question.id(), Map.of()),
                        noneRows.get(question.id()), misplaced);
                if (answer != null) {
                    answers.put(question.id(), answer);
                }
            }
            if (!problems.isEmpty()) {
                throw new ReportReadException(problems);
            }
            Instant generated = instant(meta.get(ReportFormat.GENERATED));
            Assessment assessment = new Assessment(questionnaire.id(), questionnaire.version(), organisation, period,
                    generated, generated, answers, List.of(), List.of(), List.of());
            String[] code = meta.get(RETURN_CODE);
            String[] hash = meta.get(ReportFormat.QUESTIONNAIRE_HASH);
            return new ImportedWorkbook(ImportedWorkbook.Kind.FORM, assessment, questionnaire,
                    code == null ? "" : code[0], hash == null ? "" : hash[0]);
        }

        // ---- hidden sheets ----------------------------------------------------------------------

        /** Meta key to {value, where}. */
        private Map<String, String[]> meta() throws ReportReadException {
            Sheet sheet = workbook.getSheet(META);
            SheetTable table = new SheetTable(file, sheet, ReportFormat.META_COLUMNS);
            Map<String, String[]> entries = new HashMap<>();
            for (int row = 0; row < table.size(); row++) {
                String key = table.token(row, "key");
                if (key != null) {
                    String value = table.token(row, "value");
                    entries.put(key, new String[] {value == null ? "" : value, table.where(row, "value")});
                }
            }
            return entries;
        }

        private String required(Map<String, String[]> meta, String key) throws ReportReadException {
            String[] entry = meta.get(key);
            if (entry == null || entry[0].isEmpty()) {
                throw new ReportReadException(file + ": the hidden meta sheet has no " + key
                        + "; it is needed to read the form: start again from the form as it was sent");
            }
            return entry[0];
        }

        private Instant instant(String[] entry) {
            if (entry == null || entry[0].isEmpty()) {
                return null;
            }
            try {
                return Instant.parse(entry[0]);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private List<Mapped> rows() throws ReportReadException {
            Sheet sheet = workbook.getSheet(ROWS);
            if (sheet == null) {
                throw new ReportReadException(file + ": the hidden sheet " + ROWS + " is missing; it says which row holds "
                        + "which question: start again from the form as it was sent");
            }
            SheetTable table = new SheetTable(file, sheet, ROW_COLUMNS);
            List<Mapped> rows = new ArrayList<>();
            for (int row = 0; row < table.size(); row++) {
                String number = table.token(row, "row");
                String kind = table.token(row, "kind");
                int index;
                try {
                    index = Integer.parseInt(number == null ? "" : number);
                } catch (NumberFormatException e) {
                    throw table.error(row, "row", "\"" + number + "\" is not a row number");
                }
                if (index < 1 || index > SafeWorkbooks.MAX_ROWS || kind == null) {
                    throw table.error(row, "row", "row " + number + " of kind " + kind + " cannot be read");
                }
                rows.add(new Mapped(index, kind, nullToEmpty(table.token(row, "question_id")),
                        nullToEmpty(table.token(row, "option_id")), nullToEmpty(table.token(row, "field")),
                        table.where(row, "row")));
            }
            return rows;
        }

        // ---- structure --------------------------------------------------------------------------

        /** Whether the code cell of a mapped row still names it; if not, says what happened. */
        private boolean inPlace(Mapped mapped, Map<String, Mapped> byCode) {
            String expected = mapped.expectedCode();
            String found = SheetTable.text(cell(mapped.row() - 1, CODE));
            found = found == null ? "" : found.strip();
            if (found.equals(expected)) {
                return true;
            }
            String where = where(mapped.row() - 1, CODE);
            String what = describe(mapped);
            if (found.isEmpty()) {
                problems.add(file + ": " + where + ": this row should hold " + what + " but is empty: rows were deleted "
                        + "or moved; put them back as they were (or start again from the form as it was sent)");
            } else if (byCode.containsKey(found)) {
                problems.add(file + ": " + where + ": this row should hold " + what + " but holds " + found
                        + ", which belongs at row " + byCode.get(found).row() + ": rows were deleted or moved; put them back "
                        + "as they were (or start again from the form as it was sent)");
            } else {
                problems.add(file + ": " + where + ": the code of " + what + " was changed to \"" + found
                        + "\"; it must stay " + expected + " for the answer to be read: put it back");
            }
            return false;
        }

        private String describe(Mapped mapped) {
            return switch (mapped.kind()) {
                case KIND_PROFILE -> "the profile field " + mapped.field();
                case KIND_OPTION -> "option " + mapped.optionId() + " of question " + label(mapped.questionId());
                case KIND_NONE -> "the \"none of these\" line of question " + label(mapped.questionId());
                default -> "question " + label(mapped.questionId());
            };
        }

        private String label(String questionId) {
            String number = numbers.get(questionId);
            return number == null ? questionId : number + " " + questionId;
        }

        // ---- cells ------------------------------------------------------------------------------

        private Cell cell(int row, int column) {
            Row r = form.getRow(row);
            return r == null ? null : r.getCell(column);
        }

        private String where(int row, int column) {
            return form.getSheetName() + "!" + new CellReference(row, column).formatAsString(false);
        }

        private String problem(int row1, int column, String what, String message) {
            return file + ": " + where(row1 - 1, column) + " (" + what + "): " + message;
        }

        /** The text of a cell (numbers in plain decimal), or null when empty; a formula or an error is a problem. */
        private String cellText(int row1, int column, String what) {
            Cell cell = cell(row1 - 1, column);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.FORMULA) {
                problems.add(problem(row1, column, what, "holds a formula (=" + cell.getCellFormula() + "); formulas are "
                        + "never calculated on import: type the value itself"));
                return null;
            }
            if (cell.getCellType() == CellType.ERROR) {
                problems.add(problem(row1, column, what, "holds an error value; type the value itself"));
                return null;
            }
            String text = SheetTable.text(cell);
            return text == null || text.isBlank() ? null : text.strip();
        }

        // ---- profile ----------------------------------------------------------------------------

        private Organisation organisation(Map<String, String> profile, Map<String, Mapped> rows) {
            String name = profile.get("name");
            if (name == null) {
                if (rows.containsKey("name")) {
                    problems.add(problem(rows.get("name").row(), ANSWER, "name",
                            "the name of the organisation is empty; it is required"));
                }
                name = "?";
            }
            OrganisationSize size = null;
            String sizeText = profile.get("size");
            if (sizeText != null) {
                size = matchSize(sizeText);
                if (size == null) {
                    problems.add(problem(rows.get("size").row(), ANSWER, "size", "\"" + sizeText
                            + "\" is not a size; choose one from the list (micro, small, medium, large)"));
                }
            }
            Integer employees = null;
            String employeesText = profile.get("employees");
            if (employeesText != null) {
                BigDecimal number = parseNumber(employeesText);
                if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                        || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    problems.add(problem(rows.get("employees").row(), ANSWER, "employees", "\"" + employeesText
                            + "\" is not a whole number of employees (0 or more)"));
                } else {
                    employees = number.intValueExact();
                }
            }
            String legalForm = null;
            String legalText = profile.get("legal_form");
            if (legalText != null) {
                legalForm = matchLegalForm(legalText);
                if (legalForm == null) {
                    problems.add(problem(rows.get("legal_form").row(), ANSWER, "legal_form", "\"" + legalText
                            + "\" is not a legal form of the list; choose one from the list"));
                }
            }
            Boolean ess = null;
            String essText = profile.get("ess");
            if (essText != null) {
                ess = yesNo(essText);
                if (ess == null) {
                    problems.add(problem(rows.get("ess").row(), ANSWER, "ess", "\"" + essText + "\" is not yes or no"));
                }
            }
            return new Organisation(name, profile.get("id"), profile.get("sector"), size, employees, legalForm,
                    profile.get("territory"), ess);
        }

        private OrganisationSize matchSize(String text) {
            String key = normalise(text);
            for (OrganisationSize size : OrganisationSize.values()) {
                if (key.equals(size.code())) {
                    return size;
                }
                for (FormLabels labels : languages) {
                    String label = normalise(labels.size(size));
                    if (key.equals(label) || key.equals(label.replaceAll(" \\(.*\\)$", ""))) {
                        return size;
                    }
                }
            }
            return null;
        }

        private String matchLegalForm(String text) {
            String key = normalise(text);
            for (String code : LegalForm.CODES) {
                if (key.equals(code)) {
                    return code;
                }
                for (FormLabels labels : languages) {
                    if (key.equals(normalise(labels.legalForm(code)))) {
                        return code;
                    }
                }
            }
            return LegalForm.isKnown(text) ? LegalForm.normalise(text) : null;
        }

        private Boolean yesNo(String text) {
            String key = normalise(text);
            for (FormLabels labels : languages) {
                if (key.equals(normalise(labels.yes()))) {
                    return true;
                }
                if (key.equals(normalise(labels.no()))) {
                    return false;
                }
            }
            return SheetTable.yesNo(key);
        }

        // ---- answers ----------------------------------------------------------------------------

        private Answer answer(Question question, Mapped mapped, Map<String, Mapped> options, Mapped none,
                              Set<Integer> misplaced) {
            String what = "question " + label(question.id());
            int row = mapped.row();
            String comment = cellText(row, COMMENT, what);
            String text = question.type() == QuestionType.TEXT ? rawText(row, what) : cellText(row, ANSWER, what);
            boolean na = false;
            AnswerValue value = null;
            if (text != null && isNotApplicable(text)) {
                if (!question.na()) {
                    problems.add(problem(row, ANSWER, what, "\"" + text + "\": this question does not allow "
                            + "\"not applicable\"; choose an answer or leave the cell empty"));
                    return null;
                }
                na = true;
            } else if (question.type() == QuestionType.MULTIPLE) {
                if (text != null && !text.equals(languages.get(0).texts().get("form.multiple.below"))
                        && !text.equals(languages.get(1).texts().get("form.multiple.below"))) {
                    problems.add(problem(row, ANSWER, what, "\"" + text + "\": tick the lines below this question instead"));
                    return null;
                }
                value = ticks(question, options, none, misplaced);
            } else if (text != null) {
                value = value(question, row, text, what);
            }
            if (value == null && !na && comment == null) {
                return null;
            }
            return new Answer(question.id(), value, na, comment, null, null, null, false);
        }

        /** A text answer exactly as typed (only a formula or an error is refused). */
        private String rawText(int row1, String what) {
            Cell cell = cell(row1 - 1, ANSWER);
            if (cell == null || cell.getCellType() == CellType.FORMULA || cell.getCellType() == CellType.ERROR) {
                return cellText(row1, ANSWER, what);
            }
            String text = SheetTable.text(cell);
            return text == null || text.isBlank() ? null : text;
        }

        private AnswerValue value(Question question, int row, String text, String what) {
            switch (question.type()) {
                case TEXT -> {
                    return new AnswerValue.TextValue(text);
                }
                case MATURITY -> {
                    Integer level = matchLevel(text);
                    if (level == null) {
                        problems.add(problem(row, ANSWER, what, "\"" + text + "\" is not a level of the list; choose a "
                                + "level from 0 to " + questionnaire.scale().highest() + " in the list"));
                        return null;
                    }
                    return new AnswerValue.LevelValue(level);
                }
                case SINGLE, YESNO -> {
                    Option option = matchOption(question, text);
                    if (option == null) {
                        problems.add(problem(row, ANSWER, what, "\"" + text + "\" is not one of the answers of the list ("
                                + String.join(" / ", languages.get(0).options(question)) + "); choose one in the list"));
                        return null;
                    }
                    return new AnswerValue.Choice(option.id());
                }
                case NUMBER, PERCENT -> {
                    return numberValue(question, row, text, what);
                }
                default -> {
                    return null;
                }
            }
        }

        private AnswerValue numberValue(Question question, int row, String text, String what) {
            Cell cell = cell(row - 1, ANSWER);
            BigDecimal number;
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                number = new BigDecimal(SheetTable.plain(cell.getNumericCellValue()));
                String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                if (format != null && format.contains("%") && question.type() == QuestionType.PERCENT) {
                    number = number.movePointRight(2); // typed "45 %": the spreadsheet stored 0.45
                }
            } else {
                String token = text;
                boolean percent = token.endsWith("%");
                if (percent) {
                    token = token.substring(0, token.length() - 1).strip();
                }
                number = parseNumber(token);
                if (number == null) {
                    String unit = question.hasUnit() ? " (" + units(question) + ")" : "";
                    problems.add(problem(row, ANSWER, what, "\"" + text + "\" is not a number; type the number alone, "
                            + "like 12,5 or 12 500" + (unit.isEmpty() ? "" : ": the unit" + unit + " is already given")));
                    return null;
                }
                if (percent && question.type() != QuestionType.PERCENT && !"%".equals(question.unit("fr"))) {
                    problems.add(problem(row, ANSWER, what, "\"" + text + "\" is a percentage, but this question asks for "
                            + "a number" + (question.hasUnit() ? " in " + units(question) : "")));
                    return null;
                }
            }
            double x = number.doubleValue();
            if (!Double.isFinite(x) || !Evaluation.withinBounds(question, x)) {
                Double min = question.min();
                Double max = question.max();
                if (question.type() == QuestionType.PERCENT) {
                    min = min == null ? 0.0 : Math.max(min, 0.0);
                    max = max == null ? 100.0 : Math.min(max, 100.0);
                }
                String range = ((min == null ? "" : "from " + SheetTable.plain(min) + " ")
                        + (max == null ? "" : "to " + SheetTable.plain(max))).strip();
                problems.add(problem(row, ANSWER, what, number.stripTrailingZeros().toPlainString()
                        + " is outside the allowed range (" + range + ")"));
                return null;
            }
            return new AnswerValue.NumberValue(number);
        }

        private AnswerValue ticks(Question question, Map<String, Mapped> options, Mapped none, Set<Integer> misplaced) {
            String what = "question " + label(question.id());
            List<String> chosen = new ArrayList<>();
            for (Option option : question.options()) {
                Mapped mapped = options.get(option.id());
                if (mapped == null) {
                    problems.add(file + ": " + ROWS + ": option " + option.id() + " of question " + label(question.id())
                            + " has no row; the hidden rows sheet was changed: start again from the form as it was sent");
                    continue;
                }
                if (!misplaced.contains(mapped.row()) && ticked(mapped.row(), what + ", option " + option.id())) {
                    chosen.add(option.id());
                }
            }
            boolean noneTicked = none != null && !misplaced.contains(none.row())
                    && ticked(none.row(), what + ", \"none of these\"");
            if (noneTicked && !chosen.isEmpty()) {
                problems.add(problem(none.row(), ANSWER, what, "\"none of these\" is ticked together with other lines; "
                        + "keep one or the other"));
                return null;
            }
            if (noneTicked) {
                return new AnswerValue.Choices(List.of());
            }
            return chosen.isEmpty() ? null : new AnswerValue.Choices(chosen);
        }

        private boolean ticked(int row, String what) {
            String text = cellText(row, ANSWER, what);
            if (text == null) {
                return false;
            }
            String key = normalise(text);
            if (TICKED.contains(key)) {
                return true;
            }
            if (!NOT_TICKED.contains(key)) {
                problems.add(problem(row, ANSWER, what, "\"" + text + "\" is not a tick; choose ✔ in the list, "
                        + "or leave the cell empty"));
            }
            return false;
        }

        private Integer matchLevel(String text) {
            String key = normalise(text);
            int highest = questionnaire.scale().highest();
            for (int level = 0; level <= highest; level++) {
                if (key.equals(Integer.toString(level))) {
                    return level;
                }
                for (FormLabels labels : languages) {
                    String label = normalise(labels.level(level));
                    String bare = normalise(questionnaire.scale().level(level).label().get(labels.language()));
                    if (key.equals(label) || (!bare.isEmpty() && key.equals(bare))) {
                        return level;
                    }
                }
            }
            return null;
        }

        private Option matchOption(Question question, String text) {
            String key = normalise(text);
            for (Option option : question.options()) {
                if (key.equals(normalise(option.id()))) {
                    return option;
                }
                for (FormLabels labels : languages) {
                    if (key.equals(normalise(labels.option(question, option)))) {
                        return option;
                    }
                }
            }
            if (question.type() == QuestionType.YESNO) {
                Boolean yes = yesNo(text);
                if (yes != null) {
                    return question.option(yes ? "yes" : "no").orElse(null);
                }
            }
            return null;
        }

        private boolean isNotApplicable(String text) {
            String key = normalise(text);
            return NOT_APPLICABLE.contains(key) || languages.stream().anyMatch(l -> key.equals(normalise(l.na())));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * How labels are compared: case, accents kept but composed the same way, spaces collapsed, the
     * typographic apostrophe and dashes read as the plain ones.
     */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-')
                .replace('\u00A0', ' ').replace('\u202F', ' ');
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A question's unit as the form shows it, in both its languages when they differ ("h/pers. / h/person"). */
    private static String units(Question question) {
        return question.unit().byLanguage().values().stream().distinct().collect(java.util.stream.Collectors.joining(" / "));
    }

    /**
     * A number as a person may type it: "12,5" or "12.5", "12 500" (spaces, no-break spaces),
     * "1,234.5" or "1.234,5"; null when it is not a number.
     */
    static BigDecimal parseNumber(String text) {
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\'', ' ').replace('−', '-').strip();
        s = s.replaceAll("(?<=\\d) (?=\\d)", "");
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.indexOf(',') == comma ? s.replace(',', '.') : s.replace(",", "");
        } else if (dot >= 0 && s.indexOf('.') != dot) {
            s = s.replace(".", "");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
