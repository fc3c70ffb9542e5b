package fr.caprse.application.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.Workspace;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireTrialTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);

    private Path file(String content) throws Exception {
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, content);
        return file;
    }

    private static String template() {
        return new String(QuestionnaireTemplate.content("fr"), StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatDoesNotLoadGivesTheProblemsValidateGives() throws Exception {
        Path file = file(template().replace("answer.gov-locaux == 'yes'", "answer.gov-locaux == 'oui'"));

        QuestionnaireTrial.Reading reading = QuestionnaireTrial.read(QuestionnaireSource.withoutDatabase(), file);

        assertThat(reading.ok()).isFalse();
        assertThat(reading.problems()).isEqualTo(QuestionnaireSource.withoutDatabase().check(file).problems())
                .singleElement().asString().startsWith(file + ":85:");
        assertThatThrownBy(() -> QuestionnaireTrial.start(reading, "fr", clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrialKeepsItsAnswersInMemoryOnlyUnderIdsNoStoredAssessmentHas() throws Exception {
        QuestionnaireTrial.Reading reading = QuestionnaireTrial.read(QuestionnaireSource.withoutDatabase(), file(template()));
        assertThat(reading.ok()).isTrue();
        TrialWorkspace trial = QuestionnaireTrial.start(reading, "fr", clock);

        Workspace.AssessmentEntry entry = trial.entry();
        assertThat(entry.id()).isNegative();
        assertThat(entry.questionnaireId()).isEqualTo("mon-questionnaire");
        assertThat(trial.assessments(entry.organisationId())).containsExactly(entry);
        assertThat(trial.organisations()).singleElement()
                .satisfies(o -> assertThat(o.organisation().name()).isEqualTo("Organisation exemple"));
        assertThat(trial.load(entry.id()).answers()).isEmpty();

        trial.saveAnswer(entry.id(), Answer.of("gov-locaux", new AnswerValue.Choice("yes")));
        assertThat(trial.load(entry.id()).answers()).containsKey("gov-locaux");
        assertThat(trial.questionnaireOf(entry.id()).id()).isEqualTo("mon-questionnaire");
        assertThatThrownBy(() -> trial.load(1)).isInstanceOf(NoSuchElementException.class);

        Path report = folder.resolve("trial.xlsx");
        trial.writeReport(Locale.FRENCH, report);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).startsWith("Mon questionnaire RSE · Organisation exemple");
        }

        trial.deleteAssessment(entry.id());
        assertThat(trial.load(entry.id()).answers()).as("deleting a trial starts it afresh").isEmpty();
    }
}
