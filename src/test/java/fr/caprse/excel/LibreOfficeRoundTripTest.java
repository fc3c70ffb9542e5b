package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report opened and saved again by LibreOffice (headless, as a person using Calc would) still reads
 * back into the same assessment, and typed formulas are still text. Skipped only where LibreOffice is
 * not installed; CI installs it ({@code .ci/run}).
 */
class LibreOfficeRoundTripTest {

    @TempDir
    static Path folder;

    private static Path resaved;

    @BeforeAll
    static void resaveWithLibreOffice() throws IOException, InterruptedException {
        Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        Path original = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, original);
        Path out = Files.createDirectory(folder.resolve("resaved"));
        Path profile = folder.resolve("lo-profile");
        Process process = new ProcessBuilder(soffice.get().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), original.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting the report");
        }
        resaved = out.resolve("report.xlsx");
        assertThat(resaved).as("LibreOffice output; log: " + Files.readString(folder.resolve("soffice.log"))).exists();
        assertThat(Files.readAllBytes(resaved)).isNotEqualTo(Files.readAllBytes(original));
    }

    @Test
    void importReadsTheResavedReportIntoTheSameAssessment() throws Exception {
        Questionnaire questionnaire = ReportFixtures.questionnaire();
        ReportReader reader = new ReportReader((id, version) -> Optional.of(questionnaire));
        ImportedReport imported = reader.read(resaved);
        assertThat(imported.assessment()).isEqualTo(ReportFixtures.assessment());
    }

    @Test
    void typedFormulasAreStillTextAfterTheResave() throws IOException {
        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell comment = null;
            for (Row row : workbook.getSheet("Réponses")) {
                if ("gov-board".equals(row.getCell(AnswersSheet.ID).getStringCellValue())) {
                    comment = row.getCell(AnswersSheet.COMMENT);
                }
            }
            assertThat(comment).isNotNull();
            assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(comment.getStringCellValue()).isEqualTo(ReportFixtures.HYPERLINK);
            assertThat(ReportWriterTest.allCells(workbook)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void theChartsSurviveTheResave() throws IOException {
        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }

    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

}
