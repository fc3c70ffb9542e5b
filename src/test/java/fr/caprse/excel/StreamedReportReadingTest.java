package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Assessment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed reading of a report (what {@code aggregate} uses) gives what the whole reading gives. */
class StreamedReportReadingTest {

    @TempDir
    Path folder;

    @Test
    void answersAndProfileAreTheSameAsTheWholeReading() throws Exception {
        Path file = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, file);

        ImportedReport whole = ReportReaderTest.READER.read(file);
        ImportedReport streamed = ReportReaderTest.READER.readAnswers(file);

        Assessment expected = whole.assessment();
        Assessment actual = streamed.assessment();
        assertThat(actual.answers()).isEqualTo(expected.answers());
        assertThat(actual.organisation()).isEqualTo(expected.organisation());
        assertThat(actual.period()).isEqualTo(expected.period());
        assertThat(actual.modified()).isEqualTo(expected.modified());
        assertThat(actual.actions()).isEmpty();
        assertThat(streamed.meta()).isEqualTo(whole.meta());
    }

    @Test
    void aWorkbookThatIsNotAReportSaysSo() throws Exception {
        Path file = folder.resolve("other.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            workbook.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("budget");
            workbook.write(out);
        }
        assertThatThrownBy(() -> ReportReaderTest.READER.readAnswers(file)).isInstanceOf(NotAReportException.class)
                .hasMessageContaining("no sheet named meta");
    }
}
