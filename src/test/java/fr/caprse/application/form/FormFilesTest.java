package fr.caprse.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.Workspace;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.excel.FilledForms;
import fr.caprse.storage.Database;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every built-in questionnaire: the same answers given through the application (one saved answer at a
 * time, as the walk-through does) and through a filled form imported by the app give the same assessment
 * and the same score.
 */
class FormFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private Database database;
    private QuestionnaireSource questionnaires;
    private SqliteWorkspace workspace;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        workspace = new SqliteWorkspace(database, questionnaires);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Stream<String> builtIns() {
        return QuestionnaireSource.withoutDatabase().builtIns().stream().map(SourcedQuestionnaire::id);
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void aFilledFormImportedScoresLikeTheSameAnswersGivenInTheApp(String id) throws Exception {
        SourcedQuestionnaire sourced = questionnaires.builtIns().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
        Questionnaire questionnaire = sourced.questionnaire();
        FormFiles forms = new FormFiles(questionnaires, CLOCK);
        Path blank = folder.resolve(id + ".xlsx");
        forms.writeBlank(questionnaire, "2026", Locale.FRENCH, blank);
        Path filled = folder.resolve(id + "-filled.xlsx");
        FilledForms.Expected expected;
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            expected = FilledForms.fillEverything(filler, questionnaire, Locale.FRENCH);
            filler.save(filled);
        }

        Workspace.AssessmentEntry inApp = workspace.start(null, expected.organisation(), expected.period(), sourced);
        for (Answer answer : expected.answers().values()) {
            workspace.saveAnswer(inApp.id(), answer);
        }
        Assessment givenInApp = workspace.load(inApp.id());

        AssessmentFiles.Imported imported = forms.importInto(new AssessmentFiles(database, workspace, questionnaires), filled);
        Assessment fromForm = workspace.load(imported.entry().id());

        assertThat(imported.alreadyThere()).isEqualTo(1);
        assertThat(fromForm.organisation()).isEqualTo(givenInApp.organisation());
        assertThat(fromForm.answers().keySet()).isEqualTo(givenInApp.answers().keySet());
        for (String question : givenInApp.answers().keySet()) {
            Answer app = givenInApp.answers().get(question);
            Answer form = fromForm.answers().get(question);
            assertThat(form.value()).as(question).isEqualTo(app.value());
            assertThat(form.na()).as(question).isEqualTo(app.na());
            assertThat(form.comment()).as(question).isEqualTo(app.comment());
        }
        assertThat(Scorer.score(workspace.questionnaireOf(imported.entry().id()), fromForm.organisation(), fromForm.answers()))
                .isEqualTo(Scorer.score(workspace.questionnaireOf(inApp.id()), givenInApp.organisation(), givenInApp.answers()));
    }
}
