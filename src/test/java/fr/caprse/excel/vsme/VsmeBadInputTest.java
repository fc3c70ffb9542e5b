package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates that cannot be read: each problem is named with its datapoint and cell, all at once, and
 * nothing is imported. Built from one export of the complete assessment, edited as a person would.
 */
class VsmeBadInputTest {

    @TempDir
    static Path folder;

    private static Path badValues;
    private static Path brokenNames;
    private static Path olderVersion;

    @BeforeAll
    static void editedTemplates() throws IOException {
        Path exported = folder.resolve("VSME.xlsx");
        new VsmeTemplateWriter().write(VsmeFixtures.questionnaire(), VsmeFixtures.assessment(), exported);
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            cell(workbook, "General Information", 282, 4).setCellValue("beaucoup");        // E283 Turnover
            cell(workbook, "General Information", 178, 4).setCellValue("Quarterly report"); // E179 BasisForReporting
            cell(workbook, "Social Disclosures", 146, 3).setCellValue("PERHAPS");          // D147 minimum wage
            cell(workbook, "Social Disclosures", 147, 3).setCellValue(0);                  // D148: D150 divides by it
            cell(workbook, "Environmental Disclosures", 292, 2).setCellValue("acres");     // C293 land-use unit
            badValues = save(workbook, "bad-values.xlsx");
        }
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.removeName(workbook.getName("TotalAmountOfFinesForTheViolationOfAnticorruptionAndAntibriberyLaws"));
            workbook.removeName(workbook.getName("NumberOfFemaleEmployees"));
            Name scope1 = workbook.getName("GrossScope1GreenhouseGasEmissions");
            scope1.setRefersToFormula("'Environmental Disclosures'!#REF!");
            brokenNames = save(workbook, "broken-names.xlsx");
            workbook.getSheet("Introduction").getRow(0).getCell(2).setCellValue("1.2.0");
            olderVersion = save(workbook, "older-version.xlsx");
        }
    }

    private static Cell cell(XSSFWorkbook workbook, String sheet, int row, int column) {
        return workbook.getSheet(sheet).getRow(row).getCell(column, org.apache.poi.ss.usermodel.Row.MissingCellPolicy
                .CREATE_NULL_AS_BLANK);
    }

    private static Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static List<String> problems(Path file) {
        try {
            new VsmeTemplateReader().read(file, VsmeFixtures.questionnaire());
        } catch (VsmeReadException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
            return e.problems();
        }
        throw new AssertionError(file + " was read without a problem");
    }

    @Test
    void everyBadValueIsNamedWithItsDatapointAndCell() {
        assertThat(problems(badValues)).containsExactlyInAnyOrder(
                "General Information!E283 (Turnover, question b1-turnover-eur): “beaucoup” where a number is expected",
                "General Information!E179 (BasisForReporting, question b1-basis): “Quarterly report” is not in the "
                        + "template’s list (Sustainability report prepared on an individual basis; Sustainability "
                        + "report prepared on a consolidated basis)",
                "Social Disclosures!D147 (EmployeesReceivePayEqualOrAboveMinimumWageDeterminedByNationalLawOr"
                        + "CollectiveAgreement, question b10-minimum-wage): “PERHAPS” is not in the template’s list (YES, NO)",
                "Social Disclosures!D150 (PercentageGapInPayBetweenFemaleAndMaleEmployees, question b10-pay-gap-pct): "
                        + "the formula gives #DIV/0!; correct the cells it uses",
                "Environmental Disclosures!C293 (TotalSealedArea_unit): “acres” is not in the template’s list "
                        + "(hectares (ha), squared meters (m2))",
                "Environmental Disclosures!C293 (TotalNatureOrientedAreaOnSite_unit): “acres” is not in the template’s "
                        + "list (hectares (ha), squared meters (m2))",
                "Environmental Disclosures!C293 (TotalNatureOrientedAreaOffSite_unit): “acres” is not in the template’s "
                        + "list (hectares (ha), squared meters (m2))",
                "Environmental Disclosures!C293 (TotalUseOfLand_unit): “acres” is not in the template’s list "
                        + "(hectares (ha), squared meters (m2))");
    }

    @Test
    void deletedNamesAndNamesPointingToRefErrorsAreNamed() {
        assertThat(problems(brokenNames)).containsExactlyInAnyOrder(
                "question b8-female: the named range NumberOfFemaleEmployees is missing; the template was altered: "
                        + "use an unaltered copy of the template",
                "question b11-fines-eur: the named range TotalAmountOfFinesForTheViolationOfAnticorruptionAndAntibribery"
                        + "Laws is missing; the template was altered: use an unaltered copy of the template",
                "question b3-scope1-tco2e: the named range GrossScope1GreenhouseGasEmissions points to #REF! (its cells "
                        + "were deleted); the template was altered: use an unaltered copy of the template");
    }

    @Test
    void anEarlierVersionIsReadWhereItsNamesAgreeAndTheRestIsListed() throws Exception {
        VsmeTemplateReader.Result result = new VsmeTemplateReader().read(olderVersion, VsmeFixtures.questionnaire());
        assertThat(result.templateVersion()).isEqualTo("1.2.0");
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("template version 1.2.0, not 1.3.0"));
        assertThat(result.answers()).containsEntry("b1-turnover-eur", VsmeFixtures.number("3200000"))
                .containsEntry("b8-male", VsmeFixtures.number("34"))
                .doesNotContainKeys("b8-female", "b11-fines-eur", "b3-scope1-tco2e", "b8-leavers");
        assertThat(result.notCarried()).anyMatch(n -> n.name().equals("NumberOfFemaleEmployees")
                && n.reason().equals("template 1.2.0 has no such name"));
        assertThat(result.notCarried()).anyMatch(n -> n.name().equals("EmployeeTurnoverRate")
                && n.reason().startsWith("the cell beside this name is read only in template 1.3.0"));
    }

    @Test
    void aWorkbookThatIsNotTheTemplateIsRefused() throws IOException {
        Path other = folder.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Recettes");
            save(workbook, "budget.xlsx");
        }
        assertThat(VsmeTemplateReader.isTemplate(other)).isFalse();
        assertThat(problems(other)).singleElement().asString()
                .startsWith("this workbook is not EFRAG’s VSME Digital Template (the named range "
                        + "template_reporting_template_version is missing");
    }

    @Test
    void aTemplateIsRecognised() {
        assertThat(VsmeTemplateReader.isTemplate(badValues)).isTrue();
    }

    @Test
    void aTextFileIsRefusedWithoutAStackTrace() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "pas un classeur");
        assertThatThrownBy(() -> new VsmeTemplateReader().read(text, VsmeFixtures.questionnaire()))
                .isInstanceOf(VsmeReadException.class).hasMessage("notes.xlsx: not an Excel workbook (.xlsx)");
    }
}
