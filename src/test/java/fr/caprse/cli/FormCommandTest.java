package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.excel.FilledForms;
import fr.caprse.json.AssessmentJson;
import fr.caprse.json.ScoreJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormCommandTest {

    @TempDir
    Path temp;

    @Test
    void formWritesTheBlankFormOfABuiltInQuestionnaire() throws Exception {
        Path form = temp.resolve("form.xlsx");
        CliTestSupport result = CliTestSupport.run("form", "rse-express", "-o", form.toString(), "--lang", "en");
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(workbook.getSheet("Questionnaire")).isNotNull();
        }
    }

    @Test
    void formAlsoTakesAQuestionnaireFile() {
        Path form = temp.resolve("form.xlsx");
        CliTestSupport result = CliTestSupport.run("form", "questionnaires/vsme-basic.yaml", "-o", form.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(form).exists();
    }

    @Test
    void badInputExitsWithOneAndSaysWhatIsWrong() {
        CliTestSupport unknown = CliTestSupport.run("form", "rse-nothing", "-o", temp.resolve("f.xlsx").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("rse-nothing").contains("rse-rso");
        CliTestSupport extension = CliTestSupport.run("form", "rse-rso", "-o", temp.resolve("f.xls").toString());
        assertThat(extension.exitCode()).isEqualTo(1);
        assertThat(extension.err()).contains(".xlsx");
        CliTestSupport folder = CliTestSupport.run("form", "rse-rso", "-o", temp.resolve("nowhere/f.xlsx").toString());
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).contains("does not exist");
        assertThat(temp.resolve("f.xlsx")).doesNotExist();
    }

    @Test
    void missingOutputIsWrongUsage() {
        assertThat(CliTestSupport.run("form", "rse-rso").exitCode()).isEqualTo(2);
    }

    @Test
    void importReadsAFilledFormIntoAnAssessmentThatScoresLikeTheAnswersGiven() throws Exception {
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        Path form = temp.resolve("form.xlsx");
        assertThat(CliTestSupport.run("form", "rse-rso", "-o", form.toString(), "--lang", "fr").exitCode()).isZero();
        Path filled = temp.resolve("filled.xlsx");
        FilledForms.Expected expected;
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            expected = FilledForms.fillEverything(filler, questionnaire, Locale.FRENCH);
            filler.save(filled);
        }
        Path json = temp.resolve("filled.rse.json");
        CliTestSupport result = CliTestSupport.run("import", filled.toString(), "-o", json.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Assessment assessment = AssessmentJson.read(Files.readAllBytes(json), json.toString(), BuiltInQuestionnaires::find);
        assertThat(assessment.answers()).isEqualTo(expected.answers());
        CliTestSupport score = CliTestSupport.run("score", json.toString(), "--json");
        assertThat(score.out().strip()).isEqualTo(ScoreJson.write(Scorer.score(questionnaire, expected.organisation(),
                expected.answers())));
    }

    @Test
    void importOfABrokenFormSaysEveryProblemAndWritesNothing() throws Exception {
        Path form = temp.resolve("form.xlsx");
        assertThat(CliTestSupport.run("form", "rse-rso", "-o", form.toString(), "--lang", "fr").exitCode()).isZero();
        Path filled = temp.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            filler.type("profile:name", "Atelier");
            filler.type("gov-purpose", "beaucoup");
            filler.type("env-energy-mwh", "12 MWh");
            filler.save(filled);
        }
        Path json = temp.resolve("filled.rse.json");
        CliTestSupport result = CliTestSupport.run("import", filled.toString(), "-o", json.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("gov-purpose").contains("\"beaucoup\"").contains("env-energy-mwh")
                .contains("\"12 MWh\" is not a number");
        assertThat(json).doesNotExist();
    }

    @Test
    void aggregateConsolidatesACampaignsFilledFormsAndRejectsABrokenOne() throws Exception {
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        Path list = temp.resolve("orgs.csv");
        Files.writeString(list, "name,id,size,employees,legal_form\nAtelier,801,small,12,scop\nFerme,802,micro,3,association\n"
                + "Garage,803,small,20,company\n");
        Path forms = temp.resolve("forms");
        CliTestSupport campaign = CliTestSupport.run("form", "rse-express", "--campaign", list.toString(), "-o", forms.toString());
        assertThat(campaign.exitCode()).as(campaign.err()).isZero();
        assertThat(campaign.err()).contains("3 forms written");
        Path returns = Files.createDirectory(temp.resolve("returns"));
        int n = 0;
        try (var files = Files.list(forms)) {
            for (Path form : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    FilledForms.Filler filler = new FilledForms.Filler(workbook);
                    String name = filler.cell("profile:name", 2).getStringCellValue();
                    String id = filler.cell("profile:id", 2).getStringCellValue();
                    FilledForms.fillEverything(filler, questionnaire, Locale.FRENCH);
                    filler.type("profile:name", name);
                    filler.type("profile:id", id);
                    if (n++ == 2) {
                        filler.type("xgov-purpose", "beaucoup");
                    }
                    filler.save(returns.resolve(form.getFileName()));
                }
            }
        }
        Path out = temp.resolve("consolidated.xlsx");
        CliTestSupport result = CliTestSupport.run("aggregate", returns.toString(), "-o", out.toString(), "--lang", "en");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("consolidated: 2").contains("rejected: 1").contains("\"beaucoup\"");
        assertThat(out).exists();
    }
}
