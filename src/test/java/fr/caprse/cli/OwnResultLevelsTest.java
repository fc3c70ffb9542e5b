package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A questionnaire that names its own result levels gets its results in those words, on every output. */
class OwnResultLevelsTest {

    @TempDir
    Path dir;

    private Path questionnaire() throws URISyntaxException {
        return Path.of(OwnResultLevelsTest.class.getResource("/questionnaires/valid/own-result-levels.yaml").toURI());
    }

    /** a = 2 (s = 1), b = 1 (s = 0.5): the theme scores 75, the lowest score of "Acquis" / "In place". */
    private Path assessment() throws IOException {
        return Files.writeString(dir.resolve("a.rse.json"), """
                {
                  "format": "cap-rse/assessment@1",
                  "questionnaire": {"id": "own-levels", "version": "1.0.0"},
                  "organisation": {"name": "Coop test"},
                  "period": "2026",
                  "created": "2026-09-14T08:30:00Z",
                  "modified": "2026-09-14T08:30:00Z",
                  "answers": {"a": {"value": 2}, "b": {"value": 1}}
                }
                """);
    }

    @Test
    void scoreNamesTheLevelInTheQuestionnairesWords() throws Exception {
        CliTestSupport english = CliTestSupport.run("score", assessment().toString(), "--questionnaire",
                questionnaire().toString(), "--lang", "en");
        CliTestSupport json = CliTestSupport.run("score", assessment().toString(), "--questionnaire",
                questionnaire().toString(), "--json");

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("75.0").contains("In place").doesNotContain("Deployed");
        assertThat(json.out()).contains("\"level\": 2").contains("\"score\": 75");
    }

    @Test
    void theReportNamesTheLevelInTheQuestionnairesWords() throws Exception {
        Path report = dir.resolve("report.xlsx");
        CliTestSupport export = CliTestSupport.run("export", assessment().toString(), "--questionnaire",
                questionnaire().toString(), "--lang", "fr", "-o", report.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter cells = new DataFormatter();
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    found |= cells.formatCellValue(row.getCell(c)).equals("2 – Acquis");
                }
            }
            assertThat(found).as("a cell '2 – Acquis' on the summary").isTrue();
        }
    }
}
