package fr.caprse.application.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.vsme.VsmeExchange;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filled EFRAG VSME templates are consolidated beside assessment files of the same questionnaire. */
class VsmeTemplateInputsTest {

    @TempDir
    Path folder;

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static Assessment assessment(Questionnaire questionnaire, String name, String headcount, String climate) {
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(), Organisation.named(name),
                "2025", NOW);
        assessment = assessment.withAnswer(Answer.of("b1-reporting-year", new AnswerValue.NumberValue(new BigDecimal("2025"))), NOW);
        assessment = assessment.withAnswer(Answer.of("b1-headcount", new AnswerValue.NumberValue(new BigDecimal(headcount))), NOW);
        return assessment.withAnswer(Answer.of("b2-climate", new AnswerValue.Choice(climate)), NOW);
    }

    @Test
    void aFilledTemplateIsReadIntoVsmeBasicAndConsolidated() throws Exception {
        Questionnaire vsme = VsmeExchange.builtInQuestionnaire();
        Path returns = Files.createDirectories(folder.resolve("returns"));
        new VsmeExchange().export(assessment(vsme, "Recyclerie du Val", "60", "yes"), vsme,
                returns.resolve("recyclerie-vsme.xlsx"));
        ObservatoryFixtures.json(returns.resolve("atelier.rse.json"), vsme, assessment(vsme, "Atelier Nord", "12", "no"));
        ObservatoryFixtures.text(returns.resolve("broken-vsme.xlsx"), "not a workbook");
        Path out = Files.createDirectories(folder.resolve("out"));

        InputReaders readers = new InputReaders(ObservatoryQuestionnaires.resolver(ObservatoryFixtures.SOURCE),
                List.of(new VsmeTemplateInputs()));
        AggregationSummary summary = new Aggregation(readers, ObservatoryFixtures.CLOCK, 2).run(
                AggregationRequest.of(List.of(returns), out.resolve("consolidated.xlsx")), AggregationListener.NONE,
                () -> false);

        assertThat(summary.consolidated()).isEqualTo(2);
        assertThat(summary.questionnaireId()).isEqualTo("vsme-basic");
        assertThat(summary.rejected()).hasSize(1);
        try (InputStream in = Files.newInputStream(out.resolve("consolidated.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<Map<String, Object>> rows = AggregationTest.table(workbook.getSheet("assessments"));
            assertThat(rows).extracting(r -> r.get("organisation") + " " + r.get("kind"))
                    .containsExactly("Atelier Nord rse.json", "Recyclerie du Val vsme");
            List<Map<String, Object>> answers = AggregationTest.table(workbook.getSheet("answers"));
            assertThat(answers).filteredOn(r -> "b1-headcount".equals(r.get("question_id")))
                    .extracting(r -> r.get("organisation") + " " + r.get("number"))
                    .containsExactly("Atelier Nord 12.0", "Recyclerie du Val 60.0");
            assertThat(answers).filteredOn(r -> "b2-climate".equals(r.get("question_id")))
                    .extracting(r -> r.get("organisation") + " " + r.get("value"))
                    .containsExactly("Atelier Nord no", "Recyclerie du Val yes");
        }
    }
}
