package fr.caprse.ui.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.observatory.BenchmarkPackStore;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.i18n.I18n;
import fr.caprse.json.BenchmarkPackJson;
import fr.caprse.platform.AppDirs;
import fr.caprse.ui.results.ResultsView;
import fr.caprse.ui.results.ResultsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results page with a benchmark pack imported shows "you against organisations like yours": the
 * organisation's group (its territory), each theme's quartile band and where its score stands.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsBenchmarkTest {

    static final Path DATA = AppDirs.dataDir();
    static Questionnaire questionnaire;

    /**
     * A pack of the obs questionnaire by territory: Drôme (6 organisations) with gov Q1 40, median 50,
     * Q3 70 and env Q1 20, median 30, Q3 45; all organisations (9) with other bands.
     */
    static BenchmarkPack pack() {
        BenchmarkPack.Group all = new BenchmarkPack.Group("", 9, new Band(9, 40, 30, 42, 55),
                Map.of("gov", new Band(9, 45, 30, 45, 60), "env", new Band(9, 35, 25, 35, 50)));
        BenchmarkPack.Group drome = new BenchmarkPack.Group("Drôme", 6, new Band(6, 45, 35, 44, 58),
                Map.of("gov", new Band(6, 52, 40, 50, 70), "env", new Band(6, 31, 20, 30, 45)));
        return new BenchmarkPack("obs", List.of("1.0.0"), "Observatoire Drôme-Ardèche 2026",
                Instant.parse("2026-11-20T10:00:00Z"), 5, Grouping.TERRITORY, all, Map.of("drôme", drome));
    }

    @Start
    void start(Stage stage) throws Exception {
        questionnaire = QuestionnaireSource.withoutDatabase()
                .open(Path.of("src/test/resources/observatory/obs-1.0.0.yaml")).questionnaire();
        Path file = Files.createTempFile("pack", ".json");
        Files.write(file, BenchmarkPackJson.write(pack()));
        BenchmarkPackStore.forDataFolder(DATA).importPack(file);
        Files.delete(file);
        // gov: 4, 2, yes → 83.3 (top quarter of Drôme); env: 0, y → 0 (lowest quarter); overall 41.7
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("gov-a", Answer.of("gov-a", new AnswerValue.LevelValue(4)));
        answers.put("gov-b", Answer.of("gov-b", new AnswerValue.LevelValue(2)));
        answers.put("gov-old", Answer.of("gov-old", new AnswerValue.Choice("yes")));
        answers.put("env-a", Answer.of("env-a", new AnswerValue.LevelValue(0)));
        answers.put("env-b", Answer.of("env-b", new AnswerValue.Choice("y")));
        Organisation organisation = new Organisation("Atelier A", "111", "C10.71", OrganisationSize.SMALL, 12, "scop",
                " Drôme", true);
        ResultsViewModel model = new ResultsViewModel(questionnaire, organisation, answers, Optional.empty());
        ResultsView view = new ResultsView(model, new I18n(I18n.FRENCH), row -> { }, () -> { });
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1000, 700);
        scene.getStylesheets().addAll(fr.caprse.ui.common.Theme.paletteStylesheet(),
                ResultsView.class.getResource("/fr/caprse/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void removePack() throws Exception {
        Files.deleteIfExists(DATA.resolve("benchmarks/obs.json"));
    }

    @Test
    void showsTheOrganisationAgainstItsGroup(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#benchmark-comparison").tryQuery()).isPresent();
        assertThat(robot.lookup("#benchmark-group").queryAs(Label.class).getText())
                .isEqualTo("Observatoire Drôme-Ardèche 2026 · Repères du groupe « Drôme » (6 organisations)");
        assertThat(robot.lookup("#benchmark-gov").queryAs(Label.class).getText())
                .isEqualTo("83,3 · dans le quart le plus haut · Q1 40,0 · médiane 50,0 · Q3 70,0");
        assertThat(robot.lookup("#benchmark-env").queryAs(Label.class).getText())
                .isEqualTo("0,0 · dans le quart le plus bas · Q1 20,0 · médiane 30,0 · Q3 45,0");
        assertThat(robot.lookup("#benchmark-overall").queryAs(Label.class).getText())
                .startsWith("41,7 · sous la médiane");

        // the dot of gov sits right of its band, that of env left of its band
        Circle gov = robot.lookup("#benchmark-you-gov").queryAs(Circle.class);
        Rectangle govBand = (Rectangle) gov.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("benchmark-band")).findFirst().orElseThrow();
        assertThat(gov.getCenterX()).isGreaterThan(govBand.getX() + govBand.getWidth());
        assertThat(gov.getCenterX()).isCloseTo(0.833 * BenchmarkComparisonView.WIDTH, org.assertj.core.data.Offset.offset(1.0));
        Node comparison = robot.lookup("#benchmark-comparison").query();
        Bounds bounds = comparison.localToScreen(comparison.getBoundsInLocal());
        assertThat(bounds.getWidth()).isPositive();
        snapshot(comparison);
    }

    /** Keeps a picture of the block (target/observatory-results.png), for the documentation. */
    private static void snapshot(Node node) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Path target = Path.of(System.getProperty("caprse.data.dir", "target")).resolveSibling("observatory-results.png");
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
    }
}
