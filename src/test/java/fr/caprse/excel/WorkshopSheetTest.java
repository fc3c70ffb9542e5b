package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopSheetTest {

    @TempDir
    Path folder;

    private static ReportInput workshopInput() {
        Assessment base = ReportFixtures.assessment();
        Assessment assessment = new Assessment(base.questionnaireId(), base.questionnaireVersion(), base.organisation(),
                base.period(), base.created(), base.modified(), base.answers(),
                List.of(new Participant("p1", "Claire Martin", "gérante", "management", false),
                        new Participant("p2", "Yann Roux", "atelier", "employees", true),
                        new Participant("p3", "Lou", null, "employees", false)),
                List.of(new Vote("gov-mission", "p1", 4), new Vote("gov-mission", "p2", 1), new Vote("gov-mission", "p3", 2)),
                base.actions());
        return ReportInput.scored(ReportFixtures.questionnaire(), assessment);
    }

    private XSSFWorkbook written(ReportInput input, Locale locale) throws IOException {
        Path file = folder.resolve("workshop-" + locale.getLanguage() + ".xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(input, locale, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void eachVotedQuestionShowsEveryVoteTheSpreadAndTheConsensus() throws IOException {
        DataFormatter cells = new DataFormatter(Locale.FRENCH);
        try (XSSFWorkbook workbook = written(workshopInput(), Locale.FRENCH)) {
            XSSFSheet sheet = workbook.getSheet("Atelier");
            assertThat(texts(cells, sheet.getRow(0))).containsExactly("Thème", "Identifiant", "Question", "Claire Martin",
                    "Yann Roux (retiré)", "Lou", "Min", "Max", "Médiane", "Écart", "Divergence", "Consensus",
                    "Note de la discussion");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("gov-mission");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(4);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Oui");
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("Raison d’être votée en 2024");
            assertThat((Object) sheet.getRow(2)).as("only voted questions are listed").isNull();

            // groups: management sees gov-mission at 4/4 -> 100; employees (Yann, removed, and Lou) at median 1.5/4 -> 37.5
            Row head = rowWith(cells, sheet, "Direction (1)");
            int column = indexOf(cells, head, "Direction (1)");
            assertThat(cells.formatCellValue(head.getCell(column + 1))).isEqualTo("Salariés (2)");
            Row gov = sheet.getRow(head.getRowNum() + 1);
            assertThat(gov.getCell(column).getNumericCellValue()).isEqualTo(100.0);
            assertThat(gov.getCell(column + 1).getNumericCellValue()).isEqualTo(37.5);

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XDDFRadarChartData radar = (XDDFRadarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(radar.getSeriesCount()).isEqualTo(2);
            assertThat(radar.getSeries(0).getValuesData().getDataRangeReference()).startsWith("Atelier!$D$");
        }
    }

    @Test
    void anAssessmentWithoutParticipantsHasNoWorkshopSheet() throws IOException {
        Assessment base = ReportFixtures.assessment();
        Assessment none = new Assessment(base.questionnaireId(), base.questionnaireVersion(), base.organisation(),
                base.period(), base.created(), base.modified(), base.answers(), List.of(), List.of(), List.of());
        try (XSSFWorkbook workbook = written(ReportInput.scored(ReportFixtures.questionnaire(), none), Locale.ENGLISH)) {
            assertThat(workbook.getSheet("Workshop")).isNull();
        }
    }

    @Test
    void participantsGroupsAndRemovalsTravelInTheDataSheetAndAreReadBack() throws Exception {
        Path file = folder.resolve("back.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(workshopInput(), Locale.ENGLISH, file);
        ImportedReport back = ReportReaderTest.READER.read(file);
        assertThat(back.assessment().participants()).isEqualTo(workshopInput().assessment().participants());
        assertThat(back.assessment().votes()).isEqualTo(workshopInput().assessment().votes());
    }

    private static List<String> texts(DataFormatter cells, Row row) {
        List<String> values = new java.util.ArrayList<>();
        row.forEach(c -> values.add(cells.formatCellValue(c)));
        return values;
    }

    private static Row rowWith(DataFormatter cells, XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (indexOf(cells, row, text) >= 0) {
                return row;
            }
        }
        throw new AssertionError("no cell " + text + " in " + sheet.getSheetName());
    }

    private static int indexOf(DataFormatter cells, Row row, String text) {
        for (var cell : row) {
            if (cells.formatCellValue(cell).equals(text)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }
}
