package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format vsme} and {@code import} of a filled VSME Digital Template, from the command line. */
class VsmeCommandsTest {

    private static final Path SAMPLES = Path.of("src/test/resources/assessments");
    private static final Path JARDINS = SAMPLES.resolve("jardins-de-la-vallee-vsme-basic.rse.json");

    @TempDir
    Path temp;

    private static Assessment read(Path file) throws Exception {
        return AssessmentJson.read(Files.readAllBytes(file), file.toString(), BuiltInQuestionnaires::find);
    }

    @Test
    void aVsmeBasicAssessmentGoesIntoTheTemplateAndComesBack() throws Exception {
        Path template = temp.resolve("VSME.xlsx");
        CliTestSupport export = CliTestSupport.run("export", JARDINS.toString(), "--format", "vsme", "-o", template.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("question b3-fuels-mwh is not written: the template computes fuel energy");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getName("template_reporting_template_version")).isNotNull();
            assertThat(workbook.getSheet("General Information").getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo(read(JARDINS).organisation().name());
        }

        Path back = temp.resolve("back.rse.json");
        CliTestSupport imported = CliTestSupport.run("import", template.toString(), "-o", back.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Assessment original = read(JARDINS);
        Assessment assessment = read(back);
        assertThat(assessment.questionnaireId()).isEqualTo("vsme-basic");
        assertThat(assessment.questionnaireVersion()).isEqualTo(BuiltInQuestionnaires.byId("vsme-basic").orElseThrow().version());
        assertThat(assessment.organisation().name()).isEqualTo(original.organisation().name());
        for (String id : new String[] {"b1-turnover-eur", "b1-headcount", "b3-scope1-tco2e", "b9-accidents"}) {
            assertThat(number(assessment, id)).as(id).isEqualByComparingTo(number(original, id));
        }
    }

    private static BigDecimal number(Assessment assessment, String id) {
        return ((AnswerValue.NumberValue) assessment.answers().get(id).value()).number();
    }

    @Test
    void anAssessmentOnAnotherQuestionnaireIsRefused() {
        Path template = temp.resolve("VSME.xlsx");
        CliTestSupport export = CliTestSupport.run("export", SAMPLES.resolve("atelier-du-val-rse-rso.rse.json").toString(),
                "--format", "vsme", "-o", template.toString());
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("answered on rse-rso; the VSME template is filled from a vsme-basic assessment");
        assertThat(template).doesNotExist();
    }

    @Test
    void aTemplateOfAnotherMajorVersionIsRefusedAndNothingIsWritten() throws Exception {
        Path template = temp.resolve("future.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/vsme/VSME-Digital-Template-Sample-1.3.0.xlsx");
             XSSFWorkbook workbook = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(template)) {
            workbook.getSheet("Introduction").getRow(0).getCell(2).setCellValue("2.0.0");
            workbook.write(out);
        }
        Path back = temp.resolve("back.rse.json");
        CliTestSupport imported = CliTestSupport.run("import", template.toString(), "-o", back.toString());
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("future.xlsx: Introduction!C1: template version 2.0.0; Cap RSE reads "
                + "versions 1.x of the VSME Digital Template (made for 1.3.0)");
        assertThat(back).doesNotExist();
    }
}
