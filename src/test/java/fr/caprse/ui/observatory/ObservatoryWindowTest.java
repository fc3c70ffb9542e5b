package fr.caprse.ui.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.observatory.BenchmarkPackStore;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Observatoire window itself: files and a folder chosen with its buttons, Consolidate run in the
 * background, then the summary and the files set aside listed with their reasons in French.
 */
@ExtendWith(ApplicationExtension.class)
class ObservatoryWindowTest {

    @TempDir
    static Path folder;

    /** Answers the window's file and folder choosers as a person would. */
    final RecordingDialogs dialogs = new RecordingDialogs();
    ObservatoryViewModel model;
    Path atelier;
    Path notes;
    Path empty;
    Path scan;
    Path output;

    @Start
    void start(Stage stage) throws Exception {
        Path returns = Files.createDirectories(folder.resolve("retours"));
        atelier = Files.copy(Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json"),
                returns.resolve("atelier-du-val.rse.json"), StandardCopyOption.REPLACE_EXISTING);
        notes = Files.writeString(returns.resolve("notes.xlsx"), "Nos notes de réunion, pas un classeur.");
        empty = Files.write(returns.resolve("vide.xlsx"), new byte[0]);
        Path mail = Files.createDirectories(folder.resolve("courriel"));
        scan = Files.writeString(mail.resolve("scan.xlsx"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
        output = Files.createDirectories(folder.resolve("sortie")).resolve("consolidation.xlsx");
        dialogs.filesToOpen = List.of(atelier, notes, empty);
        dialogs.folder = mail;
        dialogs.fileToSave = output;

        I18n i18n = I18n.display(I18n.FRENCH);
        model = new ObservatoryViewModel(new ThreadTaskExecutor(1, Platform::runLater),
                QuestionnaireSource.withoutDatabase(), new BenchmarkPackStore(folder.resolve("data")), i18n);
        ObservatoryView view = new ObservatoryView(model, i18n, dialogs);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        Scene scene = new Scene(view.root(), 900, 760);
        scene.getStylesheets().addAll(fr.caprse.ui.common.Theme.paletteStylesheet(),
                ObservatoryView.class.getResource("/fr/caprse/ui/app.css").toExternalForm());
        stage.setTitle(i18n.get("observatory.title"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void choosesFilesRunsAndListsTheFilesSetAside(FxRobot robot) throws Exception {
        robot.clickOn("#observatory-add-files");
        robot.clickOn("#observatory-add-folder");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> inputs = robot.lookup("#observatory-inputs").queryAs(ListView.class);
        List<Object> chosen = List.copyOf(inputs.getItems());
        assertThat(chosen).containsExactly(atelier, notes, empty, scan.getParent());

        robot.clickOn("#observatory-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && model.progressProperty().get() == 1.0);
        WaitForAsyncUtils.waitForFxEvents();

        // the window sets French punctuation with narrow no-break spaces: compared with plain ones
        String status = robot.lookup("#observatory-status").queryAs(Label.class).getText()
                .replace('\u202F', ' ').replace('\u00A0', ' ');
        assertThat(status).startsWith("1 évaluation consolidée sur 4 fichiers ; 3 fichiers écartés ; aucun doublon "
                + "mis de côté. Classeur : consolidation.xlsx")
                .contains("Repères : aucun fichier de repères écrit : 1 organisation(s) consolidée(s)");
        assertThat(output).exists();
        ListView<?> rejected = robot.lookup("#observatory-rejected").queryAs(ListView.class);
        assertThat(rejected.getItems()).hasSize(3);
        assertThat(rejected.getItems().stream().map(Object::toString).toList()).anySatisfy(r -> assertThat(r)
                        .startsWith(notes.toString() + " — ").endsWith("ce n’est pas un classeur Excel (.xlsx)"))
                .anySatisfy(r -> assertThat(r).contains("vide.xlsx").contains("le fichier est vide"))
                .anySatisfy(r -> assertThat(r).contains("courriel/scan.xlsx").contains("un document PDF"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.notices).isEmpty();
        // the whole page, not only what the scroll pane shows
        snapshot(((javafx.scene.control.ScrollPane) robot.lookup("#observatory-status").query().getScene().getRoot())
                .getContent());
    }

    /** Keeps a picture of the window (target/observatory-window.png), for the documentation. */
    private static void snapshot(javafx.scene.Node node) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of("target", "observatory-window.png").toFile());
    }
}
