package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.authoring.QuestionnairePreview;
import fr.caprse.application.authoring.QuestionnaireTemplate;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.yaml.QuestionnaireLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPreviewIsTheReportOfTheQuestionnaireAnsweredWithExampleValues() throws IOException {
        Path questionnaireFile = Files.write(dir.resolve("mine.yaml"), QuestionnaireTemplate.content("en"));
        Path preview = dir.resolve("preview.xlsx");

        CliTestSupport result = CliTestSupport.run("preview", questionnaireFile.toString(), "--lang", "en",
                "-o", preview.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Questionnaire questionnaire = new QuestionnaireLoader().load(questionnaireFile).questionnaire();
        Assessment example = QuestionnairePreview.exampleAssessment(questionnaire, "en", Instant.now());
        AssessmentScore score = Scorer.score(questionnaire, example.organisation(), example.answers());
        assertThat(score.overall()).as("the example answers give a score").isNotNull();
        try (InputStream in = Files.newInputStream(preview); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            String summary = new DataFormatter().formatCellValue(workbook.getSheet("Summary").getRow(0).getCell(0));
            assertThat(summary).isNotBlank();
            // every question but the computed one has an example answer in the data sheet
            assertThat(workbook.getSheet("data").getLastRowNum()).isEqualTo(questionnaire.questions().size());
        }
        try (InputStream in = Files.newInputStream(preview); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // a level with its description reads "1 – First steps: Intentions, not written" in English
            String strategy = null;
            DataFormatter cells = new DataFormatter();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("Answers")) {
                boolean strategyRow = false;
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    strategyRow |= cells.formatCellValue(cell).equals("gov-strategie");
                }
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (strategyRow && cells.formatCellValue(cell).matches("\\d – .*")) {
                        strategy = cells.formatCellValue(cell);
                    }
                }
            }
            assertThat(strategy).matches("\\d – [^:]+: .+").doesNotContain(" :");
        }
        long answered = questionnaire.questions().stream().filter(q -> example.answers().containsKey(q.id())).count();
        assertThat(answered).isEqualTo(questionnaire.questions().size() - 1);
    }

    @Test
    void aQuestionnaireWithProblemsListsThemAndWritesNothing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "id: broken\nversion: one\n");
        Path preview = dir.resolve("preview.xlsx");

        CliTestSupport result = CliTestSupport.run("preview", broken.toString(), "-o", preview.toString());

        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.out()).contains("broken.yaml:2:10: questionnaire: version 'one'");
        assertThat(Files.exists(preview)).isFalse();
    }
}
