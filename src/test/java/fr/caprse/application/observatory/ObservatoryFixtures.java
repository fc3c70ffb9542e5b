package fr.caprse.application.observatory;

import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import fr.caprse.json.AssessmentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Inputs an observatory receives, made for tests and the benchmark: reports and assessment files of the
 * small {@code obs} questionnaire (versions 1.0.0 and 1.1.0, in src/test/resources/observatory), and
 * every kind of broken file.
 */
final class ObservatoryFixtures {

    static final QuestionnaireSource SOURCE = QuestionnaireSource.withoutDatabase();
    static final Questionnaire V1 = open("obs-1.0.0.yaml");
    static final Questionnaire V2 = open("obs-1.1.0.yaml");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private ObservatoryFixtures() {
    }

    /** Opens a questionnaire of src/test/resources/observatory in {@link #SOURCE}, as --questionnaire does. */
    static Questionnaire open(String name) {
        try {
            return SOURCE.open(Path.of("src/test/resources/observatory", name)).questionnaire();
        } catch (QuestionnaireFileException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    static InputReaders readers() {
        return new InputReaders(ObservatoryQuestionnaires.resolver(SOURCE), List.of());
    }

    static Organisation organisation(String name, String id, String territory) {
        return new Organisation(name, id, "C10.71", OrganisationSize.SMALL, 12, "scop", territory, true);
    }

    /**
     * An assessment of {@code questionnaire}: {@code answers} alternates question id and value (an
     * integer is a maturity level, "yes"/"no"/an option id a choice).
     */
    static Assessment assessment(Questionnaire questionnaire, Organisation organisation, String period,
                                 Instant modified, Object... answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            String id = (String) answers[i];
            AnswerValue value = answers[i + 1] instanceof Integer level ? new AnswerValue.LevelValue(level)
                    : new AnswerValue.Choice((String) answers[i + 1]);
            map.put(id, Answer.of(id, value));
        }
        return new Assessment(questionnaire.id(), questionnaire.version(), organisation, period,
                Instant.parse("2026-01-10T09:00:00Z"), modified, map, List.of(), List.of(), List.of());
    }

    static Path report(Path file, Questionnaire questionnaire, Assessment assessment) throws IOException {
        new ReportWriter(CLOCK).write(ReportInput.scored(questionnaire, assessment), Locale.FRENCH, file);
        return file;
    }

    static Path json(Path file, Questionnaire questionnaire, Assessment assessment) throws IOException {
        Files.write(file, AssessmentJson.write(assessment, questionnaire));
        return file;
    }

    // ---- broken inputs -------------------------------------------------------------------------

    static Path text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path truncated(Path file, Path valid) throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    /** A valid report whose middle is overwritten with noise. */
    static Path corrupt(Path file, Path valid) throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 4000 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        return file;
    }

    static Path passwordProtected(Path file, Path valid) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(valid, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    static Path oldXls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("meta").createRow(0).createCell(0).setCellValue("format");
            workbook.write(out);
        }
        return file;
    }

    /** A file of {@code megabytes} MB (sparse: nothing is written). */
    static Path huge(Path file, int megabytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(megabytes * 1024L * 1024L);
        }
        return file;
    }

    /** {@code valid} with every part copied, plus {@code extra} (null: none), each part changed by {@code edit}. */
    private static Path rezip(Path file, Path valid, java.util.function.UnaryOperator<byte[]> edit, String extraName,
                              long extraZeros) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(edit == null ? content : edit.apply(content.clone()));
                out.closeEntry();
            }
            if (extraName != null) {
                out.putNextEntry(new ZipEntry(extraName));
                byte[] zeros = new byte[1 << 20];
                for (long written = 0; written < extraZeros; written += zeros.length) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** A valid report carrying a part that unpacks to 150 MB of zeros (a zip bomb inside a report). */
    static Path bombInsideReport(Path file, Path valid) throws IOException {
        return rezip(file, valid, null, "xl/media/image1.bin", 150L * 1024 * 1024);
    }

    /** A valid report whose worksheets declare an external entity. */
    static Path externalEntity(Path file, Path valid) throws IOException {
        return rezip(file, valid, content -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            if (!xml.contains("<worksheet")) {
                return content;
            }
            String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            return (xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration)).getBytes(StandardCharsets.UTF_8);
        }, null, 0);
    }

    /** A valid report with the value of {@code questionId} on the data sheet set to {@code value}. */
    static Path editedValue(Path file, Path valid, String questionId, String value) throws IOException {
        try (InputStream in = Files.newInputStream(valid); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("data")) {
                if (row.getCell(0) != null && questionId.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(3, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
