package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The blank form read back cell by cell: what a person sees, what is checked, what is protected. */
class FormWriterTest {

    static Stream<String> questionnaireIds() {
        return BuiltInQuestionnaires.all().stream().map(Questionnaire::id);
    }

    private static XSSFWorkbook blank(String id, Locale locale) {
        return new FormWriter(FormRoundTripTest.CLOCK).build(FormInput.blank(BuiltInQuestionnaires.byId(id).orElseThrow()), locale);
    }

    @Test
    void sheetsAreInstructionsThenTheFormThenHiddenMachineSheets() throws Exception {
        Questionnaire rso = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.FRENCH)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Mode d’emploi");
            assertThat(workbook.getSheetName(1)).isEqualTo("Questionnaire");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            for (String hidden : List.of("lists", "meta", "rows")) {
                assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(hidden))).as(hidden).isEqualTo(SheetVisibility.HIDDEN);
            }
            Map<String, String> meta = meta(workbook);
            assertThat(meta).containsEntry("format", "cap-rse/form@1").containsEntry("questionnaire_id", "rse-rso")
                    .containsEntry("questionnaire_version", rso.version()).containsEntry("questionnaire_hash", rso.contentHash())
                    .containsEntry("form_sheet", "Questionnaire").containsEntry("language", "fr");
            assertThat(rso.contentHash()).hasSize(64);
            assertThat(workbook.isStructureLocked()).isTrue();
            String instructions = text(workbook.getSheetAt(0));
            long inForm = rso.questions().stream().filter(q -> q.type() != QuestionType.COMPUTED).count();
            assertThat(instructions).contains("Comment remplir ce formulaire", "Ce qui est noté", "Pour le renvoyer",
                    rso.scoredQuestionCount() + " questions sur " + inForm + " sont notées");
        }
    }

    @Test
    void everyQuestionHasItsRowMappedAndItsCodeInTheFirstColumn() throws Exception {
        Questionnaire rso = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.ENGLISH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            for (Question question : rso.questions()) {
                if (question.type() == QuestionType.COMPUTED) {
                    continue;
                }
                int row = filler.row(question.id());
                assertThat(filler.form.getRow(row).getCell(FormFormat.CODE).getStringCellValue()).isEqualTo(question.id());
                assertThat(filler.form.getRow(row).getCell(FormFormat.QUESTION).getStringCellValue())
                        .endsWith(question.text().get("en"));
            }
            assertThat(filler.form.getSheetName()).isEqualTo("Questionnaire");
            assertThat(text(workbook.getSheetAt(0))).contains("How to fill in this form");
        }
    }

    @Test
    void dropDownsShowLabelsInWordsAndNotApplicableOnlyWhereAllowed() throws Exception {
        Questionnaire rso = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            XSSFSheet form = (XSSFSheet) filler.form;
            Question maturityNa = rso.questions().stream().filter(q -> q.type() == QuestionType.MATURITY && q.na()).findFirst().orElseThrow();
            Question maturity = rso.questions().stream().filter(q -> q.type() == QuestionType.MATURITY && !q.na()).findFirst().orElseThrow();
            Question single = rso.questions().stream().filter(q -> q.type() == QuestionType.SINGLE).findFirst().orElseThrow();
            Question yesNo = rso.questions().stream().filter(q -> q.type() == QuestionType.YESNO).findFirst().orElseThrow();
            assertThat(listAt(workbook, form, filler.row(maturity.id())))
                    .containsExactly("0 – " + rso.scale().level(0).label().get("fr"), "1 – " + rso.scale().level(1).label().get("fr"),
                            "2 – " + rso.scale().level(2).label().get("fr"), "3 – " + rso.scale().level(3).label().get("fr"),
                            "4 – " + rso.scale().level(4).label().get("fr"));
            assertThat(listAt(workbook, form, filler.row(maturityNa.id()))).hasSize(6).last().isEqualTo("Non applicable");
            assertThat(listAt(workbook, form, filler.row(single.id())))
                    .containsExactlyElementsOf(single.options().stream().map(o -> o.label().get("fr")).toList());
            assertThat(listAt(workbook, form, filler.row(yesNo.id()))).startsWith("Oui", "Non");
            Question multiple = rso.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).findFirst().orElseThrow();
            assertThat(listAt(workbook, form, filler.row(multiple.id() + ":" + multiple.options().get(0).id()))).containsExactly("✔");
            assertThat(filler.form.getRow(filler.row(multiple.id() + ":" + multiple.options().get(0).id()))
                    .getCell(FormFormat.QUESTION).getStringCellValue()).isEqualTo(multiple.options().get(0).label().get("fr"));
            assertThat(listAt(workbook, form, filler.row("profile:legal_form"))).contains("SCOP", "Association");
            XSSFDataValidation validation = validationAt(form, filler.row(maturity.id()));
            assertThat(validation.getShowPromptBox()).isTrue();
            assertThat(validation.getPromptBoxText()).contains("liste");
            assertThat(validation.getShowErrorBox()).isTrue();
            assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        }
    }

    @Test
    void numbersAreCheckedForTypeAndBoundsWithTheirUnitSaid() throws Exception {
        Questionnaire rso = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            XSSFSheet form = (XSSFSheet) filler.form;
            Question bounded = rso.questions().stream().filter(q -> q.type() == QuestionType.NUMBER && !q.na()
                    && q.min() != null && q.hasUnit()).findFirst().orElseThrow();
            DataValidationConstraint constraint = validationAt(form, filler.row(bounded.id())).getValidationConstraint();
            assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(Double.parseDouble(constraint.getFormula1())).isEqualTo(bounded.min());
            if (bounded.max() == null) {
                assertThat(constraint.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
            } else {
                assertThat(constraint.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
                assertThat(Double.parseDouble(constraint.getFormula2())).isEqualTo(bounded.max());
            }
            assertThat(validationAt(form, filler.row(bounded.id())).getPromptBoxText()).contains(bounded.unit("fr"));
            assertThat(filler.form.getRow(filler.row(bounded.id())).getCell(FormFormat.HOW).getStringCellValue())
                    .contains("Unité : " + bounded.unit("fr"));
            Question percent = rso.questions().stream().filter(q -> q.type() == QuestionType.PERCENT && !q.na()).findFirst().orElseThrow();
            DataValidationConstraint percentConstraint = validationAt(form, filler.row(percent.id())).getValidationConstraint();
            assertThat(percentConstraint.getFormula1()).isEqualTo(SheetTable.plain(percent.min() == null ? 0 : percent.min()));
            assertThat(percentConstraint.getFormula2()).isEqualTo(SheetTable.plain(percent.max() == null ? 100 : percent.max()));
            assertThat(validationAt(form, filler.row("profile:employees")).getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
        }
        try (XSSFWorkbook workbook = blank("vsme-basic", Locale.FRENCH)) {
            Questionnaire vsme = BuiltInQuestionnaires.byId("vsme-basic").orElseThrow();
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            Question numberNa = vsme.questions().stream().filter(q -> q.type() == QuestionType.NUMBER && q.na()).findFirst().orElseThrow();
            DataValidationConstraint constraint = validationAt((XSSFSheet) filler.form, filler.row(numberNa.id())).getValidationConstraint();
            assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.FORMULA);
            assertThat(constraint.getFormula1()).contains("ISNUMBER(").contains("\"Non applicable\"");
        }
    }

    @Test
    void onlyAnswerCellsAreUnlockedUnderASheetProtectionWithoutPassword() throws Exception {
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            XSSFSheet form = (XSSFSheet) filler.form;
            assertThat(form.getProtect()).isTrue();
            assertThat(form.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(form.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            assertThat(form.isDeleteRowsLocked()).isTrue();
            assertThat(form.isInsertRowsLocked()).isTrue();
            assertThat(form.isFormatRowsLocked()).isFalse();
            List<String> unlocked = new ArrayList<>();
            for (Row row : form) {
                for (Cell cell : row) {
                    if (!cell.getCellStyle().getLocked()) {
                        unlocked.add(new CellReference(cell).formatAsString(false));
                        assertThat(cell.getColumnIndex()).isIn(FormFormat.ANSWER, FormFormat.COMMENT);
                    }
                }
            }
            assertThat(unlocked).contains("C5", "C" + (filler.row("gov-purpose") + 1), "F" + (filler.row("gov-purpose") + 1));
            assertThat(form.getRow(filler.row("gov-purpose")).getCell(FormFormat.QUESTION).getCellStyle().getLocked()).isTrue();
            assertThat(form.getRow(filler.row("gov-purpose")).getCell(FormFormat.CODE).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void headerIsFrozenAndThePrintSetUpIsA4LandscapeFittingTheWidthWithTheHeaderRepeated() throws Exception {
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.FRENCH)) {
            XSSFSheet form = workbook.getSheet("Questionnaire");
            assertThat(form.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) form.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(3);
            PrintSetup setup = form.getPrintSetup();
            assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(setup.getLandscape()).isTrue();
            assertThat(setup.getFitWidth()).isEqualTo((short) 1);
            assertThat(setup.getFitHeight()).isZero();
            assertThat(form.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(form.isColumnHidden(FormFormat.ANSWERED)).isTrue();
            assertThat(form.isColumnHidden(FormFormat.APPLIES)).isTrue();
            assertThat(workbook.getPrintArea(workbook.getSheetIndex(form))).startsWith("Questionnaire!$A$1:$F$");
        }
    }

    @Test
    void conditionalQuestionsSayWhenTheyApplyInWords() throws Exception {
        try (XSSFWorkbook workbook = blank("rse-rso", Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            String premises = filler.form.getRow(filler.row("env-premises")).getCell(FormFormat.QUESTION).getStringCellValue();
            String number = premises.substring(0, premises.indexOf(' '));
            Question dependent = BuiltInQuestionnaires.byId("rse-rso").orElseThrow().questions().stream()
                    .filter(q -> q.appliesWhen() != null && q.appliesWhen().source().contains("env-premises")).findFirst().orElseThrow();
            assertThat(filler.form.getRow(filler.row(dependent.id())).getCell(FormFormat.HOW).getStringCellValue())
                    .contains("Seulement si la réponse à la question " + number + " est « Oui ».");
            Question members = BuiltInQuestionnaires.byId("rse-rso").orElseThrow().questions().stream()
                    .filter(q -> q.appliesWhen() != null && q.appliesWhen().source().contains("legal_form")).findFirst().orElseThrow();
            assertThat(filler.form.getRow(filler.row(members.id())).getCell(FormFormat.HOW).getStringCellValue())
                    .contains("Seulement si « Forme juridique » (votre organisation) est l’un de : « ").contains("« SCOP »");
        }
    }

    /**
     * The greying formulas agree with the application on every conditional question of every built-in
     * questionnaire, for a filled form: evaluated by POI, the hidden "applies" cell is 1 exactly when
     * the application shows the question; each conditional question has a rule greying its rows.
     */
    @ParameterizedTest
    @MethodSource("questionnaireIds")
    void greyingFollowsTheApplicationOnEveryConditionalQuestion(String id) throws Exception {
        Questionnaire questionnaire = BuiltInQuestionnaires.byId(id).orElseThrow();
        try (XSSFWorkbook workbook = blank(id, Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            FilledForms.Expected expected = FilledForms.fillEverything(filler, questionnaire, Locale.FRENCH, false);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            Evaluation evaluation = Evaluation.of(questionnaire, expected.organisation(), expected.answers());
            XSSFSheet form = (XSSFSheet) filler.form;
            List<String> rules = new ArrayList<>();
            for (int i = 0; i < form.getSheetConditionalFormatting().getNumConditionalFormattings(); i++) {
                ConditionalFormatting formatting = form.getSheetConditionalFormatting().getConditionalFormattingAt(i);
                rules.add(formatting.getFormattingRanges()[0].formatAsString() + " " + formatting.getRule(0).getFormula1());
            }
            int conditional = 0;
            for (Question question : questionnaire.questions()) {
                if (question.type() == QuestionType.COMPUTED) {
                    continue;
                }
                int row = filler.row(question.id());
                double applies = form.getRow(row).getCell(FormFormat.APPLIES).getNumericCellValue();
                assertThat(applies).as(question.id()).isEqualTo(evaluation.applies(question.id()) ? 1.0 : 0.0);
                if (question.appliesWhen() != null) {
                    conditional++;
                    assertThat(rules).as(question.id()).anyMatch(r -> r.startsWith("A" + (row + 1) + ":F")
                            && r.endsWith("$H$" + (row + 1) + "=0"));
                }
            }
            assertThat(rules).hasSize(conditional);
            for (Theme theme : questionnaire.themes()) {
                List<Question> questions = FormFormat.formQuestions(theme);
                if (questions.isEmpty()) {
                    continue;
                }
                long applicable = questions.stream().filter(q -> evaluation.applies(q.id())).count();
                long answered = questions.stream().filter(q -> evaluation.isAnswered(q.id())).count();
                Row band = form.getRow(filler.row(questions.get(0).id()) - 1);
                assertThat(band.getCell(FormFormat.ANSWER).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(band.getCell(FormFormat.ANSWER).getStringCellValue()).as(theme.id())
                        .isEqualTo(answered + " répondues sur " + applicable);
            }
        }
    }

    @Test
    void anAssessmentsProfileAndAnswersAreCarriedIntoTheForm() throws Exception {
        Questionnaire rso = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        Assessment assessment = Assessment.start("rse-rso", rso.version(), FilledForms.ORGANISATION, "2025", Instant.EPOCH)
                .withAnswer(Answer.of("gov-purpose", new AnswerValue.LevelValue(3)), Instant.EPOCH)
                .withAnswer(Answer.of("env-premises", new AnswerValue.Choice("yes")), Instant.EPOCH)
                .withAnswer(Answer.of("env-energy-mwh", new AnswerValue.NumberValue(new BigDecimal("182.5"))), Instant.EPOCH)
                .withAnswer(Answer.notApplicable(rso.questions().stream().filter(Question::na).findFirst().orElseThrow().id()), Instant.EPOCH);
        try (XSSFWorkbook workbook = new FormWriter(FormRoundTripTest.CLOCK).build(FormInput.of(rso, assessment), Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            assertThat(filler.cell("profile:name", FormFormat.ANSWER).getStringCellValue()).isEqualTo("Coopérative du Val");
            assertThat(filler.cell("profile:legal_form", FormFormat.ANSWER).getStringCellValue()).isEqualTo("SCOP");
            assertThat(filler.cell("profile:employees", FormFormat.ANSWER).getNumericCellValue()).isEqualTo(24);
            assertThat(filler.cell("profile:period", FormFormat.ANSWER).getStringCellValue()).isEqualTo("2025");
            assertThat(filler.cell("gov-purpose", FormFormat.ANSWER).getStringCellValue()).startsWith("3 – ");
            assertThat(filler.cell("env-premises", FormFormat.ANSWER).getStringCellValue()).isEqualTo("Oui");
            assertThat(filler.cell("env-energy-mwh", FormFormat.ANSWER).getNumericCellValue()).isEqualTo(182.5);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("carried", ".xlsx");
            try {
                filler.save(file);
                ImportedWorkbook back = new WorkbookReader((qid, v) -> java.util.Optional.of(rso)).read(file);
                assertThat(back.assessment().answers()).isEqualTo(assessment.answers());
                assertThat(back.assessment().organisation()).isEqualTo(assessment.organisation());
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    // ---- helpers ----

    static Map<String, String> meta(XSSFWorkbook workbook) {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        for (Row row : workbook.getSheet("meta")) {
            meta.put(row.getCell(0).getStringCellValue(), row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue());
        }
        return meta;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return all.toString();
    }

    private static XSSFDataValidation validationAt(XSSFSheet sheet, int row) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, FormFormat.ANSWER)) {
                    return validation;
                }
            }
        }
        throw new AssertionError("no validation on row " + (row + 1));
    }

    /** The items of the drop-down list of the answer cell of a row, read from the range it names. */
    private static List<String> listAt(XSSFWorkbook workbook, XSSFSheet sheet, int row) {
        DataValidationConstraint constraint = validationAt(sheet, row).getValidationConstraint();
        assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        AreaReference area = new AreaReference(constraint.getFormula1(), workbook.getSpreadsheetVersion());
        List<String> items = new ArrayList<>();
        XSSFSheet lists = workbook.getSheet(area.getFirstCell().getSheetName());
        for (CellReference ref : area.getAllReferencedCells()) {
            items.add(lists.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return items;
    }
}
