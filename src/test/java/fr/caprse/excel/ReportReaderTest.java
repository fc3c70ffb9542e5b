package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    static final Questionnaire QUESTIONNAIRE = ReportFixtures.questionnaire();
    static final ReportReader READER = new ReportReader(
            (id, version) -> id.equals(QUESTIONNAIRE.id()) ? Optional.of(QUESTIONNAIRE) : Optional.empty());

    @TempDir
    Path folder;

    private Path report() throws IOException {
        Path file = folder.resolve("report.xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportFixtures.input(), Locale.FRENCH, file);
        return file;
    }

    /** The report with {@code change} applied to its workbook, saved as another file. */
    private Path edited(Consumer<XSSFWorkbook> change) throws IOException {
        Path source = report();
        Path target = folder.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    private static Cell dataCell(XSSFWorkbook workbook, String questionId, String column) {
        Sheet data = workbook.getSheet("data");
        for (Row row : data) {
            if (row.getCell(0).getStringCellValue().equals(questionId)) {
                int index = ReportFormat.DATA_COLUMNS.indexOf(column);
                Cell cell = row.getCell(index);
                return cell != null ? cell : row.createCell(index);
            }
        }
        throw new AssertionError(questionId);
    }

    private static Cell metaValue(XSSFWorkbook workbook, String key) {
        for (Row row : workbook.getSheet("meta")) {
            if (row.getCell(0).getStringCellValue().equals(key)) {
                return row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void aReportReadsBackIntoTheSameAssessment() throws Exception {
        ImportedReport imported = READER.read(report());
        assertThat(imported.assessment()).isEqualTo(ReportFixtures.assessment());
        assertThat(imported.questionnaire()).isSameAs(QUESTIONNAIRE);
        assertThat(imported.meta().format()).isEqualTo("cap-rse/report@1");
        assertThat(imported.meta().language()).isEqualTo("fr");
        assertThat(imported.meta().generated()).isEqualTo(ReportWriterTest.CLOCK.instant());
        assertThat(imported.sameQuestionnaireContent()).isTrue();
    }

    @Test
    void readingNeverChangesTheFile() throws Exception {
        Path file = report();
        byte[] before = Files.readAllBytes(file);
        READER.read(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void valuesRetypedAsNumbersOrBooleansInASpreadsheetReadTheSame() throws Exception {
        Path file = edited(workbook -> {
            dataCell(workbook, "gov-mission", "value").setCellValue(3.0);
            dataCell(workbook, "env-energy", "value").setCellValue(182.5);
            dataCell(workbook, "env-renewable", "value").setCellValue(35);
            dataCell(workbook, "soc-accident", "na").setCellValue(true);
            dataCell(workbook, "gov-board", "flagged").setCellValue("TRUE");
            dataCell(workbook, "gov-mission", "na").setBlank();
            metaValue(workbook, "organisation_employees").setCellValue(23);
        });
        assertThat(READER.read(file).assessment()).isEqualTo(ReportFixtures.assessment());
    }

    @Test
    void anEmptySelectionOfAMultipleQuestionIsKept() throws Exception {
        Path file = edited(workbook -> dataCell(workbook, "env-actions", "value").setCellValue("[]"));
        assertThat(READER.read(file).assessment().answers().get("env-actions").value())
                .isEqualTo(new fr.caprse.domain.assessment.AnswerValue.Choices(java.util.List.of()));
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        Path other = edited(workbook -> metaValue(workbook, "format").setCellValue("acme/export@3"));
        assertThatThrownBy(() -> READER.read(other)).isInstanceOf(ReportReadException.class)
                .hasMessage("edited.xlsx: meta!B2: unknown format \"acme/export@3\": this is not a Cap RSE report "
                        + "(expected cap-rse/report@1)");
        Path newer = edited(workbook -> metaValue(workbook, "format").setCellValue("cap-rse/report@2"));
        assertThatThrownBy(() -> READER.read(newer)).hasMessageContaining("newer Cap RSE");
    }

    @Test
    void anUnknownQuestionIdIsRefusedWithItsCell() throws Exception {
        Path file = edited(workbook -> dataCell(workbook, "env-energy", "question_id").setCellValue("env-energie"));
        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(ReportReadException.class)
                .hasMessage("edited.xlsx: data!A5: unknown question id \"env-energie\": questionnaire test-rse 1.2.0 "
                        + "has no such question");
    }

    @Test
    void aValueThatDoesNotFitItsQuestionIsRefusedWithItsCellAndQuestion() throws Exception {
        assertRefused(w -> dataCell(w, "env-energy", "value").setCellValue("beaucoup"),
                "edited.xlsx: data!D5 (question env-energy): \"beaucoup\" is not a number; write it like 182.5");
        assertRefused(w -> dataCell(w, "env-renewable", "value").setCellValue("150"),
                "edited.xlsx: data!D6 (question env-renewable): 150 is outside the allowed range (from 0 to 100)");
        assertRefused(w -> dataCell(w, "gov-mission", "value").setCellValue("5"),
                "edited.xlsx: data!D2 (question gov-mission): \"5\" is not a maturity level; write a whole number from 0 to 4");
        assertRefused(w -> dataCell(w, "soc-training", "value").setCellValue("all"),
                "edited.xlsx: data!D9 (question soc-training): \"all\" is not one of its options (none, some, most)");
        assertRefused(w -> dataCell(w, "env-actions", "value").setCellValue("sorting;sorting"),
                "edited.xlsx: data!D7 (question env-actions): option sorting is chosen twice");
        assertRefused(w -> dataCell(w, "gov-mission", "na").setCellValue("true"),
                "edited.xlsx: data!D2 (question gov-mission) has both a value and N/A: keep one");
        assertRefused(w -> {
            dataCell(w, "gov-mission", "value").setBlank();
            dataCell(w, "gov-mission", "na").setCellValue("true");
        }, "edited.xlsx: data!E2 (question gov-mission) does not allow N/A");
        assertRefused(w -> dataCell(w, "gov-board", "na").setCellValue("perhaps"),
                "edited.xlsx: data!E3 (question gov-board): \"perhaps\" is not true or false");
        assertRefused(w -> dataCell(w, "env-per-employee", "value").setCellValue("3"),
                "edited.xlsx: data!D8 (question env-per-employee) is computed from other answers: it takes no answer");
    }

    @Test
    void aFormulaIsRefusedAndNeverEvaluated() throws Exception {
        assertRefused(w -> dataCell(w, "env-energy", "value").setCellFormula("100+82.5"),
                "edited.xlsx: data!D5: holds a formula (100+82.5); formulas are never evaluated: type the value itself");
        assertRefused(w -> dataCell(w, "gov-board", "comment").setCellFormula("HYPERLINK(\"http://x\",\"y\")"),
                "edited.xlsx: data!F3: holds a formula (HYPERLINK(\"http://x\",\"y\")); formulas are never evaluated: "
                        + "type the value itself");
    }

    @Test
    void aRenamedDataSheetOrMissingColumnIsExplained() throws Exception {
        assertRefused(w -> w.setSheetName(w.getSheetIndex("data"), "données"),
                "edited.xlsx: no sheet named data; this is not a Cap RSE report, or the sheet was renamed or deleted "
                        + "(its name must stay data)");
        assertRefused(w -> w.getSheet("data").getRow(0).getCell(3).setCellValue("valeur"),
                "edited.xlsx: sheet data has no column value in its first row; its columns must keep their names "
                        + "(see docs/excel-report.md)");
        assertRefused(w -> metaValue(w, "questionnaire_id").setCellValue("other"),
                "edited.xlsx: the report was made with questionnaire other 1.2.0, which this application does not have: "
                        + "load that questionnaire first");
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() throws Exception {
        Path file = edited(workbook -> {
            Sheet data = workbook.getSheet("data");
            // swap the comment and evidence columns, header included
            for (Row row : data) {
                Cell comment = row.getCell(5);
                Cell evidence = row.getCell(6);
                String c = comment == null ? null : comment.getStringCellValue();
                String e = evidence == null ? null : evidence.getStringCellValue();
                row.createCell(5).setCellValue(e);
                row.createCell(6).setCellValue(c);
            }
        });
        assertThat(READER.read(file).assessment()).isEqualTo(ReportFixtures.assessment());
    }

    @Test
    void whatIsNotAnXlsxWorkbookIsRefused() throws Exception {
        Path text = folder.resolve("notes.xlsx");
        Files.writeString(text, "not a workbook");
        assertThatThrownBy(() -> READER.read(text)).hasMessage("notes.xlsx: not an Excel workbook (.xlsx)");
        assertThatThrownBy(() -> READER.read(folder.resolve("missing.xlsx"))).hasMessage("missing.xlsx: no such file");
        Path big = folder.resolve("big.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(SafeWorkbooks.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> READER.read(big)).hasMessage("big.xlsx: the file is 20 MB; a workbook of at most 20 MB is accepted (a report or form is well under 1 MB)");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        // the data sheet padded with 60 MB of spaces: it compresses more than 100 times
        Path source = report();
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet5.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> READER.read(bomb)).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("bomb.xlsx: refused: ").hasMessageContaining("(a \"zip bomb\")");
    }

    @Test
    void actionsParticipantsAndVotesAreCheckedToo() throws Exception {
        assertRefused(w -> w.getSheet("actions").getRow(1).getCell(4).setCellValue("someday"),
                "edited.xlsx: actions!E2: status \"someday\" is not one of todo, doing, done, dropped");
        assertRefused(w -> w.getSheet("actions").getRow(1).getCell(3).setCellValue("30/06/2027"),
                "edited.xlsx: actions!D2: \"30/06/2027\" is not a date; write it as 2027-06-30");
        assertRefused(w -> w.getSheet("votes").getRow(1).getCell(1).setCellValue("p9"),
                "edited.xlsx: votes!B2: vote by \"p9\", who is not in the participants sheet");
        Path retypedDate = edited(w -> {
            Cell due = w.getSheet("actions").getRow(1).getCell(3);
            due.setCellValue(java.time.LocalDate.of(2027, 6, 30));
            var style = w.createCellStyle();
            style.setDataFormat(w.createDataFormat().getFormat("dd/mm/yyyy"));
            due.setCellStyle(style);
        });
        Assessment read = READER.read(retypedDate).assessment();
        assertThat(read.actions()).isEqualTo(ReportFixtures.assessment().actions());
    }

    private void assertRefused(Consumer<XSSFWorkbook> change, String message) throws IOException {
        Path file = edited(change);
        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(ReportReadException.class).hasMessage(message);
    }
}
