package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of a filled form is refused with a message naming the sheet, the cell and the
 * question, and nothing is read from a form with a problem (the reader gives no assessment at all).
 */
class FormBadInputTest {

    private static final Questionnaire RSO = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();

    @TempDir
    Path folder;

    /** A French rse-rso form with a name and a period, changed by {@code change}, then read. */
    private ReportReadException refused(Consumer<FilledForms.Filler> change) throws IOException {
        Path file = folder.resolve("filled.xlsx");
        try (XSSFWorkbook workbook = new FormWriter(FormRoundTripTest.CLOCK).build(FormInput.blank(RSO), Locale.FRENCH)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            filler.type("profile:name", "Atelier du Val");
            filler.type("gov-purpose", "2 – " + RSO.scale().level(2).label().get("fr"));
            change.accept(filler);
            filler.save(file);
        }
        return readFails(file);
    }

    private static ReportReadException readFails(Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> reader().read(file));
        assertThat(thrown).as("the form should be refused").isInstanceOf(ReportReadException.class);
        return (ReportReadException) thrown;
    }

    private static WorkbookReader reader() {
        return new WorkbookReader((id, version) -> id.equals(RSO.id()) && version.equals(RSO.version())
                ? Optional.of(RSO) : Optional.empty(), id -> List.of(RSO.version()));
    }

    private static String cell(FilledForms.Filler filler, String key) {
        return "Questionnaire!C" + (filler.row(key) + 1);
    }

    private static Question first(QuestionType type, boolean na) {
        return RSO.questions().stream().filter(q -> q.type() == type && q.na() == na).findFirst().orElseThrow();
    }

    @Test
    void anOptionPastedOverADropDownIsNamedWithItsCell() throws Exception {
        Question single = first(QuestionType.SINGLE, false);
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.type(single.id(), "Une réponse inventée");
            where[0] = cell(f, single.id());
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0] + " (question ")
                .contains(single.id()).contains("\"Une réponse inventée\" is not one of the answers of the list");
    }

    @Test
    void aNumberOutOfBoundsIsNamedWithItsCellAndTheRange() throws Exception {
        Question percent = first(QuestionType.PERCENT, false);
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.type(percent.id(), 120);
            where[0] = cell(f, percent.id());
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0])
                .contains(percent.id()).contains("120 is outside the allowed range (from");
    }

    @Test
    void aNumberWithAUnitInWordsIsRefusedSayingTheUnitIsGiven() throws Exception {
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.type("env-energy-mwh", "12 MWh");
            where[0] = cell(f, "env-energy-mwh");
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0])
                .contains("env-energy-mwh").contains("\"12 MWh\" is not a number").contains("the unit (MWh) is already given");
    }

    @Test
    void notApplicableWhereTheQuestionDoesNotAllowItIsNamed() throws Exception {
        Question strict = first(QuestionType.MATURITY, false);
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.type(strict.id(), "Non applicable");
            where[0] = cell(f, strict.id());
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0])
                .contains(strict.id()).contains("does not allow \"not applicable\"");
    }

    @Test
    void aDeletedRowIsFoundWhereItWas() throws Exception {
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            int row = f.row("gov-strategy");
            f.form.shiftRows(row + 1, f.form.getLastRowNum(), -1);
            where[0] = "Questionnaire!A" + (row + 1);
        });
        assertThat(e.problems()).first().asString().startsWith("filled.xlsx: " + where[0] + ": this row should hold question ")
                .contains("gov-strategy").contains("rows were deleted or moved");
    }

    @Test
    void aMovedRowIsFoundWithWhereItBelongs() throws Exception {
        String[] where = new String[2];
        ReportReadException e = refused(f -> {
            int a = f.row("gov-purpose");
            int b = f.row("gov-strategy");
            swap(f.form.getRow(a), f.form.getRow(b));
            where[0] = "Questionnaire!A" + (a + 1);
            where[1] = "row " + (b + 1);
        });
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith("filled.xlsx: " + where[0] + ": this row should hold question ")
                .contains("gov-purpose").contains("holds gov-strategy, which belongs at " + where[1]);
    }

    @Test
    void anEditedQuestionCodeIsNamed() throws Exception {
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.cell("gov-strategy", FormFormat.CODE).setCellValue("gov-strategie");
            where[0] = "Questionnaire!A" + (f.row("gov-strategy") + 1);
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0])
                .contains("was changed to \"gov-strategie\"; it must stay gov-strategy");
    }

    @Test
    void aFormOfAnotherQuestionnaireVersionSaysBothVersions() throws Exception {
        ReportReadException e = refused(f -> {
            for (Row row : f.workbook.getSheet("meta")) {
                if ("questionnaire_version".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue("0.9.0");
                }
            }
        });
        assertThat(e.getMessage()).startsWith("filled.xlsx: ").contains("rse-rso version 0.9.0")
                .contains("this application has version " + RSO.version());
    }

    @Test
    void aFormulaTypedInAnAnswerCellIsRefusedNeverEvaluated() throws Exception {
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.cell("env-energy-mwh", FormFormat.ANSWER).setCellFormula("10*2");
            where[0] = cell(f, "env-energy-mwh");
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0])
                .contains("env-energy-mwh").contains("holds a formula (=10*2)").contains("never calculated");
    }

    @Test
    void anEmptyNameIsNamedWithItsCell() throws Exception {
        String[] where = new String[1];
        ReportReadException e = refused(f -> {
            f.type("profile:name", null);
            where[0] = cell(f, "profile:name");
        });
        assertThat(e.problems()).singleElement().asString().startsWith("filled.xlsx: " + where[0] + " (name)")
                .contains("required");
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        ReportReadException e = refused(f -> {
            f.type("env-energy-mwh", "beaucoup");
            f.type("profile:employees", "douze");
            f.type("gov-purpose", "9");
        });
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage().lines()).hasSize(3);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedSayingSo() throws Exception {
        Path file = folder.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem();
             XSSFWorkbook workbook = new FormWriter(FormRoundTripTest.CLOCK).build(FormInput.blank(RSO), Locale.FRENCH)) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(readFails(file).getMessage()).startsWith("protected.xlsx: ").containsIgnoringCase("password");
    }

    @Test
    void aCorruptWorkbookIsRefused() throws Exception {
        Path whole = folder.resolve("whole.xlsx");
        new FormWriter(FormRoundTripTest.CLOCK).write(FormInput.blank(RSO), Locale.FRENCH, whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = folder.resolve("corrupt.xlsx");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(readFails(file).getMessage()).startsWith("corrupt.xlsx: ").contains("damaged or incomplete workbook");
    }

    @Test
    void anOldXlsWorkbookIsRefusedSayingHowToConvertIt() throws Exception {
        Path file = folder.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Questionnaire").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }
        assertThat(readFails(file).getMessage()).startsWith("old.xls: ").contains(".xls").contains(".xlsx");
    }

    @Test
    void anOdsFileIsRefusedSayingHowToConvertIt() throws Exception {
        Path file = folder.resolve("form.ods");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertThat(readFails(file).getMessage()).startsWith("form.ods: ").contains(".ods").contains(".xlsx");
    }

    private static void swap(Row a, Row b) {
        for (int c = 0; c <= FormFormat.APPLIES; c++) {
            Cell x = a.getCell(c);
            Cell y = b.getCell(c);
            String xs = x == null || x.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? null : x.getStringCellValue();
            String ys = y == null || y.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? null : y.getStringCellValue();
            if (xs != null && ys != null) {
                x.setCellValue(ys);
                y.setCellValue(xs);
            }
        }
    }
}
