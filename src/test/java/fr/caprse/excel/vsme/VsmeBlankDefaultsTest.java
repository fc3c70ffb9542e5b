package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Scorer;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the blank template holds before anyone fills it (unticked boxes, the minimum wage's "YES", the
 * formulas' results) is not an answer: a blank template imports none, a partly answered assessment comes back
 * with exactly its answers, and a box ticked by hand still counts.
 */
class VsmeBlankDefaultsTest {

    @TempDir
    Path folder;

    /** Ten answers of vsme-basic, two of them a "no" that the template writes as an unticked box. */
    static Assessment partial() {
        Map<String, AnswerValue> a = new LinkedHashMap<>();
        a.put("b1-reporting-year", VsmeFixtures.number("2025"));
        a.put("b1-module", VsmeFixtures.choice("basic"));
        a.put("b1-turnover-eur", VsmeFixtures.number("3200000"));
        a.put("b1-headcount", VsmeFixtures.number("60"));
        a.put("b2-climate", VsmeFixtures.choice("no"));
        a.put("b2-pollution", VsmeFixtures.choice("no"));
        a.put("b3-electricity-mwh", VsmeFixtures.number("95"));
        a.put("b8-female", VsmeFixtures.number("25"));
        a.put("b9-accidents", VsmeFixtures.number("2"));
        a.put("b11-convictions", VsmeFixtures.number("0"));
        Questionnaire questionnaire = VsmeFixtures.questionnaire();
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(),
                Organisation.named("Épicerie solidaire du Diois"), "2025", VsmeFixtures.NOW);
        for (Map.Entry<String, AnswerValue> entry : a.entrySet()) {
            assessment = assessment.withAnswer(Answer.of(entry.getKey(), entry.getValue()), VsmeFixtures.NOW);
        }
        return assessment;
    }

    static Map<String, AnswerValue> values(Assessment assessment) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        assessment.answers().forEach((id, answer) -> values.put(id, answer.value()));
        return values;
    }

    /** The partial assessment read back: exactly its ten answers, and the same score. */
    static void assertSameAsPartial(VsmeTemplateReader.Result read) {
        Assessment partial = partial();
        assertThat(VsmeRoundTripTest.comparable(read.answers()))
                .isEqualTo(VsmeRoundTripTest.comparable(values(partial)));
        Assessment back = Assessment.start(partial.questionnaireId(), partial.questionnaireVersion(),
                partial.organisation(), partial.period(), VsmeFixtures.NOW);
        for (Map.Entry<String, AnswerValue> entry : read.answers().entrySet()) {
            back = back.withAnswer(Answer.of(entry.getKey(), entry.getValue()), VsmeFixtures.NOW);
        }
        Questionnaire questionnaire = VsmeFixtures.questionnaire();
        assertThat(Scorer.score(questionnaire, back.organisation(), back.answers()).overall())
                .isEqualTo(Scorer.score(questionnaire, partial.organisation(), partial.answers()).overall());
    }

    @Test
    void aPartialAssessmentComesBackWithExactlyItsAnswersAndScore() throws Exception {
        Path file = folder.resolve("VSME.xlsx");
        new VsmeTemplateWriter().write(VsmeFixtures.questionnaire(), partial(), file);

        VsmeTemplateReader.Result read = new VsmeTemplateReader().read(file, VsmeFixtures.questionnaire());

        assertThat(read.answers()).hasSize(10);
        assertThat(read.answers().get("b2-climate")).isEqualTo(VsmeFixtures.choice("no"));
        assertSameAsPartial(read);
        assertThat(read.leftAsBlank()).extracting(VsmeTemplateReader.NotCarried::name)
                .contains("EmployeesReceivePayEqualOrAboveMinimumWageDeterminedByNationalLawOrCollectiveAgreement");
    }

    @Test
    void theBlankTemplateImportsNoAnswers() throws Exception {
        Path file = blank();

        VsmeTemplateReader.Result read = new VsmeTemplateReader().read(file, VsmeFixtures.questionnaire());

        assertThat(read.answers()).isEmpty();
        assertThat(read.leftAsBlank()).isNotEmpty();
        assertThat(read.warnings()).anyMatch(w -> w.startsWith(read.leftAsBlank().size() + " datapoint(s) still "
                + "hold what the blank template holds") && w.contains("cannot be told from a “no”"));
        // the app says it in the user's language
        assertThat(read.notices()).extracting(n -> fr.caprse.ui.common.Errors.say(n, new fr.caprse.i18n.I18n(java.util.Locale.FRENCH)))
                .anyMatch(w -> w.startsWith(read.leftAsBlank().size() + " données contiennent encore ce que contient le "
                        + "modèle vierge") && w.contains("une case laissée vide ne se distingue pas d’un « non »"))
                .noneMatch(w -> w.contains("datapoint"));
        assertThat(read.notices()).extracting(n -> fr.caprse.ui.common.Errors.say(n, new fr.caprse.i18n.I18n(java.util.Locale.ENGLISH)))
                .isEqualTo(read.warnings());
    }

    @Test
    void aTemplateFilledByHandReadsTheDisclosuresThePersonFilledIn() throws Exception {
        Path file = blank();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            NamedCells.place(workbook, "SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative", ".")
                    .cellForWriting().setCellValue(true);
            NamedCells.place(workbook,
                    "EmployeesReceivePayEqualOrAboveMinimumWageDeterminedByNationalLawOrCollectiveAgreement", ".")
                    .cellForWriting().setCellValue("NO");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        VsmeTemplateReader.Result read = new VsmeTemplateReader().read(file, VsmeFixtures.questionnaire());

        // B2 and B10 are filled in: the other boxes of B2's list, left unticked, are read as "no"
        assertThat(read.answers().keySet()).allMatch(id -> id.startsWith("b2-") || id.startsWith("b10-"));
        assertThat(read.answers().get("b2-climate")).isEqualTo(VsmeFixtures.choice("yes"));
        assertThat(read.answers().get("b2-pollution")).isEqualTo(VsmeFixtures.choice("no"));
        assertThat(read.answers().get("b10-minimum-wage")).isEqualTo(VsmeFixtures.choice("no"));
        assertThat(read.warnings()).anyMatch(w -> w.contains("in disclosures filled in by hand, and read as given")
                && w.contains("b2-pollution"));
        assertThat(read.notices()).extracting(n -> fr.caprse.ui.common.Errors.say(n, new fr.caprse.i18n.I18n(java.util.Locale.FRENCH)))
                .anyMatch(w -> w.contains("dans des parties remplies à la main") && w.contains("b2-pollution"));
        // B6 and the other disclosures are untouched: their unticked boxes and defaults are not answers
        assertThat(read.leftAsBlank()).extracting(VsmeTemplateReader.NotCarried::reason)
                .contains("as in the blank template: question b6-process-water is left unanswered");
    }

    private Path blank() throws Exception {
        Path file = folder.resolve("blank.xlsx");
        try (InputStream in = VsmeTemplate.open()) {
            Files.copy(in, file);
        }
        return file;
    }
}
