package fr.caprse.ui.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.authoring.QuestionnaireTemplate;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.ui.MainWindow;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.RecordingDialogs;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.ui.common.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Try a questionnaire file…" in the real main window: a file that does not load shows the problems of
 * {@code validate}, with line and column; corrected and read again, it is walked through as a throw-away
 * assessment that never reaches the workspace, and its sample report is written. French and English.
 */
@ExtendWith(ApplicationExtension.class)
class TryQuestionnaireTest {

    private Path folder;
    private Path file;
    private Database database;
    private ThreadTaskExecutor tasks;
    private SimpleObjectProperty<I18n> i18n;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("cap-rse-try");
        file = folder.resolve("mine.yaml");
        database = Database.open(folder.resolve("data"));
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
        tasks = new ThreadTaskExecutor(2, Platform::runLater);
        i18n = new SimpleObjectProperty<>(I18n.display(Locale.FRENCH));
        AppServices services = new AppServices(workspace, tasks, dialogs, Clock.systemDefaultZone(), i18n, questionnaires);
        MainWindow window = new MainWindow(services, new AssessmentFiles(database, workspace, questionnaires),
                new RecentFiles(folder.resolve("recent.txt")));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1200, 700);
        scene.getStylesheets().addAll(Theme.paletteStylesheet(), MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(10);
        database.close();
    }

    private static String template(String language) {
        return new String(QuestionnaireTemplate.content(language), StandardCharsets.UTF_8);
    }

    private static void click(FxRobot robot, String query) {
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A label's text, French no-break spaces (before ":", inside « ») read as plain spaces. */
    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent()
                && robot.lookup(query).query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForText(FxRobot robot, String query, String start) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent()
                && text(robot, query).startsWith(start));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBrokenFileShowsValidatesProblemsThenTheCorrectedOneIsWalkedThroughAndLeavesNothingBehind(FxRobot robot)
            throws Exception {
        // 'oui' on a yes/no question: loads as YAML, but the question would never be asked
        Files.writeString(file, template("fr").replace("answer.gov-locaux == 'yes'", "answer.gov-locaux == 'oui'"));
        List<String> validate = QuestionnaireSource.withoutDatabase().check(file).problems().stream().map(Object::toString).toList();
        assertThat(validate).hasSize(1);
        dialogs.fileToOpen = file;

        click(robot, "#home-try-questionnaire");
        waitForText(robot, "#trial-status", "Ce fichier ne se charge pas");
        assertThat(text(robot, "#trial-file")).isEqualTo("Fichier : mine.yaml");
        assertThat(text(robot, "#trial-status")).startsWith("Ce fichier ne se charge pas : 1 problème(s).");
        // validate's problem, at the same line and column, said in French; the file named without its folder
        assertThat(robot.lookup(".trial-problem").queryAll()).hasSize(1);
        String where = validate.get(0).replace(file.toString(), "mine.yaml");
        where = where.substring(0, where.indexOf(": ") + 2);
        assertThat(text(robot, "#trial-problem-0")).startsWith(where).matches("mine\\.yaml:85:\\d+: question « [a-z0-9-]+ » : "
                + "applies_when : 'oui' ne peut jamais correspondre : answer\\.gov-locaux est une question oui/non, dont les "
                + "valeurs sont « yes » et « no » quelle que soit la langue ; écrivez 'yes'");
        // in English, the words of validate (names quoted ‘so’, code to copy between straight quotes)
        robot.interact(() -> i18n.set(I18n.display(Locale.ENGLISH)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#trial-problem-0").replace('‘', '\'').replace('’', '\''))
                .isEqualTo(validate.get(0).replace(file.toString(), "mine.yaml"));
        robot.interact(() -> i18n.set(I18n.display(Locale.FRENCH)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trial-walk").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#trial-preview").queryButton().isDisabled()).isTrue();

        // corrected in the editor, read again without leaving the page
        Files.writeString(file, template("fr"));
        click(robot, "#trial-reread");
        waitForText(robot, "#trial-status", "« Mon questionnaire RSE »");
        assertThat(text(robot, "#trial-status"))
                .isEqualTo("« Mon questionnaire RSE », version 0.1.0 : 2 thème(s), 8 question(s) dont 5 notée(s).");
        assertThat(robot.lookup("#trial-problems").query().isVisible()).isFalse();

        // the sample report, in the background
        Path preview = folder.resolve("apercu.xlsx");
        dialogs.fileToSave = preview;
        click(robot, "#trial-preview");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.notices.stream()
                .anyMatch(n -> n.replace('\u00A0', ' ').equals("Rapport d’exemple enregistré : apercu.xlsx")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(preview))) {
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).startsWith("Mon questionnaire RSE · ");
        }

        // walked through as a throw-away assessment, under a band that says so
        click(robot, "#trial-walk");
        waitFor(robot, "#question-text");
        assertThat(text(robot, "#trial-banner")).startsWith("Essai de « Mon questionnaire RSE » : rien n’est enregistré");
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        // nothing is saved, so the bar never says so, and "home" is the trial's page
        waitForText(robot, "#save-state", "✔ Noté pour l’essai");
        assertThat(text(robot, "#save-state")).doesNotContain("Enregistré");
        assertThat(robot.lookup("#nav-home").queryButton().getText()).isEqualTo("← Page de l’essai");
        click(robot, "#trial-end");
        waitForText(robot, "#trial-status", "« Mon questionnaire RSE »");
        click(robot, "#trial-home");
        waitFor(robot, "#home-empty");

        assertThat(database.organisations().list()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void inEnglishThePageAndTheBandSpeakEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> i18n.set(I18n.display(Locale.ENGLISH)));
        Files.writeString(file, template("en").replace("version: 0.1.0", "version: 1.0"));
        dialogs.fileToOpen = file;

        click(robot, "#home-try-questionnaire");
        waitForText(robot, "#trial-status", "This file does not load");
        assertThat(text(robot, "#trial-status")).startsWith("This file does not load: 1 problem(s).");
        assertThat(robot.lookup(".trial-problem").queryAll()).hasSize(1);
        assertThat(text(robot, "#trial-problem-0")).startsWith("mine.yaml:").contains("version");

        Files.writeString(file, template("en"));
        click(robot, "#trial-reread");
        waitForText(robot, "#trial-status", "“My CSR questionnaire”");
        click(robot, "#trial-walk");
        waitFor(robot, "#question-text");
        assertThat(text(robot, "#trial-banner")).isEqualTo("Trying “My CSR questionnaire”: nothing is saved, the trial is gone once you end it.");
        assertThat(robot.lookup("#trial-end").queryButton().getText()).isEqualTo("End the trial");
        assertThat(text(robot, "#save-state")).isEqualTo("✔ Noted for the trial");
        assertThat(robot.lookup("#nav-home").queryButton().getText()).isEqualTo("← Trial page");
        assertThat(dialogs.errors).isEmpty();
    }
}
