package fr.caprse.ui.vsme;

import fr.caprse.ui.common.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.application.vsme.VsmeExchange;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.ui.MainWindow;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.ui.common.Theme;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The official VSME template from the real main window, its work on background threads: "Official VSME
 * template…" is in the menu of a vsme-basic assessment only, fills the template (the answers it has no place
 * for are named), and "Import a VSME template…" brings that file back as a new assessment, opened, with the
 * same answers; a damaged file, a workbook that is not the template and a template of version 2 are each
 * refused in French and nothing is stored. The file choosers are answered by a recording dialog service.
 */
@ExtendWith(ApplicationExtension.class)
class VsmeFromTheAppTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Database database;
    private ThreadTaskExecutor tasks;
    private MainWindow window;
    private Path folder;
    private long vsme;
    private long express;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("cap-rse-vsme-app");
        database = Database.open(folder.resolve("data"));
        long organisation = database.organisations().create(new Organisation("Les Fours de la Drôme", null, null, null,
                60, "scop", null, true)).id();
        vsme = database.assessments().insert(organisation, VsmeTestFiles.assessment(),
                BuiltInQuestionnaires.content("vsme-basic")).id();
        express = database.assessments().create(organisation, "2025", BuiltInQuestionnaires.byId("rse-express").orElseThrow(),
                BuiltInQuestionnaires.content("rse-express")).id();
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
        tasks = new ThreadTaskExecutor(2, Platform::runLater);
        AppServices services = new AppServices(workspace, tasks, dialogs, Clock.systemUTC(),
                new SimpleObjectProperty<>(I18n.display(Locale.FRENCH)), questionnaires);
        window = new MainWindow(services, new AssessmentFiles(database, workspace, questionnaires),
                new RecentFiles(folder.resolve("recent.txt")));
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().addAll(Theme.paletteStylesheet(), MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window::flush);
        tasks.shutdown(30);
        database.close();
    }

    @Test
    void theTemplateIsFilledFromAVsmeAssessmentAndImportedBackAsANewOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#more-" + vsme).tryQuery().isPresent());
        assertThat(items(robot, express)).as("not offered on another questionnaire").noneMatch(i -> i.startsWith("vsme-"));
        assertThat(items(robot, vsme)).contains("vsme-export-" + vsme, "vsme-into-" + vsme);
        assertThat(item(robot, vsme, "vsme-into-" + vsme).getText()).isEqualTo("Reprendre un modèle VSME rempli…");

        Path template = folder.resolve("fours-VSME.xlsx");
        dialogs.fileToSave = template;
        MenuItem export = item(robot, vsme, "vsme-export-" + vsme);
        assertThat(export.getText()).isEqualTo("Modèle VSME officiel…");
        robot.interact(export::fire);
        assertThat(dialogs.suggestedNames).containsExactly("Les-Fours-de-la-Drôme-2025-modele-VSME.xlsx");
        // the work runs in the background: the page says what it does while the menu entries wait
        javafx.scene.control.Label status = robot.lookup("#vsme-status").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("Remplissage du modèle VSME officiel…");
        assertThat(status.getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#home-import-vsme").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty() || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        String exported = dialogs.infos.get(0).replace('\u00a0', ' ').replace('\u202f', ' ');
        int written = VsmeTestFiles.answers().size() - VsmeTestFiles.NOT_WRITTEN.size();
        assertThat(exported).startsWith("Modèle VSME officiel enregistré\nfours-VSME.xlsx : " + written
                + " réponses sont écrites dans le modèle officiel de l’EFRAG.");
        assertThat(exported).contains("Ces 2 réponses ne sont pas écrites dans le modèle, ou pas entièrement (le modèle "
                + "n’a pas de place pour elles, ou une ligne ne dit pas tout ce qu’il demande) ; elles restent dans Cap RSE :\n• ");
        var questionnaire = VsmeTestFiles.questionnaire();
        for (String id : VsmeTestFiles.NOT_WRITTEN) {
            assertThat(exported).contains("• " + questionnaire.question(id).orElseThrow().text().get("fr"));
        }
        assertThat(status.getParent().isVisible()).isFalse();
        assertThat(VsmeExchange.isTemplate(template)).isTrue();

        dialogs.fileToOpen = template;
        Button importButton = robot.lookup("#home-import-vsme").queryButton();
        assertThat(importButton.getText()).isEqualTo("Importer un modèle VSME…");
        robot.interact(importButton::fire);
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> dialogs.infos.size() == 2 || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        String imported = dialogs.infos.get(1).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(imported).startsWith("Modèle VSME importé\nfours-VSME.xlsx (modèle VSME 1.3.0) : ");
        assertThat(imported).contains("dans une nouvelle évaluation « Les Fours de la Drôme · 2025 », que voici.");
        assertThat(imported).contains("Une évaluation VSME de cette organisation pour 2025 existait déjà : rien n’a été remplacé.");
        // the new assessment is opened, and holds every answer the template carried
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#question-text").tryQuery().isPresent());
        var assessments = database.assessments().list();
        assertThat(assessments).hasSize(3);
        long newId = assessments.stream().mapToLong(a -> a.id()).max().orElseThrow();
        Assessment back = database.assessments().load(newId).orElseThrow();
        Assessment original = VsmeTestFiles.assessment();
        for (String id : VsmeTestFiles.answers().keySet()) {
            if (!VsmeTestFiles.NOT_WRITTEN.contains(id)) {
                assertThat(back.answers().get(id).value()).as(id).isEqualTo(original.answers().get(id).value());
            }
        }
        assertThat(back.organisation().name()).isEqualTo("Les Fours de la Drôme");
        assertThat(back.questionnaireId()).isEqualTo("vsme-basic");
    }

    @Test
    void aFileThatIsNotAReadableTemplateIsRefusedAndNothingIsStored(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#home-import-vsme").tryQuery().isPresent());
        Button importButton = robot.lookup("#home-import-vsme").queryButton();
        String[] expected = {
            "« abime.xlsx » ne s’ouvre pas comme un classeur Excel (.xlsx)",
            "« budget.xlsx » n’est pas le modèle VSME officiel de l’EFRAG",
            "« vsme-2.xlsx » est un modèle VSME d’une version que Cap RSE ne lit pas",
        };
        Path[] files = {VsmeTestFiles.corrupt(folder), VsmeTestFiles.budget(folder),
            VsmeTestFiles.template(folder, "2.0.0", "vsme-2.xlsx")};
        for (int i = 0; i < files.length; i++) {
            dialogs.fileToOpen = files[i];
            robot.interact(importButton::fire);
            int errors = i + 1;
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialogs.errors.size() == errors);
            assertThat(dialogs.errors.get(i).replace('\u00a0', ' ').replace('\u202f', ' '))
                    .startsWith("Ce classeur ne peut pas être importé\n" + expected[i]).contains("Rien n’a été importé.");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.infos).isEmpty();
        assertThat(database.assessments().list()).hasSize(2);
        assertThat(robot.lookup("#home-title").tryQuery()).as("still on the home page").isPresent();
        assertThat(importButton.isDisabled()).isFalse();
    }

    @Test
    void atDoubleTextTheHomeButtonsWrapOntoMoreLinesRatherThanCutTheirWords(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#home-import-vsme").tryQuery().isPresent());
        javafx.scene.control.ComboBox<Integer> size = robot.lookup("#text-size").queryComboBox();
        robot.interact(() -> size.setValue(200));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.FlowPane actions = robot.lookup("#home-actions").queryAs(javafx.scene.layout.FlowPane.class);
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node node : actions.getChildren()) {
            if (node instanceof javafx.scene.control.Labeled labeled && labeled.isVisible()) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) labeled.lookup(".text");
                String text = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
                if (shown != null && !shown.getText().equals(text)) {
                    cut.add(labeled.getText() + " shown as " + shown.getText());
                }
            }
        }
        assertThat(cut).isEmpty();
        assertThat(robot.lookup("#home-import-vsme").queryButton().getFont().getSize()).isGreaterThan(25);
        // and they keep inside the window
        javafx.geometry.Bounds create = robot.lookup("#home-new").queryButton().localToScene(
                robot.lookup("#home-new").queryButton().getBoundsInLocal());
        assertThat(create.getMaxX()).isLessThanOrEqualTo(1366);
    }

    private static java.util.List<String> items(FxRobot robot, long id) {
        return robot.lookup("#more-" + id).queryAs(MenuButton.class).getItems().stream().map(MenuItem::getId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static MenuItem item(FxRobot robot, long id, String itemId) {
        return robot.lookup("#more-" + id).queryAs(MenuButton.class).getItems().stream()
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }
}
