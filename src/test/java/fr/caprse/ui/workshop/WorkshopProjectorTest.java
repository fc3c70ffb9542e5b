package fr.caprse.ui.workshop;

import fr.caprse.ui.common.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.assessment.Absence;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.ImportedReport;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportReader;
import fr.caprse.excel.ReportWriter;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.application.task.CurrentThreadTaskExecutor;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A two-hour workshop in a few seconds, headless, on a real database: six participants of a cooperative in
 * three stakeholder groups vote on the governance theme of rse-express, typed from the keyboard in the
 * projector window. One question diverges and is resolved above its median after a discussion, one is a
 * secret round, one participant is absent for a question, one question stays unresolved. The per-group
 * scores are checked against the hand calculation below, then the Excel report is written and read back.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopProjectorTest {

    static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    static final Organisation COOPERATIVE = new Organisation("Coopérative des Monts", null, "C10", null, 14, "scop", "Ariège", true);

    @TempDir
    static Path dataDir;

    private Database database;
    private WorkshopService service;
    private Questionnaire questionnaire;
    private long assessmentId;
    private WorkshopWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Locale.setDefault(Locale.FRANCE);
        Path folder = Files.createTempDirectory(dataDir, "db");
        database = Database.open(folder);
        questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        long organisationId = database.organisations().create(COOPERATIVE).id();
        assessmentId = database.assessments().create(organisationId, "2026", questionnaire,
                BuiltInQuestionnaires.content("rse-express")).id();
        service = new WorkshopService(database, Clock.fixed(NOW, ZoneOffset.UTC));
        I18n french = new I18n(Locale.FRENCH);
        WorkshopViewModel model = new WorkshopViewModel(service, assessmentId, service.open(assessmentId, questionnaire),
                COOPERATIVE, Map.of(), new CurrentThreadTaskExecutor(), dialogs, () -> french, "consultante");
        // a window of its own, as the app opens it (the primary stage is shared with other UI tests)
        Stage own = new Stage();
        window = new WorkshopWindow(own, model, () -> french, dialogs);
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        database.close();
    }

    @Test
    void aWorkshopOfSixInThreeGroupsOnTheGovernanceTheme(FxRobot robot) throws Exception {
        // ---- participants, before the workshop ----
        robot.clickOn("#workshop-page-participants");
        add(robot, "Anne", "management");
        add(robot, "Bernard", "management");
        add(robot, "Chloe", "employees");
        add(robot, "David", "employees");
        add(robot, "Emma", "staff-representatives");
        add(robot, "Farid", "staff-representatives");
        // two participants with the same name: refused, with a clear message
        add(robot, "anne", "employees");
        assertThat(text(robot, "#participant-error"))
                .isEqualTo("Il y a déjà un participant nommé « Anne » : donnez un autre nom ou un pseudonyme.");
        assertThat(window.model().workshop().participants()).extracting(Participant::name)
                .containsExactly("Anne", "Bernard", "Chloe", "David", "Emma", "Farid");

        // ---- the projector board ----
        robot.clickOn("#workshop-page-board");
        assertThat(text(robot, "#workshop-position")).isEqualTo("Question 1 sur 21");
        assertThat(text(robot, "#workshop-question")).isEqualTo(
                "Avez-vous écrit pourquoi votre organisation existe et quelles valeurs guident vos choix ?");
        // names are hidden unless the facilitator asks for them
        assertThat(text(robot, "#workshop-row-p1")).isEqualTo("Participant 1 · Direction");
        type(robot, KeyCode.F);
        assertThat(text(robot, "#workshop-row-p1")).isEqualTo("Anne · Direction");
        assertThat(robot.lookup("#workshop-row-p1").queryAs(Label.class).getStyleClass()).contains("projector-current");

        // xgov-purpose (w 2): 3 3 2 3 2 3 -> one level apart, no divergence, consensus the median 3
        type(robot, KeyCode.DIGIT3, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT3);
        assertThat(text(robot, "#workshop-stats")).isEqualTo("6 vote(s) · min 2 · max 3 · médiane 3");
        assertThat(robot.lookup("#workshop-divergence").queryAs(Label.class).isVisible()).isFalse();
        assertThat(text(robot, "#workshop-count-3")).isEqualTo("████ 4");
        assertThat(text(robot, "#workshop-vote-p3-2")).isEqualTo("●");
        assertThat(text(robot, "#workshop-consensus")).startsWith("Consensus proposé : niveau 3");
        assertThat(text(robot, "#workshop-recorded")).startsWith("Pas encore de réponse");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#workshop-recorded")).isEqualTo("✔ Réponse enregistrée : niveau 3");

        // xgov-objectives (w 2): 4 3 1 1 2 1, typed 4 3 1 1 2 2 then corrected with Backspace
        type(robot, KeyCode.RIGHT);
        type(robot, KeyCode.DIGIT4, KeyCode.DIGIT3, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT2);
        type(robot, KeyCode.BACK_SPACE);
        assertThat(text(robot, "#workshop-vote-p6-2")).isEmpty();
        assertThat(robot.lookup("#workshop-row-p6").queryAs(Label.class).getStyleClass()).contains("projector-current");
        type(robot, KeyCode.DIGIT1);
        // 1 1 1 2 3 4: three levels apart -> flagged; the median is 1.5 and the proposal the lower middle vote, 1
        assertThat(text(robot, "#workshop-stats")).isEqualTo("6 vote(s) · min 1 · max 4 · médiane 1,5");
        assertThat(robot.lookup("#workshop-divergence").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#workshop-divergence")).isEqualTo("⚠ Divergence : 3 niveaux d’écart, parlez-en");
        assertThat(text(robot, "#workshop-consensus")).startsWith("Consensus proposé : niveau 1");
        // the room talks and agrees on level 2: + raises the proposal, N opens the note
        type(robot, KeyCode.ADD);
        assertThat(text(robot, "#workshop-consensus")).startsWith("Consensus proposé : niveau 2");
        type(robot, KeyCode.N);
        robot.write("Objectifs fixes en atelier, pas suivis ensuite");
        type(robot, KeyCode.ENTER);   // back to the board
        type(robot, KeyCode.ENTER);   // records the consensus
        assertThat(text(robot, "#workshop-recorded")).isEqualTo("✔ Réponse enregistrée : niveau 2");

        // xgov-steering is left for later: without votes it counts in no group's score
        type(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#workshop-position")).isEqualTo("Question 3 sur 21");
        // xgov-decisions (w 1): a secret round, 2 3 2 2 3 2
        type(robot, KeyCode.RIGHT, KeyCode.S);
        assertThat(text(robot, "#workshop-secret")).isEqualTo("Tour secret : votes cachés");
        type(robot, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT2);
        assertThat(text(robot, "#workshop-stats")).isEqualTo("6 vote(s) reçu(s), cachés jusqu’à la révélation (R)");
        for (String participant : List.of("p1", "p2", "p3", "p4", "p5", "p6")) {
            assertThat(text(robot, "#workshop-vote-" + participant + "-0")).isEqualTo("✓");
            for (int level = 1; level <= 4; level++) {
                assertThat(text(robot, "#workshop-vote-" + participant + "-" + level)).as("hidden vote").isEmpty();
            }
        }
        assertThat(text(robot, "#workshop-count-2")).isEmpty();
        type(robot, KeyCode.ENTER);   // refused before the reveal
        assertThat(text(robot, "#workshop-message")).isEqualTo("Révélez d’abord les votes du tour secret (R).");
        assertThat(text(robot, "#workshop-recorded")).startsWith("Pas encore de réponse");
        type(robot, KeyCode.R);
        assertThat(text(robot, "#workshop-secret")).isEqualTo("Tour secret : votes révélés");
        assertThat(text(robot, "#workshop-vote-p2-3")).isEqualTo("●");
        assertThat(text(robot, "#workshop-stats")).isEqualTo("6 vote(s) · min 2 · max 3 · médiane 2");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#workshop-recorded")).isEqualTo("✔ Réponse enregistrée : niveau 2");
        type(robot, KeyCode.S);        // end of the secret rounds

        // xgov-ethics (w 1): Farid has left the room; 1 1 0 1 1
        type(robot, KeyCode.RIGHT);
        type(robot, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT1);
        type(robot, KeyCode.A);
        assertThat(text(robot, "#workshop-row-p6")).isEqualTo("Farid · Représentants du personnel · absent");
        // a vote for an absent participant is refused with a message that says what to do
        type(robot, KeyCode.UP, KeyCode.DIGIT2);
        assertThat(text(robot, "#workshop-message")).isEqualTo(
                "Farid est marqué absent pour la question xgov-ethics : appuyez sur A pour le marquer présent avant d’enregistrer son vote.");
        assertThat(text(robot, "#workshop-stats")).isEqualTo("5 vote(s) · min 0 · max 1 · médiane 1");
        type(robot, KeyCode.ENTER);
        assertThat(text(robot, "#workshop-recorded")).isEqualTo("✔ Réponse enregistrée : niveau 1");

        // xgov-participation (w 1): 2 2 1 2 0 1, and the room does not settle it
        type(robot, KeyCode.RIGHT);
        type(robot, KeyCode.DIGIT2, KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT0, KeyCode.DIGIT1);
        assertThat(robot.lookup("#workshop-divergence").queryAs(Label.class).isVisible()).isTrue();

        // ---- results: each group's governance score from its own votes ----
        robot.clickOn("#workshop-page-results");
        // A group's view of a question is the median of its members' votes; s = median / 4; the theme
        // score is 100 × Σ w·s / Σ w over the five maturity questions it voted on (Σ w = 2+2+1+1+1 = 7).
        // Management (Anne, Bernard):
        //   purpose 3,3 -> 3 -> 0.75 × 2 = 1.5; objectives 4,3 -> 3.5 -> 0.875 × 2 = 1.75;
        //   decisions 2,3 -> 2.5 -> 0.625; ethics 1,1 -> 1 -> 0.25; participation 2,2 -> 2 -> 0.5
        //   Σ = 4.625 -> 100 × 4.625 / 7 = 66.07 -> "66,1"
        // Employees (Chloe, David):
        //   purpose 2,3 -> 2.5 -> 1.25; objectives 1,1 -> 1 -> 0.5; decisions 2,2 -> 2 -> 0.5;
        //   ethics 0,1 -> 0.5 -> 0.125; participation 1,2 -> 1.5 -> 0.375
        //   Σ = 2.75 -> 39.29 -> "39,3"
        // Staff representatives (Emma, Farid; Farid absent on ethics):
        //   purpose 2,3 -> 2.5 -> 1.25; objectives 2,1 -> 1.5 -> 0.75; decisions 3,2 -> 2.5 -> 0.625;
        //   ethics 1 -> 0.25; participation 0,1 -> 0.5 -> 0.125
        //   Σ = 3.0 -> 42.86 -> "42,9"
        assertThat(text(robot, "#group-score-management-gov")).isEqualTo("66,1");
        assertThat(text(robot, "#group-score-employees-gov")).isEqualTo("39,3");
        assertThat(text(robot, "#group-score-staff-representatives-gov")).isEqualTo("42,9");
        assertThat(text(robot, "#group-score-management-env")).isEqualTo("–");
        assertThat(window.results().radar().series()).hasSize(3);
        assertThat(window.results().radar().series().get(0).scores().get(0)).isEqualTo(462.5 / 7);
        // the questions the room disagreed on most: objectives (3 levels) first
        assertThat(robot.lookup("#workshop-disagreements").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0).getId())
                .isEqualTo("disagreement-xgov-objectives");

        // ---- what was saved: the consensus answers, the votes one by one, the absence ----
        Assessment saved = database.assessments().load(assessmentId).orElseThrow();
        assertThat(saved.answers()).containsOnlyKeys("xgov-purpose", "xgov-objectives", "xgov-decisions", "xgov-ethics");
        assertThat(level(saved, "xgov-purpose")).isEqualTo(3);
        assertThat(level(saved, "xgov-objectives")).isEqualTo(2);
        assertThat(saved.answers().get("xgov-objectives").comment()).isEqualTo("Objectifs fixes en atelier, pas suivis ensuite");
        assertThat(level(saved, "xgov-decisions")).isEqualTo(2);
        assertThat(level(saved, "xgov-ethics")).isEqualTo(1);
        assertThat(saved.votes()).hasSize(29);
        assertThat(database.workshops().absences(assessmentId)).containsExactly(new Absence("xgov-ethics", "p6"));

        // ---- the Excel report, read back ----
        Path report = dataDir.resolve("atelier.xlsx");
        new ReportWriter(Clock.fixed(NOW, ZoneOffset.UTC)).write(ReportInput.scored(questionnaire, saved), Locale.FRENCH, report);
        DataFormatter cells = new DataFormatter(Locale.FRENCH);
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Atelier");
            List<String> header = row(cells, sheet.getRow(0));
            assertThat(header).containsExactly("Thème", "Identifiant", "Question", "Anne", "Bernard", "Chloe", "David",
                    "Emma", "Farid", "Min", "Max", "Médiane", "Écart", "Divergence", "Consensus", "Note de la discussion");
            assertThat(row(cells, sheet.getRow(2)).subList(1, 15)).containsExactly("xgov-objectives",
                    questionnaire.question("xgov-objectives").orElseThrow().text().get("fr"),
                    "4", "3", "1", "1", "2", "1", "1", "4", "1,5", "3", "Oui", "2");
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(15))).isEqualTo("Objectifs fixes en atelier, pas suivis ensuite");
            assertThat(row(cells, sheet.getRow(4)).subList(1, 15)).containsExactly("xgov-ethics",
                    questionnaire.question("xgov-ethics").orElseThrow().text().get("fr"),
                    "1", "1", "0", "1", "1", "", "0", "1", "1", "1", "Non", "1");
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(14))).isEqualTo("non tranché");
            Row groups = findRow(cells, sheet, "Direction (2)");
            int column = groups.getCell(3).getColumnIndex();
            assertThat(row(cells, groups).subList(3, 6)).containsExactly("Direction (2)", "Salariés (2)", "Représentants du personnel (2)");
            Row gov = sheet.getRow(groups.getRowNum() + 1);
            assertThat(gov.getCell(column).getNumericCellValue()).isEqualTo(462.5 / 7);
            assertThat(gov.getCell(column + 1).getNumericCellValue()).isEqualTo(275.0 / 7);
            assertThat(gov.getCell(column + 2).getNumericCellValue()).isEqualTo(300.0 / 7);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }
        ImportedReport back = new ReportReader((id, version) -> Optional.of(questionnaire)).read(report);
        assertThat(back.assessment().participants()).isEqualTo(saved.participants());
        assertThat(back.assessment().votes()).containsExactlyInAnyOrderElementsOf(saved.votes());
    }

    @Test
    void theParticipantsOwnFileBecomesTheirVotesAndAFileOfAnotherOrganisationIsRefused(FxRobot robot) throws Exception {
        Assessment theirs = Assessment.start("rse-express", questionnaire.version(), COOPERATIVE, "2026", NOW)
                .withAnswer(Answer.of("xgov-purpose", new AnswerValue.LevelValue(4)), NOW);
        Path file = dataDir.resolve("gaelle.rse.json");
        Files.write(file, fr.caprse.json.AssessmentJson.write(theirs, questionnaire));
        Path other = dataDir.resolve("boulangerie.rse.json");
        Files.write(other, fr.caprse.json.AssessmentJson.write(Assessment.start("rse-express", questionnaire.version(),
                        new Organisation("Boulangerie Martin", null, null, null, 3, null, null, null), "2026", NOW)
                .withAnswer(Answer.of("xgov-purpose", new AnswerValue.LevelValue(1)), NOW), questionnaire));

        robot.clickOn("#workshop-page-participants");
        dialogs.fileToOpen = other;
        robot.clickOn("#participant-name").write("Gaelle");
        robot.clickOn("#participant-import");
        assertThat(text(robot, "#participant-error")).isEqualTo(
                "boulangerie.rse.json est l’évaluation de Boulangerie Martin, pas de Coopérative des Monts : rien n’a été importé.");
        assertThat(window.model().workshop().participants()).isEmpty();

        dialogs.fileToOpen = file;
        robot.clickOn("#participant-import");
        assertThat(text(robot, "#participant-error")).isEqualTo("Gaelle ajouté avec 1 vote(s) tirés de son fichier.");
        robot.clickOn("#workshop-page-board");
        assertThat(text(robot, "#workshop-vote-p1-4")).isEqualTo("●");
        assertThat(service.open(assessmentId, questionnaire).votesOn("xgov-purpose")).containsExactly(Map.entry("p1", 4));
    }

    private void add(FxRobot robot, String name, String group) {
        robot.interact(() -> robot.lookup("#participant-group").queryAs(ComboBox.class).setValue(group));
        robot.clickOn("#participant-name").write(name);
        type(robot, KeyCode.ENTER);
    }

    private static void type(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static int level(Assessment assessment, String questionId) {
        return ((AnswerValue.LevelValue) assessment.answers().get(questionId).value()).level();
    }

    private static List<String> row(DataFormatter cells, Row row) {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            values.add(row.getCell(i) == null ? "" : cells.formatCellValue(row.getCell(i)));
        }
        return values;
    }

    private static Row findRow(DataFormatter cells, XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cells.formatCellValue(cell).equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }
}
