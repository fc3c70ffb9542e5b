package fr.caprse.ui.vsme;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A vsme-basic assessment to export, and the workbooks a user may give instead of a filled template. */
final class VsmeTestFiles {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private VsmeTestFiles() {
    }

    static Questionnaire questionnaire() {
        return BuiltInQuestionnaires.byId("vsme-basic").orElseThrow();
    }

    /** Answers the template holds (they come back on import), and two it has no place for. */
    static Map<String, AnswerValue> answers() {
        Map<String, AnswerValue> a = new LinkedHashMap<>();
        a.put("b1-reporting-year", number("2025"));
        a.put("b1-module", new AnswerValue.Choice("basic"));
        a.put("b1-basis", new AnswerValue.Choice("consolidated"));
        a.put("b1-turnover-eur", number("3200000"));
        a.put("b1-balance-sheet-eur", number("1450000"));
        a.put("b1-headcount", number("60"));
        a.put("b11-convictions", number("1"));
        a.put("b11-fines-eur", number("5000"));
        a.put("b1-legal-form", new AnswerValue.TextValue("SCOP constituée en SARL"));
        a.put("b1-sites", new AnswerValue.TextValue("dépôt : 44.73, 5.02"));
        return a;
    }

    /** The questions of {@link #answers()} that the template has no place for. */
    static final java.util.Set<String> NOT_WRITTEN = java.util.Set.of("b1-legal-form", "b1-sites");

    static Assessment assessment() {
        Questionnaire questionnaire = questionnaire();
        Organisation organisation = new Organisation("Les Fours de la Drôme", null, null, null, 60, "scop", null, true);
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(), organisation, "2025", NOW);
        for (Map.Entry<String, AnswerValue> entry : answers().entrySet()) {
            assessment = assessment.withAnswer(Answer.of(entry.getKey(), entry.getValue()), NOW);
        }
        return assessment;
    }

    private static AnswerValue number(String value) {
        return new AnswerValue.NumberValue(new BigDecimal(value));
    }

    /** Bytes that are no workbook at all, under an .xlsx name. */
    static Path corrupt(Path folder) throws IOException {
        return Files.write(folder.resolve("abime.xlsx"), "PK\u0003\u0004 not really a workbook".getBytes());
    }

    /** A workbook of its own (a budget), not the template. */
    static Path budget(Path folder) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Recettes");
            return save(workbook, folder.resolve("budget.xlsx"));
        }
    }

    /** A workbook that states a template version, {@code version}, and holds nothing else of the template. */
    static Path template(Path folder, String version, String fileName) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Introduction").createRow(0).createCell(2).setCellValue(version);
            Name name = workbook.createName();
            name.setNameName("template_reporting_template_version");
            name.setRefersToFormula("Introduction!$C$1");
            return save(workbook, folder.resolve(fileName));
        }
    }

    private static Path save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
