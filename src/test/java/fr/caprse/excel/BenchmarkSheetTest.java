package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkComparison;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.questionnaire.Theme;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a benchmark pack imported, the report has a sheet placing each theme score on the group's quartiles. */
class BenchmarkSheetTest {

    @TempDir
    Path folder;

    @Test
    void theReportShowsTheOrganisationAgainstItsGroup() throws Exception {
        ReportInput input = ReportFixtures.input();
        Map<String, Band> themes = new HashMap<>();
        for (Theme theme : input.questionnaire().themes()) {
            themes.put(theme.id(), new Band(8, 50, 10, 20, 30));
        }
        BenchmarkPack pack = new BenchmarkPack(input.questionnaire().id(), List.of(input.questionnaire().version()),
                "Réseau 2026", null, 5, null, new BenchmarkPack.Group("", 8, new Band(8, 50, 10, 20, 30), themes),
                Map.of());
        BenchmarkComparison comparison = BenchmarkComparison.of(pack, input.questionnaire(),
                input.assessment().organisation(), input.score()).orElseThrow();
        Path file = folder.resolve("report.xlsx");

        new ReportWriter(ReportWriterTest.CLOCK).withBenchmarks(comparison).write(input, Locale.FRENCH, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Repères");
            Sheet sheet = workbook.getSheet("Repères");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Réseau 2026 · Repères de l’ensemble des organisations (8)");
            int r = 4;
            for (Theme theme : input.questionnaire().themes()) {
                Row row = sheet.getRow(r++);
                Double score = input.score().theme(theme.id()).orElseThrow().score();
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(10);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(20);
                if (score != null) {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(score);
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo(score > 30 ? "Dans le quart le plus haut"
                            : score >= 20 ? "Au-dessus de la médiane" : score >= 10 ? "Sous la médiane"
                            : "Dans le quart le plus bas");
                }
            }
            // data sheets unchanged: the report still reads back
        }
        assertThat(ReportReaderTest.READER.read(file).assessment()).isEqualTo(ReportFixtures.assessment());
    }
}
