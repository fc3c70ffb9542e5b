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
    void relationshipsWrittenAsAbsolutePathsAreFollowed() throws Exception {
        Path file = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, file);
        Path absolute = rezip(file, folder.resolve("absolute.xlsx"), "xl/_rels/workbook.xml.rels",
                xml -> xml.replace("Target=\"", "Target=\"/xl/").replace("Target=\"/xl//xl/", "Target=\"/xl/"));

        assertThat(ReportReaderTest.READER.readAnswers(absolute).assessment().answers())
                .isEqualTo(ReportReaderTest.READER.read(file).assessment().answers());
    }

    @Test
    void sharedStringsThatDeclareEntitiesAreRefused() throws Exception {
        Path file = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, file);
        Path entity = rezip(file, folder.resolve("entity.xlsx"), "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));

        assertThatThrownBy(() -> ReportReaderTest.READER.readAnswers(entity)).isInstanceOf(ReportReadException.class)
                .hasMessage("entity.xlsx: refused: the workbook’s XML declares entities (a way to make a program read "
                        + "other files); no report or form does that");
    }

    @Test
    void aPartThatUnpacksFarBeyondItsSizeIsRefused() throws Exception {
        Path file = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, file);
        // 3 MB of spaces inside the data sheet: packs to a few kB, far more than 100 times smaller
        Path bomb = rezip(file, folder.resolve("bomb.xlsx"), "xl/worksheets/sheet5.xml",
                xml -> xml.replaceFirst("<sheetData>", "<sheetData>" + " ".repeat(3 * 1024 * 1024)));

        assertThatThrownBy(() -> ReportReaderTest.READER.readAnswers(bomb)).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("bomb.xlsx: refused: its part xl/worksheets/sheet5.xml unpacks to");
    }

    @Test
    void columnLettersAndExcelEscapesAreReadByHand() {
        assertThat(StreamedWorkbook.column("A1")).isZero();
        assertThat(StreamedWorkbook.column("Z9")).isEqualTo(25);
        assertThat(StreamedWorkbook.column("AA10")).isEqualTo(26);
        assertThat(StreamedWorkbook.column("XFD1048576")).isEqualTo(16_383);
        assertThat(StreamedWorkbook.column("12")).isEqualTo(-1);
        assertThat(StreamedWorkbook.decode("ligne_x000D__x000A_suivante")).isEqualTo("ligne\r\nsuivante");
        assertThat(StreamedWorkbook.decode("code_x12_")).isEqualTo("code_x12_");
        assertThat(StreamedWorkbook.resolve("xl/", "../docProps/app.xml")).isEqualTo("docProps/app.xml");
        assertThat(StreamedWorkbook.resolve("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
    }

    /** {@code file} copied to {@code target} with the part {@code name} changed by {@code edit}. */
    private static Path rezip(Path file, Path target, String name, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            java.util.zip.ZipEntry entry;
            boolean found = false;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    found = true;
                    content = edit.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            assertThat(found).as("part " + name).isTrue();
        }
        return target;
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
