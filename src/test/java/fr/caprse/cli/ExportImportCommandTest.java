package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {

    private static final Path SAMPLES = Path.of("src/test/resources/assessments");
    private static final Path ATELIER = SAMPLES.resolve("atelier-du-val-rse-rso.rse.json");

    @TempDir
    Path temp;

    private static Assessment read(Path file) throws Exception {
        return AssessmentJson.read(Files.readAllBytes(file), file.toString(),
                BuiltInQuestionnaires::find);
    }

    @Test
    void exportWritesTheReportWithTheEnginesScores() throws Exception {
        Path report = temp.resolve("atelier.xlsx");
        CliTestSupport result = CliTestSupport.run("export", ATELIER.toString(), "-o", report.toString(), "--lang", "en");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();

        Assessment assessment = read(ATELIER);
        Questionnaire questionnaire = BuiltInQuestionnaires.find("rse-rso", assessment.questionnaireVersion()).orElseThrow();
        AssessmentScore score = Scorer.score(questionnaire, assessment.organisation(), assessment.answers());
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary).isNotNull();
            Row overall = null;
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(0).toString().startsWith("Overall score")) {
                    overall = row;
                }
            }
            assertThat(overall).isNotNull();
            assertThat(overall.getCell(1).getNumericCellValue()).isEqualTo(score.overall());
            assertThat(workbook.getSheet("data").getLastRowNum()).isEqualTo(questionnaire.questions().size());
        }
    }

    @Test
    void importGivesBackTheAssessmentFileExported() throws Exception {
        for (Path sample : samples()) {
            Path report = temp.resolve(sample.getFileName() + ".xlsx");
            Path back = temp.resolve("back-" + sample.getFileName());
            assertThat(CliTestSupport.run("export", sample.toString(), "-o", report.toString()).exitCode()).isZero();
            CliTestSupport result = CliTestSupport.run("import", report.toString(), "-o", back.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(read(back)).as(sample.toString()).isEqualTo(read(sample));
            assertThat(Files.readString(back)).as(sample.toString()).isEqualTo(Files.readString(sample));
        }
    }

    @Test
    void exportComparesWithAPreviousAssessment() throws Exception {
        Path report = temp.resolve("atelier.xlsx");
        CliTestSupport result = CliTestSupport.run("export", ATELIER.toString(), "-o", report.toString(), "--lang", "fr",
                "--previous", ATELIER.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Synthèse").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0)
                    .getSeriesCount()).isEqualTo(2);
        }
    }

    @Test
    void importOfSomethingElseIsBadInputAndWritesNothing() throws IOException {
        Path notes = temp.resolve("notes.xlsx");
        Files.writeString(notes, "hello");
        Path out = temp.resolve("out.rse.json");
        CliTestSupport result = CliTestSupport.run("import", notes.toString(), "-o", out.toString());
        assertThat(result.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(result.err()).contains("notes.xlsx: not an Excel workbook (.xlsx)");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(notes);
        }
    }

    @Test
    void exportIntoAMissingFolderOrWithoutXlsxIsBadInput() {
        CliTestSupport missing = CliTestSupport.run("export", ATELIER.toString(), "-o", temp.resolve("no/where.xlsx").toString());
        assertThat(missing.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(missing.err()).contains("does not exist");
        CliTestSupport pdf = CliTestSupport.run("export", ATELIER.toString(), "-o", temp.resolve("report.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(pdf.err()).contains("name it with .xlsx");
        CliTestSupport usage = CliTestSupport.run("export", ATELIER.toString());
        assertThat(usage.exitCode()).isEqualTo(CapRseCli.USAGE);
    }

    private static java.util.List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".rse.json")).sorted().toList();
        }
    }
}
