package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.domain.scoring.ThemeScore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private XSSFWorkbook written(ReportInput input, Locale locale) throws IOException {
        Path file = folder.resolve("report-" + locale.getLanguage() + ".xlsx");
        new ReportWriter(CLOCK).write(input, locale, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
    }

    @Test
    void summaryShowsTheScoringEnginesFigures() throws IOException {
        Questionnaire questionnaire = ReportFixtures.questionnaire();
        Assessment assessment = ReportFixtures.assessment();
        AssessmentScore expected = Scorer.score(questionnaire, assessment.organisation(), assessment.answers());
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.FRENCH)) {
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Synthèse");
            assertThat(rowStartingWith(summary, "Organisation").getCell(1).getStringCellValue()).isEqualTo("Atelier du Val & Fils");
            assertThat(rowStartingWith(summary, "Période").getCell(1).getStringCellValue()).isEqualTo("2026");
            assertThat(rowStartingWith(summary, "Questionnaire").getCell(1).getStringCellValue())
                    .isEqualTo("Questionnaire RSE de test (test-rse)");
            assertThat(rowStartingWith(summary, "Version du questionnaire").getCell(1).getStringCellValue()).isEqualTo("1.2.0");
            assertThat(rowStartingWith(summary, "Date du rapport").getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(rowStartingWith(summary, "Score global (sur 100)").getCell(1).getNumericCellValue())
                    .isEqualTo(expected.overall());
            assertThat(rowStartingWith(summary, "Niveau de maturité").getCell(1).getStringCellValue())
                    .isEqualTo(expected.level() + " – Émergent");
            assertThat(rowStartingWith(summary, "Complétude").getCell(1).getNumericCellValue()).isEqualTo(expected.completion());

            for (Theme theme : questionnaire.themes()) {
                ThemeScore themeScore = expected.theme(theme.id()).orElseThrow();
                Row row = rowStartingWith(summary, theme.title().get("fr"));
                if (themeScore.isScored()) {
                    assertThat(row.getCell(SummarySheet.SCORE).getNumericCellValue()).as(theme.id()).isEqualTo(themeScore.score());
                    assertThat(row.getCell(SummarySheet.LEVEL).getStringCellValue()).startsWith(themeScore.level() + " – ");
                } else {
                    assertThat(row.getCell(SummarySheet.SCORE).getCellType()).as(theme.id()).isEqualTo(CellType.BLANK);
                    assertThat(row.getCell(SummarySheet.LEVEL).getStringCellValue()).isEqualTo("non noté");
                }
                assertThat(row.getCell(SummarySheet.ANSWERED).getNumericCellValue()).isEqualTo(themeScore.answered());
                assertThat(row.getCell(SummarySheet.APPLICABLE).getNumericCellValue()).isEqualTo(themeScore.applicable());
                assertThat(row.getCell(SummarySheet.WEIGHT).getNumericCellValue()).isEqualTo(theme.weight());
            }
        }
    }

    @Test
    void summaryComparesWithThePreviousAssessment() throws IOException {
        Questionnaire questionnaire = ReportFixtures.questionnaire();
        Assessment now = ReportFixtures.assessment();
        Assessment before = ReportFixtures.previousAssessment();
        AssessmentScore current = Scorer.score(questionnaire, now.organisation(), now.answers());
        AssessmentScore previous = Scorer.score(questionnaire, before.organisation(), before.answers());
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.FRENCH)) {
            Sheet summary = workbook.getSheetAt(0);
            assertThat(rowStartingWith(summary, "Évaluation précédente").getCell(1).getStringCellValue()).isEqualTo("2025");
            assertThat(rowStartingWith(summary, "Score global précédent").getCell(1).getNumericCellValue())
                    .isEqualTo(previous.overall());
            assertThat(rowStartingWith(summary, "Évolution").getCell(1).getNumericCellValue())
                    .isEqualTo(current.overall() - previous.overall());
            Row header = rowStartingWith(summary, "Thème");
            assertThat(header.getCell(SummarySheet.PREVIOUS).getStringCellValue()).isEqualTo("Score 2025");
            Row environment = rowStartingWith(summary, "Environnement");
            assertThat(environment.getCell(SummarySheet.PREVIOUS).getNumericCellValue())
                    .isEqualTo(previous.theme("env").orElseThrow().score());
            assertThat(environment.getCell(SummarySheet.CHANGE).getNumericCellValue())
                    .isEqualTo(current.theme("env").orElseThrow().score() - previous.theme("env").orElseThrow().score());
        }
    }

    @Test
    void radarAndBarChartsAreDrawnFromTheThemeTable() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.FRENCH)) {
            XSSFSheet summary = workbook.getSheetAt(0);
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            int header = rowStartingWith(summary, "Thème").getRowNum();
            String themes = new AreaReference(new CellReference("Synthèse", header + 1, 0, true, true),
                    new CellReference("Synthèse", header + 4, 0, true, true), workbook.getSpreadsheetVersion()).formatAsString();

            XDDFChartData radar = charts.get(0).getChartSeries().get(0);
            assertThat(radar).isInstanceOf(XDDFRadarChartData.class);
            XDDFChartData bar = charts.get(1).getChartSeries().get(0);
            assertThat(bar).isInstanceOf(XDDFBarChartData.class);
            assertThat(((XDDFBarChartData) bar).getBarDirection()).isEqualTo(BarDirection.BAR);
            for (XDDFChartData data : List.of(radar, bar)) {
                assertThat(data.getSeriesCount()).isEqualTo(2);
                for (int i = 0; i < 2; i++) {
                    XDDFChartData.Series series = data.getSeries(i);
                    assertThat(series.getCategoryData().isReference()).isTrue();
                    assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo(themes);
                    assertThat(series.getValuesData().isReference()).isTrue();
                    int column = i == 0 ? SummarySheet.SCORE : SummarySheet.PREVIOUS;
                    String values = new AreaReference(new CellReference("Synthèse", header + 1, column, true, true),
                            new CellReference("Synthèse", header + 4, column, true, true),
                            workbook.getSpreadsheetVersion()).formatAsString();
                    assertThat(series.getValuesData().getDataRangeReference()).isEqualTo(values);
                }
            }
            assertThat(charts.get(0).getTitle().getBody().getParagraph(0).getText()).isEqualTo("Profil RSE par thème");
        }
    }

    @Test
    void withoutAPreviousAssessmentChartsHaveOneSeriesAndNoComparison() throws IOException {
        Questionnaire questionnaire = ReportFixtures.questionnaire();
        ReportInput input = ReportInput.scored(questionnaire, ReportFixtures.assessment());
        try (XSSFWorkbook workbook = written(input, Locale.ENGLISH)) {
            XSSFSheet summary = workbook.getSheetAt(0);
            for (XSSFChart chart : summary.getDrawingPatriarch().getCharts()) {
                assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            }
            Row header = rowStartingWith(summary, "Theme");
            assertThat(header.getLastCellNum()).isEqualTo((short) (SummarySheet.WEIGHT + 1));
            assertThat(summary.getRow(header.getRowNum()).getCell(SummarySheet.SCORE).getStringCellValue()).isEqualTo("Score 2026");
        }
    }

    @Test
    void aUnitIsWrittenInTheReportsLanguage() throws IOException {
        try (XSSFWorkbook french = written(ReportFixtures.input(), Locale.FRENCH);
             XSSFWorkbook english = written(ReportFixtures.input(), Locale.ENGLISH)) {
            assertThat(answerCell(french.getSheet("Réponses"), "env-per-employee", AnswersSheet.ANSWER)).isEqualTo("7,93 MWh/salarié");
            assertThat(answerCell(english.getSheet("Answers"), "env-per-employee", AnswersSheet.ANSWER)).isEqualTo("7.93 MWh/employee");
            assertThat(answerCell(french.getSheet("Réponses"), "env-energy", AnswersSheet.ANSWER)).isEqualTo("182,5 MWh");
        }
    }

    @Test
    void everyQuestionAndItsAnswerIsInTheAnswersAndDataSheets() throws IOException {
        Questionnaire questionnaire = ReportFixtures.questionnaire();
        Assessment assessment = ReportFixtures.assessment();
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.ENGLISH)) {
            Sheet answers = workbook.getSheet("Answers");
            Sheet data = workbook.getSheet("data");
            List<String> answerIds = new ArrayList<>();
            List<String> dataIds = new ArrayList<>();
            for (int r = 1; r <= answers.getLastRowNum(); r++) {
                answerIds.add(answers.getRow(r).getCell(AnswersSheet.ID).getStringCellValue());
                dataIds.add(data.getRow(r).getCell(0).getStringCellValue());
            }
            List<String> questionIds = questionnaire.questions().stream().map(Question::id).toList();
            assertThat(answerIds).containsExactlyElementsOf(questionIds);
            assertThat(dataIds).containsExactlyElementsOf(questionIds);

            assertThat(answerCell(answers, "gov-mission", AnswersSheet.ANSWER)).isEqualTo("3 – Deployed");
            assertThat(answerCell(answers, "gov-mission", AnswersSheet.COMMENT)).isEqualTo("Raison d’être votée en 2024");
            assertThat(answerCell(answers, "gov-mission", AnswersSheet.EVIDENCE)).isEqualTo("PV d’AG du 12/06/2024");
            assertThat(answerCell(answers, "gov-board", AnswersSheet.ANSWER)).isEqualTo("No");
            assertThat(answerCell(answers, "gov-members", AnswersSheet.ANSWER)).isEqualTo("Not answered");
            assertThat(answerCell(answers, "gov-members", AnswersSheet.COUNTED)).isEqualTo("No: does not apply");
            assertThat(answerCell(answers, "env-energy", AnswersSheet.ANSWER)).isEqualTo("182.5 MWh");
            assertThat(answerCell(answers, "env-renewable", AnswersSheet.ANSWER)).isEqualTo("35 %");
            assertThat(answerCell(answers, "env-actions", AnswersSheet.ANSWER)).isEqualTo("• Waste sorting\n• Energy audit");
            // 182.5 MWh / 23 employees = 7.934782…: shown to three significant digits, the data sheet keeps it whole
            assertThat(answerCell(answers, "env-per-employee", AnswersSheet.ANSWER)).isEqualTo("7.93 MWh/employee");
            assertThat(answerCell(answers, "soc-training", AnswersSheet.ANSWER)).isEqualTo("Under half");
            assertThat(answerCell(answers, "soc-notes", AnswersSheet.ANSWER))
                    .isEqualTo(((fr.caprse.domain.assessment.AnswerValue.TextValue) assessment.answers().get("soc-notes").value()).text());
            assertThat(answerCell(answers, "soc-accident", AnswersSheet.NA)).isEqualTo("N/A");
            assertThat(answerCell(answers, "soc-accident", AnswersSheet.COUNTED)).isEqualTo("No: answered N/A");
            assertThat(answerCell(answers, "env-energy", AnswersSheet.ISO)).isEqualTo("6.5.4");
            assertThat(answerCell(answers, "env-energy", AnswersSheet.SDG)).isEqualTo("7");
            assertThat(answerCell(answers, "env-energy", AnswersSheet.OTHER)).isEqualTo("GRI:302");
            assertThat(answerCell(answers, "gov-board", AnswersSheet.VSME)).isEqualTo("B1");

            AssessmentScore score = Scorer.score(questionnaire, assessment.organisation(), assessment.answers());
            Row board = rowOf(answers, "gov-board");
            assertThat(board.getCell(AnswersSheet.S).getNumericCellValue()).isEqualTo(0.0);
            assertThat(board.getCell(AnswersSheet.W).getNumericCellValue()).isEqualTo(2.0);
            assertThat(board.getCell(AnswersSheet.SHARE).getNumericCellValue())
                    .isEqualTo(score.question("gov-board").orElseThrow().share());

            for (Answer answer : assessment.answers().values()) {
                Row row = rowOf(data, answer.questionId());
                String expected = answer.value() == null ? null : ReportFormat.encode(answer.value());
                Cell value = row.getCell(ReportFormat.DATA_COLUMNS.indexOf("value"));
                if (expected == null) {
                    assertThat(value == null || value.getCellType() == CellType.BLANK).as(answer.questionId()).isTrue();
                } else {
                    assertThat(value.getCellType()).as(answer.questionId()).isEqualTo(CellType.STRING);
                    assertThat(value.getStringCellValue()).as(answer.questionId()).isEqualTo(expected);
                }
                assertThat(row.getCell(ReportFormat.DATA_COLUMNS.indexOf("na")).getStringCellValue())
                        .isEqualTo(String.valueOf(answer.na()));
            }
            assertThat(rowOf(data, "env-actions").getCell(3).getStringCellValue()).isEqualTo("sorting;audit");
        }
    }

    @Test
    void recommendationsAndActionPlanAreListed() throws IOException {
        Questionnaire questionnaire = ReportFixtures.questionnaire();
        Assessment assessment = ReportFixtures.assessment();
        AssessmentScore score = Scorer.score(questionnaire, assessment.organisation(), assessment.answers());
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.FRENCH)) {
            Sheet recommendations = workbook.getSheet("Recommandations");
            assertThat(recommendations.getLastRowNum()).isEqualTo(score.recommendations().size());
            for (int i = 0; i < score.recommendations().size(); i++) {
                Row row = recommendations.getRow(i + 1);
                String id = score.recommendations().get(i).questionId();
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(id);
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(score.recommendations().get(i).lost());
                assertThat(row.getCell(7).getStringCellValue())
                        .isEqualTo(questionnaire.question(id).orElseThrow().recommendation().get("fr"));
            }
            Sheet plan = workbook.getSheet("Plan d’action");
            assertThat(plan.getLastRowNum()).isEqualTo(assessment.actions().size());
            assertThat(plan.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Audit énergétique");
            assertThat(plan.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(plan.getRow(1).getCell(6).getStringCellValue()).isEqualTo("À faire");
            assertThat(plan.getRow(2).getCell(6).getStringCellValue()).isEqualTo("En cours");
        }
    }

    @Test
    void typedFormulasStayText() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.FRENCH)) {
            Cell comment = rowOf(workbook.getSheet("Réponses"), "gov-board").getCell(AnswersSheet.COMMENT);
            assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(comment.getStringCellValue()).isEqualTo(ReportFixtures.HYPERLINK);
            assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(comment.getHyperlink()).isNull();
            Cell data = rowOf(workbook.getSheet("data"), "gov-board").getCell(ReportFormat.DATA_COLUMNS.indexOf("comment"));
            assertThat(data.getStringCellValue()).isEqualTo(ReportFixtures.HYPERLINK);
            assertThat(data.getCellStyle().getQuotePrefixed()).isTrue();
            Cell evidence = rowOf(workbook.getSheet("Réponses"), "gov-board").getCell(AnswersSheet.EVIDENCE);
            assertThat(evidence.getStringCellValue()).isEqualTo("+33 6 12 34 56 78");
            assertThat(evidence.getCellStyle().getQuotePrefixed()).isTrue();
            Cell plain = rowOf(workbook.getSheet("Réponses"), "gov-mission").getCell(AnswersSheet.COMMENT);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
            Cell action = workbook.getSheet("Plan d’action").getRow(2).getCell(3);
            assertThat(action.getStringCellValue()).isEqualTo("=1+1 publier le rapport");
            assertThat(action.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(allCells(workbook)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void theLegalBaselineIsListedWithTheDateItHoldsAsOfAndLeftOutWhenTheQuestionnaireStatesNoLaw() throws IOException {
        Questionnaire plain = ReportFixtures.questionnaire();
        String first = plain.themes().get(0).id();
        LegalBaseline duerp = new LegalBaseline(LocalDate.of(2026, 11, 27), List.of(Text.of(
                "Dès 1 salarié : document unique d’évaluation des risques (DUERP).",
                "From 1 employee: a written risk assessment (DUERP).")));
        List<Theme> themes = plain.themes().stream().map(th -> new Theme(th.id(), th.title(), th.description(),
                th.weight(), th.references(), th.questions(), th.id().equals(first) ? duerp : LegalBaseline.NONE)).toList();
        Questionnaire withLaw = new Questionnaire(plain.id(), plain.version(), plain.languages(), plain.title(),
                plain.description(), plain.scale(), themes, plain.contentHash(), null);
        ReportInput input = ReportInput.scored(withLaw, ReportFixtures.assessment());
        try (XSSFWorkbook french = written(input, Locale.FRENCH); XSSFWorkbook english = written(input, Locale.ENGLISH)) {
            assertThat(sheetNames(french)).containsSubsequence("Plan d’action", "Cadre légal", "data");
            XSSFSheet legal = french.getSheet("Cadre légal");
            assertThat(legal.getRow(0).getCell(0).getStringCellValue()).endsWith("à jour au 27 novembre 2026");
            Row row = rowStartingWith(legal, plain.themes().get(0).title().get("fr"));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Dès 1 salarié : document unique d’évaluation des risques (DUERP).");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("27 novembre 2026");
            assertThat(legal.getLastRowNum()).as("one row per obligation").isEqualTo(row.getRowNum());
            XSSFSheet legalEn = english.getSheet("Legal baseline");
            assertThat(legalEn.getRow(0).getCell(0).getStringCellValue()).endsWith("valid as of November 27, 2026");
            assertThat(rowStartingWith(legalEn, plain.themes().get(0).title().get("en")).getCell(1).getStringCellValue())
                    .isEqualTo("From 1 employee: a written risk assessment (DUERP).");
        }
        try (XSSFWorkbook noLaw = written(ReportFixtures.input(), Locale.FRENCH)) {
            assertThat(sheetNames(noLaw)).doesNotContain("Cadre légal");
        }
    }

    @Test
    void labelsFollowTheLanguage() throws IOException {
        try (XSSFWorkbook french = written(ReportFixtures.input(), Locale.FRENCH);
             XSSFWorkbook english = written(ReportFixtures.input(), Locale.ENGLISH)) {
            assertThat(sheetNames(french)).containsExactly("Synthèse", "Réponses", "Recommandations", "Plan d’action", "Atelier",
                    "data", "themes", "actions", "participants", "votes", "meta");
            assertThat(sheetNames(english)).containsExactly("Summary", "Answers", "Recommendations", "Action plan", "Workshop",
                    "data", "themes", "actions", "participants", "votes", "meta");
            assertThat(rowStartingWith(english.getSheetAt(0), "Maturity level").getCell(1).getStringCellValue())
                    .isEqualTo("1 – Emerging");
            assertThat(rowStartingWith(english.getSheet("Answers"), "Theme").getCell(AnswersSheet.SDG).getStringCellValue())
                    .isEqualTo("SDG");
            assertThat(rowStartingWith(french.getSheet("Réponses"), "Thème").getCell(AnswersSheet.SDG).getStringCellValue())
                    .isEqualTo("ODD");
            // the machine-readable sheets do not change with the language
            assertThat(headers(french.getSheet("data"))).isEqualTo(headers(english.getSheet("data")))
                    .isEqualTo(ReportFormat.DATA_COLUMNS);
        }
    }

    @Test
    void sheetsAreReadyToPrint() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.input(), Locale.FRENCH)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(workbook.getPrintArea(i)).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getFooter().getCenter()).contains("&P");
                if (i > 0) {
                    // a machine sheet is kept off paper (a blank print area, HiddenSheetsOffPaperTest): no titles to repeat
                    assertThat(sheet.getRepeatingRows() == null).as(sheet.getSheetName()).isEqualTo(workbook.isSheetHidden(i));
                    assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                }
            }
            assertThat(workbook.getSheetAt(0).getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(workbook.getSheet("Réponses").getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(workbook.getSheet("data").getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(workbook.getSheet("Réponses").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheetAt(0).getHeader().getLeft()).isEqualTo("Atelier du Val && Fils · 2026");
            // the machine sheets never reach the printer: hidden (import and aggregate read them by name)
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                assertThat(workbook.isSheetHidden(i)).as(workbook.getSheetName(i)).isEqualTo(i >= workbook.getSheetIndex("data"));
            }
        }
    }

    @Test
    void aFailedExportLeavesThePreviousFileUntouched() throws IOException {
        Path file = folder.resolve("report.xlsx");
        Files.writeString(file, "previous report");
        Assessment assessment = ReportFixtures.assessment();
        Answer huge = assessment.answers().get("gov-mission").withComment("x".repeat(ReportBook.MAX_CELL_TEXT + 1));
        ReportInput input = ReportInput.scored(ReportFixtures.questionnaire(), assessment.withAnswer(huge, assessment.modified()));

        assertThatThrownBy(() -> new ReportWriter(CLOCK).write(input, Locale.FRENCH, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment on question gov-mission").hasMessageContaining("32767");
        assertThat(Files.readString(file)).isEqualTo("previous report");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theSameInputGivesTheSameSheets() throws IOException {
        try (XSSFWorkbook first = written(ReportFixtures.input(), Locale.FRENCH);
             XSSFWorkbook second = written(ReportFixtures.input(), Locale.FRENCH)) {
            assertThat(allCells(second).stream().map(ReportWriterTest::describe).toList())
                    .isEqualTo(allCells(first).stream().map(ReportWriterTest::describe).toList());
        }
    }

    private static String describe(Cell cell) {
        return cell.getAddress() + "=" + cell.toString();
    }

    private static List<String> headers(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }

    private static Row rowOf(Sheet sheet, String questionId) {
        int column = sheet.getSheetName().equals("data") ? 0 : AnswersSheet.ID;
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(questionId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + questionId + " in " + sheet.getSheetName());
    }

    @Test
    void theReportIsNamedAfterItsQuestionnaire() throws IOException {
        try (XSSFWorkbook english = written(ReportFixtures.input(), Locale.ENGLISH);
             XSSFWorkbook french = written(ReportFixtures.input(), Locale.FRENCH)) {
            assertThat(english.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Test CSR questionnaire");
            assertThat(french.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Questionnaire RSE de test");
            assertThat(english.getProperties().getCoreProperties().getTitle()).startsWith("Test CSR questionnaire · ");
        }
    }

    @Test
    void aComputedFigureThatCannotBeWorkedOutSaysWhy() throws IOException {
        Assessment assessment = ReportFixtures.assessment();
        java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(assessment.answers());
        answers.remove("env-energy");
        Assessment withoutEnergy = new Assessment(assessment.questionnaireId(), assessment.questionnaireVersion(),
                assessment.organisation(), assessment.period(), assessment.created(), assessment.modified(), answers,
                assessment.participants(), assessment.votes(), assessment.actions());
        ReportInput input = ReportInput.scored(ReportFixtures.questionnaire(), withoutEnergy);
        try (XSSFWorkbook english = written(input, Locale.ENGLISH); XSSFWorkbook french = written(input, Locale.FRENCH)) {
            assertThat(answerCell(english.getSheet("Answers"), "env-per-employee", AnswersSheet.ANSWER))
                    .isEqualTo("Cannot be worked out: env-energy missing");
            assertThat(answerCell(french.getSheet("Réponses"), "env-per-employee", AnswersSheet.ANSWER))
                    .isEqualTo("Non calculable\u00a0: il manque env-energy");
        }
    }

    private static String answerCell(Sheet sheet, String questionId, int column) {
        Cell cell = rowOf(sheet, questionId).getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }
}
