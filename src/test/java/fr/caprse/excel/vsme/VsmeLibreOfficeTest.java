package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported template opened, recalculated and saved again by LibreOffice (headless, as a person using
 * Calc would): it still imports into the same answers, and the template's own "Table of Contents &amp;
 * Validation" sheet, recalculated, shows each basic-module disclosure we fill as complete. Skipped only where
 * LibreOffice is not installed; CI installs it ({@code .ci/run}).
 */
class VsmeLibreOfficeTest {

    @TempDir
    static Path folder;

    private static Path resaved;

    @BeforeAll
    static void exportAndResaveWithLibreOffice() throws IOException, InterruptedException {
        Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        Path original = folder.resolve("VSME.xlsx");
        new VsmeTemplateWriter().write(VsmeFixtures.questionnaire(), VsmeFixtures.assessment(), original);
        Path out = Files.createDirectory(folder.resolve("resaved"));
        Process process = new ProcessBuilder(soffice.get().toString(),
                "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), original.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting the template");
        }
        resaved = out.resolve("VSME.xlsx");
        assertThat(resaved).as("LibreOffice output; log: " + Files.readString(folder.resolve("soffice.log"))).exists();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void theResavedTemplateImportsIntoTheSameAnswers() throws Exception {
        VsmeTemplateReader.Result read = new VsmeTemplateReader().read(resaved, VsmeFixtures.questionnaire());
        assertThat(read.organisationName()).isEqualTo("Les Fours de la Drôme");
        assertThat(read.period()).isEqualTo("2025");
        assertThat(VsmeRoundTripTest.comparable(read.answers()))
                .isEqualTo(VsmeRoundTripTest.comparable(VsmeRoundTripTest.expected()));
    }

    @Test
    void theTableOfContentsShowsEveryDisclosureWeFillAsComplete() throws IOException {
        Map<String, String> status = tableOfContents();
        for (String filled : FILLED) {
            assertThat(status).as(filled).containsEntry(filled, "OK");
        }
        // what vsme-basic holds only as free text or totals: the template asks the person to list them
        for (String left : LEFT_TO_THE_PERSON) {
            assertThat(status).as(left).containsEntry(left, "MISSING VALUE");
        }
        assertThat(status).containsEntry("B8 - Workforce - General characteristics - Country of employment", "-")
                .containsEntry("Contents grouping follows template's framework", "INCOMPLETE");
    }

    /** The disclosures of the basic module that the export fills from a complete vsme-basic assessment. */
    static final java.util.List<String> FILLED = java.util.List.of(
            "Information on the report necessary for  XBRL",
            "B1 - Basis for Preparation & Module",
            "B1 - Other undertaking's general information",
            "B1 - List of site(s)",
            "B1 - List of subsidiaries",
            "B1 - Disclosure of sustainability-related certification(s) or label(s)",
            "B2 - Practices, policies and future initiatives for transitioning towards a more sustainable economy",
            "B2 - Cooperative specific disclosures",
            "B3 - Energy and greenhouse gas emissions",
            "B3 - Total Energy Consumption (in MWh)",
            "B3 - Breakdown of energy consumption (in MWh)",
            "B3 - Estimated Greenhouse Gas Emissions considering the GHG Protocol Version 2004 (in tCO2e)",
            "B3 - Greenhouse gas emission intensity per turnover (in tCO2e)",
            "B4 - Pollution of air, water and soil",
            "B5 - Biodiversity - Land-use",
            "B6 - Water",
            "B6 - Water Withdrawal",
            "B6 - Water Consumption",
            "B7 - Description of circular economy principles",
            "B7 - Annual mass-flow of relevant materials used",
            "B8 - Workforce - General characteristics - Type of contract",
            "B8 - Workforce - General characteristics - Gender",
            "B8 - Workforce - General characteristics - Turnover rate",
            "B9 - Workforce - Health and safety",
            "B10 - Workforce - Remuneration, collective bargaining and training",
            "B10 - Workforce - Remuneration and collective bargaining",
            "B10 - Workforce - Number of annual training hours per employee during the reporting period",
            "B11 - Convictions and fines for corruption and bribery");

    /**
     * The tables vsme-basic does not hold row by row (sites near sensitive areas, waste by code); the
     * employees-by-country table is left empty too, but the template does not flag it ("-").
     */
    static final java.util.List<String> LEFT_TO_THE_PERSON = java.util.List.of(
            "B5 - Sites in biodiversity sensitive areas",
            "B7 - Waste generated");

    /** Disclosure label (column B) → status (column C), as LibreOffice computed them. */
    static Map<String, String> tableOfContents() throws IOException {
        Map<String, String> status = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet toc = workbook.getSheet("Table of Contents & Validation");
            for (int r = 2; r <= 70; r++) {
                Row row = toc.getRow(r);
                if (row == null) {
                    continue;
                }
                String label = text(row.getCell(1));
                String value = text(row.getCell(2));
                if (label != null && value != null) {
                    status.put(label, value);
                }
            }
        }
        return status;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue().strip() : null;
    }
}
