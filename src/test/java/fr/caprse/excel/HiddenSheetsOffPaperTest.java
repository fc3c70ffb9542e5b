package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's and the form's hidden machine sheets stay off paper in LibreOffice too: exported to PDF by
 * LibreOffice headless (which prints hidden sheets unless their print area is empty), a workbook gives
 * exactly the pages of the same workbook with its hidden sheets deleted. Skipped only where LibreOffice is
 * not installed; CI installs it ({@code .ci/run}).
 */
class HiddenSheetsOffPaperTest {

    @TempDir
    static Path folder;

    private static Path report;
    private static Path form;

    @BeforeAll
    static void write() throws IOException {
        report = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, report);
        form = folder.resolve("form.xlsx");
        Questionnaire express = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        try (XSSFWorkbook workbook = new FormWriter(FormRoundTripTest.CLOCK).build(FormInput.blank(express), Locale.FRENCH);
             OutputStream out = Files.newOutputStream(form)) {
            workbook.write(out);
        }
    }

    @Test
    void theMachineSheetsAreHiddenWithABlankPrintAreaAndStillThereByName() throws IOException {
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (String name : List.of("data", "themes", "actions", "participants", "votes", "meta")) {
                int index = workbook.getSheetIndex(name);
                assertThat(index).as(name).isNotNegative();
                assertThat(workbook.getSheetVisibility(index)).as(name).isEqualTo(SheetVisibility.HIDDEN);
                String area = workbook.getPrintArea(index);
                assertThat(area).as(name + " print area").isNotNull();
                String cell = area.substring(area.indexOf('!') + 1).replace("$", "");
                org.apache.poi.ss.util.CellReference reference = new org.apache.poi.ss.util.CellReference(cell.split(":")[0]);
                var row = workbook.getSheetAt(index).getRow(reference.getRow());
                assertThat(row == null || row.getCell(reference.getCol()) == null).as(name + ": " + area + " is blank").isTrue();
            }
            assertThat(workbook.getSheet("data").getLastRowNum()).isEqualTo(ReportFixtures.questionnaire().questions().size());
        }
    }

    @Test
    void libreOfficesPdfOfTheReportHasOnlyThePagesOfItsVisibleSheets() throws Exception {
        assertSamePagesAsWithoutHiddenSheets(report, 3);
    }

    @Test
    void libreOfficesPdfOfTheFormHasOnlyThePagesOfItsVisibleSheets() throws Exception {
        assertSamePagesAsWithoutHiddenSheets(form, 1);
    }

    private static void assertSamePagesAsWithoutHiddenSheets(Path workbook, int atLeast) throws Exception {
        Optional<Path> soffice = LibreOfficeHeadless.find();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        String name = workbook.getFileName().toString().replace(".xlsx", "");
        Path visibleOnly = folder.resolve(name + "-visible-only.xlsx");
        int hidden = 0;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook copy = new XSSFWorkbook(in)) {
            for (int i = copy.getNumberOfSheets() - 1; i >= 0; i--) {
                if (copy.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
                    copy.removeSheetAt(i);
                    hidden++;
                }
            }
            try (OutputStream out = Files.newOutputStream(visibleOnly)) {
                copy.write(out);
            }
        }
        assertThat(hidden).as("hidden sheets in " + name).isPositive();
        Path pdfs = folder.resolve("pdf-" + name);
        LibreOfficeHeadless.convert(soffice.get(), folder, "pdf", pdfs, List.of(workbook, visibleOnly));
        int pages = pages(pdfs.resolve(name + ".pdf"));
        assertThat(pages).as("pages of " + name + ".pdf").isGreaterThanOrEqualTo(atLeast)
                .isEqualTo(pages(pdfs.resolve(name + "-visible-only.pdf")));
    }

    /** The page objects of a PDF ({@code /Type /Page}, not {@code /Pages}): LibreOffice writes them uncompressed. */
    static int pages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher matcher = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
