package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.json.BenchmarkPackJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --benchmarks PACK}: the report compares the assessment with the pack, as the app's report does. */
class ExportBenchmarksCommandTest {

    private static final Path ATELIER = Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json");

    @TempDir
    Path temp;

    private Path pack(String questionnaireId) throws Exception {
        BenchmarkPack pack = new BenchmarkPack(questionnaireId, List.of("1.0.0"), "Réseau Drôme 2026",
                Instant.parse("2026-11-20T10:00:00Z"), 5, Grouping.SIZE,
                new BenchmarkPack.Group("", 12, new Band(12, 50, 40, 50, 60), Map.of("gov", new Band(12, 51, 41.5, 52.5, 63))),
                Map.of());
        Path file = temp.resolve(questionnaireId + "-pack.json");
        Files.write(file, BenchmarkPackJson.write(pack));
        return file;
    }

    @Test
    void theReportGetsTheBenchmarksSheetOfThePack() throws Exception {
        Path report = temp.resolve("atelier.xlsx");
        CliTestSupport result = CliTestSupport.run("export", ATELIER.toString(), "-o", report.toString(), "--lang", "en",
                "--benchmarks", pack("rse-rso").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Benchmarks");
            assertThat(sheet).as("the Benchmarks sheet").isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Réseau Drôme 2026 · ")
                    .contains("12");
            Row governance = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 3 && row.getCell(2) != null
                        && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && row.getCell(2).getNumericCellValue() == 41.5) {
                    governance = row;
                }
            }
            assertThat(governance).as("the governance row, with the pack's quartiles").isNotNull();
            assertThat(governance.getCell(3).getNumericCellValue()).isEqualTo(52.5);
            assertThat(governance.getCell(4).getNumericCellValue()).isEqualTo(63.0);
        }
    }

    @Test
    void withoutAPackTheReportHasNoBenchmarksSheet() throws Exception {
        Path report = temp.resolve("atelier.xlsx");
        CliTestSupport result = CliTestSupport.run("export", ATELIER.toString(), "-o", report.toString(), "--lang", "en");

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Benchmarks")).isNull();
        }
    }

    @Test
    void aPackOfAnotherQuestionnaireIsRefusedAndNothingIsWritten() throws Exception {
        Path report = temp.resolve("atelier.xlsx");
        CliTestSupport result = CliTestSupport.run("export", ATELIER.toString(), "-o", report.toString(),
                "--benchmarks", pack("obs").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("the benchmark pack is of questionnaire obs")
                .contains("answered on rse-rso: they cannot be compared");
        assertThat(report).doesNotExist();
    }

    @Test
    void aFileThatIsNotAPackIsRefused() throws Exception {
        Path notAPack = temp.resolve("notes.json");
        Files.writeString(notAPack, "{\"hello\": 1}");
        CliTestSupport result = CliTestSupport.run("export", ATELIER.toString(), "-o",
                temp.resolve("atelier.xlsx").toString(), "--benchmarks", notAPack.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("notes.json");
        assertThat(temp.resolve("atelier.xlsx")).doesNotExist();
    }
}
