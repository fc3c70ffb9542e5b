package fr.caprse.excel;

import static fr.caprse.excel.FormFormat.*;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.platform.AppInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank Excel form of a questionnaire: a workbook a person who has never seen Cap RSE fills
 * in with Excel or LibreOffice and sends back (docs/excel-form.md). An instructions sheet; the form
 * sheet with the profile block on top and one row a question, grouped by theme, each with its help and
 * level descriptions, a drop-down list of labels in words (levels, options, yes/no, "not applicable"
 * where allowed), tick cells for multiple choice, numbers checked for type and bounds, conditional
 * questions explained in words and greyed when they do not apply, a live count of answers per theme;
 * only the answer cells unlocked (sheet protection without password), frozen header, A4 landscape
 * print set-up. Hidden sheets name the questionnaire (id, version, SHA-256) and map every answer row
 * to its question, which is how {@link FormReader} reads it back whatever the row positions.
 */
public final class FormWriter {

    static final String BUNDLE = "fr.caprse.excel.form";
    /** Longest input message Excel shows (characters), and its title. */
    private static final int PROMPT_MAX = 255;
    private static final int PROMPT_TITLE_MAX = 32;
    private static final byte[] ANSWER_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] GREYED_FILL = {(byte) 0xE0, (byte) 0xE0, (byte) 0xE0};
    private static final byte[] GREYED_TEXT = {(byte) 0x9A, (byte) 0x9A, (byte) 0x9A};

    private final Clock clock;

    public FormWriter() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives the form's date and the period proposed when none is given. */
    public FormWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes the form to {@code target} through a temporary file renamed at the end. */
    public void write(FormInput input, Locale locale, Path target) throws IOException {
        Workbooks.write(() -> build(input, locale), target);
    }

    /** Writes the form to {@code out} (not closed). */
    public void write(FormInput input, Locale locale, OutputStream out) throws IOException {
        Workbooks.write(() -> build(input, locale), out);
    }

    /** The form as a workbook in memory. */
    XSSFWorkbook build(FormInput input, Locale locale) {
        return Workbooks.build(workbook -> new Build(workbook, input, locale, clock).run());
    }

    /** One form being built. */
    private static final class Build implements FormConditions.Places {
        private final XSSFWorkbook workbook;
        private final FormInput input;
        private final Questionnaire questionnaire;
        private final FormLabels labels;
        private final ReportTexts texts;
        private final ReportStyles styles;
        private final Instant now;
        private final LocalDate today;
        private final String language;
        private final FormConditions conditions;

        private XSSFSheet form;
        private XSSFSheet lists;
        private XSSFDataValidationHelper validations;
        private final XSSFCellStyle answer;
        private final XSSFCellStyle answerCentered;
        private final XSSFCellStyle help;
        private final XSSFCellStyle code;
        private final XSSFCellStyle band;
        private final XSSFCellStyle bandCount;
        private final XSSFCellStyle optionLabel;
        private final XSSFCellStyle paragraph;

        /** Row of each profile field, question, option tick and "none of these" tick (0-based). */
        private final Map<String, Integer> profileRows = new LinkedHashMap<>();
        private final Map<String, Integer> questionRows = new LinkedHashMap<>();
        private final Map<String, Integer> tickRows = new LinkedHashMap<>();
        private final Map<String, Integer> noneRows = new LinkedHashMap<>();
        private final Map<String, String> numbers = new LinkedHashMap<>();
        private final Map<String, Integer> themeRows = new LinkedHashMap<>();
        /** Mapped rows for the rows sheet: row, kind, question, option, field. */
        private final List<String[]> mapping = new ArrayList<>();
        private int lastRow;
        private int listColumn;
        private String levelsRange;
        private final List<String> otherLevels;
        private String otherLevelsRange;
        private String levelsNaRange;
        private String yesNoRange;
        private String yesNoNaRange;
        private String tickRange;
        private String naRange;

        Build(XSSFWorkbook workbook, FormInput input, Locale locale, Clock clock) {
            this.workbook = workbook;
            this.input = input;
            this.questionnaire = input.questionnaire();
            this.labels = new FormLabels(questionnaire, locale);
            this.texts = labels.texts();
            this.language = texts.language();
            this.styles = new ReportStyles(workbook, "yyyy-mm-dd");
            this.now = clock.instant();
            this.today = now.atZone(clock.getZone()).toLocalDate();
            FormLabels other = new FormLabels(questionnaire, "en".equals(language) ? Locale.FRENCH : Locale.ENGLISH);
            this.otherLevels = other.levels();
            this.conditions = new FormConditions(questionnaire, labels, other, this);

            answer = unlocked(styles.cell);
            answer.setFillForegroundColor(new XSSFColor(ANSWER_FILL, null));
            answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            answerCentered = workbook.createCellStyle();
            answerCentered.cloneStyleFrom(answer);
            answerCentered.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            XSSFFont small = workbook.createFont();
            small.setFontName(ReportStyles.FONT);
            small.setFontHeightInPoints((short) 9);
            help = workbook.createCellStyle();
            help.cloneStyleFrom(styles.cell);
            help.setFont(small);
            XSSFFont tiny = workbook.createFont();
            tiny.setFontName(ReportStyles.FONT);
            tiny.setFontHeightInPoints((short) 8);
            tiny.setColor(new XSSFColor(ReportStyles.GREY, null));
            code = workbook.createCellStyle();
            code.cloneStyleFrom(styles.cell);
            code.setFont(tiny);
            band = styles.cellBold;
            bandCount = workbook.createCellStyle();
            bandCount.cloneStyleFrom(styles.cellBold);
            bandCount.setWrapText(false);
            optionLabel = workbook.createCellStyle();
            optionLabel.cloneStyleFrom(styles.cell);
            optionLabel.setIndention((short) 2);
            paragraph = workbook.createCellStyle();
            paragraph.cloneStyleFrom(styles.value);
            XSSFFont body = workbook.createFont();
            body.setFontName(ReportStyles.FONT);
            body.setFontHeightInPoints((short) ReportStyles.BODY_POINTS);
            paragraph.setFont(body);
        }

        private XSSFCellStyle unlocked(XSSFCellStyle base) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setLocked(false);
            return style;
        }

        void run() {
            XSSFSheet instructions = workbook.createSheet(texts.get("form.sheet.instructions"));
            form = workbook.createSheet(texts.get("form.sheet.form"));
            lists = workbook.createSheet(LISTS);
            validations = new XSSFDataValidationHelper(form);
            plan();
            writeLists();
            writeHeader();
            writeProfile();
            for (Theme theme : questionnaire.themes()) {
                writeTheme(theme);
            }
            finishForm();
            writeInstructions(instructions);
            writeMeta();
            writeRows();
            ReportBook.offPaper(workbook, lists);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.setForceFormulaRecalculation(true);
            workbook.lockStructure();
            properties();
        }

        // ---- layout -----------------------------------------------------------------------------

        private static final int HEADER_ROW = 2;

        private void plan() {
            int row = HEADER_ROW + 1; // the profile band
            for (String field : PROFILE_FIELDS) {
                profileRows.put(field, ++row);
            }
            numbers.putAll(questionNumbers(questionnaire));
            for (Theme theme : questionnaire.themes()) {
                List<Question> questions = formQuestions(theme);
                if (questions.isEmpty()) {
                    continue;
                }
                themeRows.put(theme.id(), ++row);
                for (Question question : questions) {
                    questionRows.put(question.id(), ++row);
                    if (question.type() == QuestionType.MULTIPLE) {
                        for (Option option : question.options()) {
                            tickRows.put(optionCode(question.id(), option.id()), ++row);
                        }
                        if (hasNoneRow(question)) {
                            noneRows.put(question.id(), ++row);
                        }
                    }
                }
            }
            lastRow = row;
        }

        private static String absolute(int column, int row) {
            return new CellReference(row, column, true, true).formatAsString();
        }

        @Override
        public String answer(String questionId) {
            Integer row = questionRows.get(questionId);
            return row == null ? null : absolute(ANSWER, row);
        }

        @Override
        public String applies(String questionId) {
            Integer row = questionRows.get(questionId);
            Question question = questionnaire.question(questionId).orElse(null);
            return row == null || question == null || question.appliesWhen() == null ? null : absolute(APPLIES, row);
        }

        @Override
        public String tick(String questionId, String optionId) {
            Integer row = tickRows.get(optionCode(questionId, optionId));
            return row == null ? null : absolute(ANSWER, row);
        }

        @Override
        public String profile(String field) {
            Integer row = profileRows.get(field);
            return row == null ? null : absolute(ANSWER, row);
        }

        @Override
        public String levels() {
            return levelsRange;
        }

        @Override
        public String otherLevels() {
            return otherLevelsRange;
        }

        @Override
        public String number(String questionId) {
            return numbers.getOrDefault(questionId, questionId);
        }

        // ---- drop-down lists --------------------------------------------------------------------

        private void writeLists() {
            List<String> levels = labels.levels();
            levelsRange = list(levels);
            otherLevelsRange = list(otherLevels);
            levelsNaRange = list(with(levels, labels.na()));
            yesNoRange = list(List.of(labels.yes(), labels.no()));
            yesNoNaRange = list(List.of(labels.yes(), labels.no(), labels.na()));
            tickRange = list(List.of(labels.tick()));
            naRange = list(List.of(labels.na()));
        }

        private static List<String> with(List<String> items, String last) {
            List<String> all = new ArrayList<>(items);
            all.add(last);
            return all;
        }

        /** Writes a list in the next column of the lists sheet; returns its range ({@code lists!$A$1:$A$5}). */
        private String list(List<String> items) {
            int column = listColumn++;
            for (int i = 0; i < items.size(); i++) {
                XSSFRow row = ReportBook.row(lists, i);
                exact(row, column, items.get(i), styles.dataText, "a list value");
            }
            String letter = CellReference.convertNumToColString(column);
            return LISTS + "!$" + letter + "$1:$" + letter + "$" + Math.max(1, items.size());
        }

        // ---- the form sheet ---------------------------------------------------------------------

        private void writeHeader() {
            XSSFRow title = ReportBook.row(form, 0);
            text(title, 0, texts.get("form.title", questionnaire.title().get(language)), styles.title);
            title.setHeightInPoints(24);
            form.addMergedRegion(new CellRangeAddress(0, 0, 0, COMMENT));
            String subtitle = texts.get("form.subtitle", questionnaire.id(), questionnaire.version());
            if (input.returnCode() != null) {
                subtitle = subtitle + " · " + texts.get("form.subtitle.code", input.returnCode());
            }
            text(ReportBook.row(form, 1), 0, subtitle, styles.subtitle);
            form.addMergedRegion(new CellRangeAddress(1, 1, 0, COMMENT));
            XSSFRow header = ReportBook.row(form, HEADER_ROW);
            String[] titles = {"form.column.code", "form.column.question", "form.column.answer", "form.column.how",
                    "form.column.help", "form.column.comment", "form.column.answered", "form.column.applies"};
            for (int i = 0; i < titles.length; i++) {
                text(header, i, texts.get(titles[i]), styles.header);
            }
            header.setHeightInPoints(30);
        }

        private void writeProfile() {
            bandRow(HEADER_ROW + 1, texts.get("form.profile"), null);
            Organisation org = input.organisation();
            for (String field : PROFILE_FIELDS) {
                int r = profileRows.get(field);
                XSSFRow row = ReportBook.row(form, r);
                text(row, CODE, field, code);
                text(row, QUESTION, labels.profileField(field), styles.cellBold);
                XSSFCell value = row.createCell(ANSWER);
                value.setCellStyle(answer);
                String how;
                switch (field) {
                    case "name" -> {
                        how = texts.get("form.how.required");
                        textValue(value, org == null ? null : org.name());
                        validate(r, validations.createTextLengthConstraint(OperatorType.BETWEEN, "1", "500"),
                                how, "form.error.text");
                    }
                    case "sector" -> {
                        how = texts.get("form.how.sector");
                        textValue(value, org == null ? null : org.sector());
                    }
                    case "size" -> {
                        how = texts.get("form.how.list");
                        textValue(value, org == null || org.size() == null ? null : labels.size(org.size()));
                        dropDown(r, list(labels.sizes()), how);
                    }
                    case "employees" -> {
                        how = texts.get("form.how.employees");
                        if (org != null && org.employees() != null) {
                            value.setCellValue(org.employees());
                        }
                        validate(r, validations.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                                how, "form.error.employees");
                    }
                    case "legal_form" -> {
                        how = texts.get("form.how.list");
                        textValue(value, org == null || org.legalForm() == null ? null : labels.orgValue("legal_form", org.legalForm()));
                        dropDown(r, list(labels.legalForms()), how);
                    }
                    case "ess" -> {
                        how = texts.get("form.how.list");
                        textValue(value, org == null || org.ess() == null ? null : org.ess() ? labels.yes() : labels.no());
                        dropDown(r, yesNoRange, how);
                    }
                    case "period" -> {
                        how = texts.get("form.how.period", Integer.toString(today.getYear()));
                        textValue(value, input.period() != null ? input.period() : Integer.toString(today.getYear()));
                    }
                    case "id" -> {
                        how = texts.get("form.how.optional");
                        textValue(value, org == null ? null : org.registryId());
                    }
                    default -> {
                        how = texts.get("form.how.optional");
                        textValue(value, org == null ? null : org.territory());
                    }
                }
                text(row, HOW, how, styles.cellMuted);
                text(row, HELP, null, help);
                text(row, COMMENT, null, styles.cell);
                mapping.add(new String[] {Integer.toString(r + 1), KIND_PROFILE, "", "", field});
            }
        }

        private void bandRow(int r, String title, String count) {
            XSSFRow row = ReportBook.row(form, r);
            for (int c = CODE; c <= COMMENT; c++) {
                text(row, c, null, band);
            }
            text(row, QUESTION, title, band);
            if (count != null) {
                XSSFCell cell = row.getCell(ANSWER);
                cell.setCellFormula(count);
                cell.setCellStyle(bandCount);
            }
            row.setHeightInPoints(20);
        }

        private void writeTheme(Theme theme) {
            Integer themeRow = themeRows.get(theme.id());
            if (themeRow == null) {
                return;
            }
            List<Question> questions = formQuestions(theme);
            int first = questionRows.get(questions.get(0).id()) + 1;
            int last = themeRow;
            for (Question question : questions) {
                last = Math.max(last, lastRowOf(question));
            }
            String range = "G" + first + ":G" + (last + 1);
            String applies = "H" + first + ":H" + (last + 1);
            String count = "SUM(" + range + ")&\" " + texts.get("form.theme.count").replace("\"", "\"\"") + " \"&SUM(" + applies + ")";
            String number = numbers.get(questions.get(0).id());
            bandRow(themeRow, number.substring(0, number.indexOf('.')) + ". " + theme.title().get(language), count);
            for (Question question : questions) {
                writeQuestion(question);
            }
        }

        private int lastRowOf(Question question) {
            Integer none = noneRows.get(question.id());
            if (none != null) {
                return none;
            }
            int last = questionRows.get(question.id());
            for (Option option : question.options()) {
                last = Math.max(last, tickRows.getOrDefault(optionCode(question.id(), option.id()), last));
            }
            return last;
        }

        private void writeQuestion(Question question) {
            int r = questionRows.get(question.id());
            XSSFRow row = ReportBook.row(form, r);
            Answer given = input.answers().get(question.id());
            text(row, CODE, question.id(), code);
            text(row, QUESTION, numbers.get(question.id()) + "  " + question.text().get(language), styles.cell);
            XSSFCell cell = row.createCell(ANSWER);
            cell.setCellStyle(answer);
            text(row, HOW, how(question), styles.cellMuted);
            text(row, HELP, helpText(question), help);
            XSSFCell comment = row.createCell(COMMENT);
            comment.setCellStyle(answer);
            if (given != null && given.comment() != null) {
                textValue(comment, given.comment());
            }
            mapping.add(new String[] {Integer.toString(r + 1), KIND_QUESTION, question.id(), "", ""});
            String prompt = promptFor(question);
            boolean na = given != null && given.na() && question.na();
            AnswerValue value = given == null || given.na() ? null : given.value();
            switch (question.type()) {
                case MATURITY -> {
                    dropDown(r, question.na() ? levelsNaRange : levelsRange, prompt);
                    if (value instanceof AnswerValue.LevelValue level && level.level() <= questionnaire.scale().highest()) {
                        textValue(cell, labels.level(level.level()));
                    }
                }
                case SINGLE -> {
                    List<String> options = labels.options(question);
                    dropDown(r, list(question.na() ? with(options, labels.na()) : options), prompt);
                    if (value instanceof AnswerValue.Choice choice) {
                        question.option(choice.optionId()).ifPresent(o -> textValue(cell, labels.option(question, o)));
                    }
                }
                case YESNO -> {
                    dropDown(r, question.na() ? yesNoNaRange : yesNoRange, prompt);
                    if (value instanceof AnswerValue.Choice choice) {
                        question.option(choice.optionId()).ifPresent(o -> textValue(cell, labels.option(question, o)));
                    }
                }
                case NUMBER, PERCENT -> {
                    numberValidation(question, r, prompt);
                    if (value instanceof AnswerValue.NumberValue number) {
                        cell.setCellValue(number.number().doubleValue());
                    }
                }
                case TEXT -> {
                    validate(r, validations.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
                            Integer.toString(ReportBook.MAX_CELL_TEXT), null), prompt, "form.error.text");
                    if (value instanceof AnswerValue.TextValue text) {
                        textValue(cell, text.text());
                    }
                }
                case MULTIPLE -> writeTicks(question, value, prompt);
                default -> throw new IllegalStateException("no form row for " + question.type());
            }
            if (na) {
                textValue(cell, labels.na());
            }
            String appliesCell = "H" + (r + 1);
            if (question.type() == QuestionType.MULTIPLE) {
                int firstTick = r + 2;
                int lastTick = lastRowOf(question) + 1;
                // without N/A, the question's own cell only shows "tick below": the ticks alone say it is answered
                String ticked = "COUNTA(C" + firstTick + ":C" + lastTick + ")>0";
                formula(row, ANSWERED, "IF(AND(" + appliesCell + "=1," + (question.na() ? "OR(C" + (r + 1) + "<>\"\"," + ticked + ")"
                        : ticked) + "),1,0)");
            } else {
                formula(row, ANSWERED, "IF(AND(" + appliesCell + "=1,C" + (r + 1) + "<>\"\"),1,0)");
            }
            if (question.appliesWhen() == null) {
                XSSFCell applies = row.createCell(APPLIES);
                applies.setCellValue(1);
                applies.setCellStyle(styles.dataNumber);
            } else {
                Optional<String> condition = conditions.formula(question.appliesWhen());
                if (condition.isPresent()) {
                    formula(row, APPLIES, "IF(" + condition.get() + ",1,0)");
                    greyWhenNotApplying(r, lastRowOf(question));
                } else {
                    XSSFCell applies = row.createCell(APPLIES);
                    applies.setCellValue(1);
                    applies.setCellStyle(styles.dataNumber);
                }
            }
        }

        private void writeTicks(Question question, AnswerValue value, String prompt) {
            int r = questionRows.get(question.id());
            XSSFCell cell = form.getRow(r).getCell(ANSWER);
            if (question.na()) {
                dropDown(r, naRange, texts.get("form.how.na", labels.na()));
            } else {
                cell.setCellStyle(styles.cellMuted);
                cell.setCellValue(texts.get("form.multiple.below"));
            }
            List<String> chosen = value instanceof AnswerValue.Choices choices ? choices.optionIds() : List.of();
            for (Option option : question.options()) {
                int t = tickRows.get(optionCode(question.id(), option.id()));
                tickRow(t, optionCode(question.id(), option.id()), labels.option(question, option),
                        chosen.contains(option.id()), prompt);
                mapping.add(new String[] {Integer.toString(t + 1), KIND_OPTION, question.id(), option.id(), ""});
            }
            Integer n = noneRows.get(question.id());
            if (n != null) {
                tickRow(n, noneCode(question.id()), labels.none(),
                        value instanceof AnswerValue.Choices choices && choices.optionIds().isEmpty(), prompt);
                mapping.add(new String[] {Integer.toString(n + 1), KIND_NONE, question.id(), "", ""});
            }
        }

        private void tickRow(int r, String codeText, String label, boolean ticked, String prompt) {
            XSSFRow row = ReportBook.row(form, r);
            text(row, CODE, codeText, code);
            text(row, QUESTION, label, optionLabel);
            XSSFCell tick = row.createCell(ANSWER);
            tick.setCellStyle(answerCentered);
            if (ticked) {
                tick.setCellValue(labels.tick());
            }
            text(row, HOW, texts.get("form.how.tick"), styles.cellMuted);
            text(row, HELP, null, help);
            text(row, COMMENT, null, styles.cell);
            dropDown(r, tickRange, prompt);
        }

        private String how(Question question) {
            List<String> lines = new ArrayList<>();
            switch (question.type()) {
                case MATURITY -> lines.add(texts.get("form.how.maturity", questionnaire.scale().highest()));
                case SINGLE -> lines.add(texts.get("form.how.single"));
                case YESNO -> lines.add(texts.get("form.how.yesno"));
                case MULTIPLE -> lines.add(texts.get("form.how.multiple", labels.none()));
                case TEXT -> lines.add(texts.get("form.how.text"));
                case PERCENT -> {
                    double[] bounds = bounds(question);
                    lines.add(texts.get("form.how.percent", texts.number(bounds[0]), texts.number(bounds[1])));
                }
                case NUMBER -> {
                    lines.add(texts.get("form.how.number"));
                    if (question.hasUnit()) {
                        lines.add(texts.get("form.how.unit", question.unit(language)));
                    }
                    if (question.min() != null && question.max() != null) {
                        lines.add(texts.get("form.how.bounds", texts.number(question.min()), texts.number(question.max())));
                    } else if (question.min() != null) {
                        lines.add(texts.get("form.how.min", texts.number(question.min())));
                    } else if (question.max() != null) {
                        lines.add(texts.get("form.how.max", texts.number(question.max())));
                    }
                }
                default -> {
                }
            }
            if (question.na()) {
                lines.add(texts.get("form.how.na", labels.na()));
            }
            if (question.appliesWhen() != null) {
                lines.add(texts.get("form.how.applies", conditions.words(question.appliesWhen())));
            }
            return String.join("\n", lines);
        }

        /** The input message of an answer cell: what to enter, within Excel's 255 characters. */
        private String promptFor(Question question) {
            String how = how(question);
            String first = switch (question.type()) {
                case MATURITY, SINGLE, YESNO -> texts.get("form.input.list");
                case MULTIPLE -> texts.get("form.input.tick");
                case NUMBER, PERCENT -> texts.get("form.input.number");
                default -> texts.get("form.input.text");
            };
            return first + "\n" + how;
        }

        private String helpText(Question question) {
            List<String> lines = new ArrayList<>();
            String helpText = question.help().get(language);
            if (!helpText.isBlank()) {
                lines.add(helpText.strip());
            }
            if (question.type() == QuestionType.MATURITY) {
                lines.add(texts.get("form.levels"));
                for (int level = 0; level <= questionnaire.scale().highest(); level++) {
                    String description = question.levelDescription(questionnaire.scale(), level).get(language);
                    lines.add(labels.level(level) + (description.isBlank() ? "" : sep() + description.strip()));
                }
            } else if (question.type() == QuestionType.SINGLE) {
                for (Option option : question.options()) {
                    lines.add("• " + labels.option(question, option));
                }
            }
            return String.join("\n", lines);
        }

        private String sep() {
            return "fr".equals(language) ? " : " : ": ";
        }

        private static double[] bounds(Question question) {
            double min = question.min() == null ? 0 : Math.max(0, question.min());
            double max = question.max() == null ? 100 : Math.min(100, question.max());
            return new double[] {min, max};
        }

        private void numberValidation(Question question, int r, String prompt) {
            Double min = question.min();
            Double max = question.max();
            if (question.type() == QuestionType.PERCENT) {
                double[] b = bounds(question);
                min = b[0];
                max = b[1];
            }
            String cell = "C" + (r + 1);
            if (question.na()) {
                List<String> parts = new ArrayList<>();
                parts.add("ISNUMBER(" + cell + ")");
                if (min != null) {
                    parts.add(cell + ">=" + SheetTable.plain(min));
                }
                if (max != null) {
                    parts.add(cell + "<=" + SheetTable.plain(max));
                }
                String formula = "OR(AND(" + String.join(",", parts) + ")," + cell + "=" + FormConditions.quoted(labels.na()) + ")";
                validate(r, validations.createCustomConstraint(formula), prompt, "form.error.number");
                return;
            }
            DataValidationConstraint constraint;
            if (min != null && max != null) {
                constraint = validations.createDecimalConstraint(OperatorType.BETWEEN, SheetTable.plain(min), SheetTable.plain(max));
            } else if (min != null) {
                constraint = validations.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, SheetTable.plain(min), null);
            } else if (max != null) {
                constraint = validations.createDecimalConstraint(OperatorType.LESS_OR_EQUAL, SheetTable.plain(max), null);
            } else {
                constraint = validations.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15");
            }
            validate(r, constraint, prompt, "form.error.number");
        }

        private void dropDown(int r, String range, String prompt) {
            validate(r, validations.createFormulaListConstraint(range), prompt, "form.error.list");
        }

        private void validate(int r, DataValidationConstraint constraint, String prompt, String errorKey) {
            DataValidation validation = validations.createValidation(constraint, new CellRangeAddressList(r, r, ANSWER, ANSWER));
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setShowErrorBox(true);
            validation.createErrorBox(shorten(texts.get("form.error.title"), PROMPT_TITLE_MAX),
                    shorten(texts.get(errorKey), PROMPT_MAX));
            validation.setShowPromptBox(true);
            validation.createPromptBox(shorten(texts.get("form.input.title"), PROMPT_TITLE_MAX), shorten(prompt, PROMPT_MAX));
            validation.setEmptyCellAllowed(true);
            if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
            }
            form.addValidationData(validation);
        }

        private static String shorten(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }

        private void greyWhenNotApplying(int first, int last) {
            XSSFConditionalFormattingRule rule = form.getSheetConditionalFormatting()
                    .createConditionalFormattingRule(absolute(APPLIES, first) + "=0");
            XSSFPatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(GREYED_FILL, null));
            fill.setFillPattern(XSSFPatternFormatting.SOLID_FOREGROUND);
            XSSFFontFormatting font = rule.createFontFormatting();
            font.setFontColor(new XSSFColor(GREYED_TEXT, null));
            form.getSheetConditionalFormatting().addConditionalFormatting(
                    new CellRangeAddress[] {new CellRangeAddress(first, last, CODE, COMMENT)}, rule);
        }

        private void finishForm() {
            ReportBook.widths(form, 13, 46, 28, 26, 62, 24, 9, 9);
            form.setColumnHidden(ANSWERED, true);
            form.setColumnHidden(APPLIES, true);
            fitRows(form, HEADER_ROW + 1, lastRow);
            form.createFreezePane(0, HEADER_ROW + 1);
            form.enableLocking();
            form.lockFormatColumns(false);
            form.lockFormatRows(false);
            form.lockSelectLockedCells(false);
            form.lockSelectUnlockedCells(false);
            form.lockInsertRows(true);
            form.lockDeleteRows(true);
            form.lockSort(true);
            form.lockAutoFilter(true);
            PrintSetup setup = form.getPrintSetup();
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setLandscape(true);
            form.setFitToPage(true);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
            margins(form);
            workbook.setPrintArea(workbook.getSheetIndex(form), CODE, COMMENT, 0, lastRow);
            form.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            form.getHeader().setLeft(ReportBook.escapeHeaderFooter(questionnaire.title().get(language)));
            if (input.organisation() != null) {
                form.getHeader().setRight(ReportBook.escapeHeaderFooter(input.organisation().name()));
            }
            form.getFooter().setCenter(texts.get("form.footer.page"));
            form.setTabColor(new XSSFColor(ReportStyles.TEAL, null));
        }

        /**
         * Row heights that fit the wrapped text (neither Excel nor LibreOffice sets them when opening a
         * file), estimated from each cell's column width and font size: words are wrapped into lines of
         * about 1.2 characters of French or English text per unit of column width at 10 points.
         */
        private static void fitRows(XSSFSheet sheet, int first, int last) {
            for (int r = first; r <= last; r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                double height = ReportBook.LINE_POINTS;
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || !cell.getCellStyle().getWrapText()) {
                        continue;
                    }
                    double points = ((XSSFCellStyle) cell.getCellStyle()).getFont().getFontHeightInPoints();
                    double perLine = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 - 1.5) * 1.2 * 10 / points;
                    int lines = 0;
                    for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
                        lines += wrappedLines(paragraph, perLine);
                    }
                    height = Math.max(height, lines * points * 1.15);
                }
                row.setHeightInPoints((float) Math.min(409, height + 4));
            }
        }

        /** How many lines a paragraph takes once its words are wrapped at {@code perLine} characters. */
        private static int wrappedLines(String paragraph, double perLine) {
            int lines = 1;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double length = word.length();
                if (used > 0 && used + 1 + length > perLine) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + length;
                while (used > perLine) {
                    lines++;
                    used -= perLine;
                }
            }
            return lines;
        }

        private static void margins(XSSFSheet sheet) {
            sheet.setMargin(PageMargin.LEFT, 0.4);
            sheet.setMargin(PageMargin.RIGHT, 0.4);
            sheet.setMargin(PageMargin.TOP, 0.6);
            sheet.setMargin(PageMargin.BOTTOM, 0.6);
        }

        // ---- instructions -----------------------------------------------------------------------

        private void writeInstructions(XSSFSheet sheet) {
            String formSheet = form.getSheetName();
            List<Object[]> lines = new ArrayList<>();
            lines.add(new Object[] {styles.title, texts.get("form.help.title")});
            lines.add(new Object[] {paragraph, texts.get("form.help.what", questionnaire.title().get(language), questionnaire.version())});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.profile", formSheet, texts.get("form.profile"))});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.answers", texts.get("form.column.answer"))});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.lists", texts.get("form.column.help"))});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.numbers")});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.multiple", labels.none())});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.conditions")});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.na", labels.na())});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.blank")});
            lines.add(new Object[] {paragraph, texts.get("form.help.step.structure", texts.get("form.column.code"))});
            lines.add(new Object[] {styles.sectionTitle, texts.get("form.help.scored.title")});
            lines.add(new Object[] {paragraph, texts.get("form.help.scored")});
            long formCount = questionnaire.questions().stream().filter(q -> q.type() != QuestionType.COMPUTED).count();
            lines.add(new Object[] {paragraph, texts.get("form.help.scored.count", questionnaire.scoredQuestionCount(), formCount)});
            lines.add(new Object[] {styles.sectionTitle, texts.get("form.help.return.title")});
            lines.add(new Object[] {paragraph, texts.get("form.help.return")});
            if (input.returnCode() != null) {
                lines.add(new Object[] {styles.label, texts.get("form.help.return.code", input.returnCode())});
            }
            lines.add(new Object[] {styles.subtitle, texts.get("form.help.version", AppInfo.version(), today.toString())});
            for (int i = 0; i < lines.size(); i++) {
                XSSFRow row = ReportBook.row(sheet, i);
                text(row, 0, (String) lines.get(i)[1], (XSSFCellStyle) lines.get(i)[0]);
            }
            ReportBook.widths(sheet, 110);
            fitRows(sheet, 1, lines.size() - 1);
            ReportBook.row(sheet, 0).setHeightInPoints(26);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i)[0] == styles.sectionTitle) {
                    ReportBook.row(sheet, i).setHeightInPoints(26);
                }
            }
            sheet.setDisplayGridlines(false);
            PrintSetup setup = sheet.getPrintSetup();
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setLandscape(true);
            sheet.setFitToPage(true);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
            margins(sheet);
            sheet.getFooter().setCenter(texts.get("form.footer.page"));
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
        }

        // ---- hidden sheets ----------------------------------------------------------------------

        private void writeMeta() {
            XSSFSheet meta = workbook.createSheet(META);
            List<String[]> entries = new ArrayList<>();
            entries.add(new String[] {"key", "value"});
            entries.add(new String[] {ReportFormat.FORMAT_KEY, FORMAT});
            entries.add(new String[] {ReportFormat.GENERATOR, AppInfo.name() + " " + AppInfo.version()});
            entries.add(new String[] {ReportFormat.GENERATED, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()});
            entries.add(new String[] {ReportFormat.LANGUAGE, language});
            entries.add(new String[] {ReportFormat.QUESTIONNAIRE_ID, questionnaire.id()});
            entries.add(new String[] {ReportFormat.QUESTIONNAIRE_VERSION, questionnaire.version()});
            entries.add(new String[] {ReportFormat.QUESTIONNAIRE_HASH, questionnaire.contentHash()});
            entries.add(new String[] {FORM_SHEET, form.getSheetName()});
            entries.add(new String[] {CODE_COLUMN, CellReference.convertNumToColString(CODE)});
            entries.add(new String[] {ANSWER_COLUMN, CellReference.convertNumToColString(ANSWER)});
            entries.add(new String[] {COMMENT_COLUMN, CellReference.convertNumToColString(COMMENT)});
            entries.add(new String[] {RETURN_CODE, input.returnCode() == null ? "" : input.returnCode()});
            entries.add(new String[] {PERIOD, input.period() == null ? "" : input.period()});
            for (int i = 0; i < entries.size(); i++) {
                XSSFRow row = ReportBook.row(meta, i);
                for (int c = 0; c < 2; c++) {
                    exact(row, c, entries.get(i)[c], i == 0 ? styles.dataHeader : styles.dataText, "meta " + entries.get(i)[0]);
                }
            }
            ReportBook.widths(meta, 24, 70);
            hide(meta);
        }

        private void writeRows() {
            XSSFSheet rows = workbook.createSheet(ROWS);
            XSSFRow header = ReportBook.row(rows, 0);
            for (int c = 0; c < ROW_COLUMNS.size(); c++) {
                exact(header, c, ROW_COLUMNS.get(c), styles.dataHeader, "a column name");
            }
            for (int i = 0; i < mapping.size(); i++) {
                XSSFRow row = ReportBook.row(rows, i + 1);
                String[] entry = mapping.get(i);
                XSSFCell number = row.createCell(0);
                number.setCellValue(Integer.parseInt(entry[0]));
                number.setCellStyle(styles.dataNumber);
                for (int c = 1; c < entry.length; c++) {
                    exact(row, c, entry[c], styles.dataText, "a question id");
                }
            }
            ReportBook.widths(rows, 8, 10, 30, 24, 14);
            hide(rows);
        }

        private void hide(XSSFSheet sheet) {
            sheet.setTabColor(new XSSFColor(ReportStyles.GREY, null));
            ReportBook.offPaper(workbook, sheet);
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            String title = texts.get("form.title", questionnaire.title().get(language));
            core.setTitle(input.organisation() == null ? title : title + " · " + input.organisation().name());
            core.setCreator(AppInfo.name() + " " + AppInfo.version());
            core.setSubjectProperty(questionnaire.id() + " " + questionnaire.version());
            core.setCreated(Optional.of(Date.from(now)));
            core.setModified(Optional.of(Date.from(now)));
            core.setLastModifiedByUser(AppInfo.name());
        }

        // ---- cells ------------------------------------------------------------------------------

        private void text(XSSFRow row, int column, String value, XSSFCellStyle style) {
            XSSFCell cell = row.createCell(column);
            cell.setCellStyle(style);
            if (value != null && !value.isEmpty()) {
                String shown = value.length() > ReportBook.MAX_CELL_TEXT ? value.substring(0, ReportBook.MAX_CELL_TEXT - 1) + "…" : value;
                cell.setCellValue(shown);
                cell.setCellStyle(styles.forText(style, shown));
            }
        }

        /** A person's text in an answer cell: never a formula, never cut (too long is an error). */
        private void textValue(XSSFCell cell, String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            if (value.length() > ReportBook.MAX_CELL_TEXT) {
                throw new IllegalArgumentException("an answer is " + value.length() + " characters long; an Excel cell holds at most "
                        + ReportBook.MAX_CELL_TEXT);
            }
            cell.setCellValue(value);
            cell.setCellStyle(styles.forText(cell.getCellStyle(), value));
        }

        private void exact(XSSFRow row, int column, String value, XSSFCellStyle style, String what) {
            if (value != null && value.length() > ReportBook.MAX_CELL_TEXT) {
                throw new IllegalArgumentException(what + " is too long for a cell");
            }
            text(row, column, value, style);
        }

        private void formula(XSSFRow row, int column, String formula) {
            XSSFCell cell = row.createCell(column);
            cell.setCellFormula(formula);
            cell.setCellStyle(styles.dataNumber);
        }
    }
}
