package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says the legal form as the user saw it in the app, in the report's language, and reads it back. */
class ReportLegalFormTest {

    private static final Questionnaire QUESTIONNAIRE = ReportFixtures.questionnaire();
    private static final ReportReader READER = new ReportReader(
            (id, version) -> id.equals(QUESTIONNAIRE.id()) ? Optional.of(QUESTIONNAIRE) : Optional.empty());

    @TempDir
    Path folder;

    @Test
    void aFormWrittenTheFrenchWayStaysAsWritten() throws Exception {
        Path file = report("SARL", Locale.FRENCH);
        assertThat(metaValue(file)).isEqualTo("SARL");
        Organisation read = READER.read(file).assessment().organisation();
        assertThat(read.legalForm()).isEqualTo("SARL");
        assertThat(read.legalFormCode()).isEqualTo("company");
    }

    @Test
    void aFormPickedFromTheListShowsItsLabelInTheReportsLanguage() throws Exception {
        Path french = report("company", Locale.FRENCH);
        assertThat(metaValue(french)).isEqualTo("Société (SARL, SAS, SA…)");
        assertThat(READER.read(french).assessment().organisation().legalForm()).isEqualTo("company");

        Path english = report("scop", Locale.ENGLISH);
        assertThat(metaValue(english)).isEqualTo("Worker cooperative (SCOP)");
        assertThat(READER.read(english).assessment().organisation().legalForm()).isEqualTo("scop");
    }

    @Test
    void anUnknownFormIsStillRefusedWithItsCell() throws Exception {
        Path file = report("association", Locale.FRENCH);
        assertThat(metaValue(file)).isEqualTo("Association");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            metaRow(workbook).getCell(1).setCellValue("Groupement d’intérêt");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.read(file))
                .hasMessageContaining("meta").hasMessageContaining("\"Groupement d’intérêt\" is unknown");
    }

    private Path report(String legalForm, Locale locale) throws Exception {
        Organisation base = ReportFixtures.organisation();
        Organisation organisation = new Organisation(base.name(), base.registryId(), base.sector(), base.size(),
                base.employees(), legalForm, base.territory(), base.ess());
        Assessment assessment = ReportFixtures.assessment().withOrganisation(organisation, ReportFixtures.assessment().modified());
        Path file = folder.resolve(legalForm + "-" + locale.getLanguage() + ".xlsx");
        new ReportWriter(ReportWriterTest.CLOCK).write(ReportInput.scored(QUESTIONNAIRE, assessment), locale, file);
        return file;
    }

    private static String metaValue(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return metaRow(workbook).getCell(1).getStringCellValue();
        }
    }

    private static Row metaRow(XSSFWorkbook workbook) {
        for (Row row : workbook.getSheet("meta")) {
            if (row.getCell(0).getStringCellValue().equals(ReportFormat.ORGANISATION_LEGAL_FORM)) {
                return row;
            }
        }
        throw new AssertionError("no " + ReportFormat.ORGANISATION_LEGAL_FORM + " in the meta sheet");
    }
}
