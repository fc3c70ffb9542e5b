package fr.caprse.ui.legal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.app.CapRseApp;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.i18n.Typography;
import fr.caprse.platform.AppDirs;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager reading the questions of a theme sees as of when its legal statements hold, and can open
 * the obligations it builds on; the results page says the date for the whole questionnaire and lists every
 * theme's obligations; both in French and in English. A questionnaire that states no law (vsme-basic)
 * shows none.
 */
@ExtendWith(ApplicationExtension.class)
class LegalBaselineInAppTest {

    private CapRseApp app;
    private long express;
    private long vsme;
    private final Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();

    @Start
    void start(Stage stage) throws Exception {
        Locale.setDefault(Locale.FRANCE);
        Path data = Files.createTempDirectory("cap-rse-legal");
        try (Database database = Database.open(data)) {
            long organisation = database.organisations().create(
                    new Organisation("Coopérative des Monts", null, null, null, 14, "scop", null, true)).id();
            express = database.assessments().create(organisation, "2026", questionnaire,
                    BuiltInQuestionnaires.content("rse-express")).id();
            vsme = database.assessments().create(organisation, "2026", BuiltInQuestionnaires.byId("vsme-basic").orElseThrow(),
                    BuiltInQuestionnaires.content("vsme-basic")).id();
        }
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, data.toString());
        app = new CapRseApp();
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void theThemeAndTheResultsSayAsOfWhenTheLawWasChecked(FxRobot robot) {
        fire(robot, "#open-" + express);
        // the first theme, governance: its baseline closed under its title, with its date
        TitledPane pane = robot.lookup("#legal-baseline").queryAs(TitledPane.class);
        assertThat(pane.getText()).isEqualTo("Cadre légal de ce thème, à jour au 27 novembre 2026 (2 obligations à connaître)");
        assertThat(pane.isExpanded()).isFalse();
        robot.interact(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> items = questionnaire.themes().get(0).legalBaseline().items();
        assertThat(label(robot, "#legal-item-gov-1")).isEqualTo("• " + Typography.forDisplay(items.get(0).get("fr"), "fr"));
        assertThat(label(robot, "#legal-item-gov-2")).startsWith("• Entreprises de l’ESS");
        // opened once, it stays open on the next question of the theme
        fire(robot, "#next");
        assertThat(robot.lookup("#legal-baseline").queryAs(TitledPane.class).isExpanded()).isTrue();
        // another theme has its own obligations
        fire(robot, "#nav-theme-env");
        TitledPane env = robot.lookup("#legal-baseline").queryAs(TitledPane.class);
        assertThat(env.getText()).contains("27 novembre 2026").contains("2 obligations");
        assertThat(env.isExpanded()).isFalse();

        fire(robot, "#nav-results");
        assertThat(label(robot, "#legal-valid-as-of"))
                .isEqualTo("Les obligations légales citées par ce questionnaire sont à jour au 27 novembre 2026.");
        TitledPane all = robot.lookup("#legal-results-list").queryAs(TitledPane.class);
        int count = questionnaire.themes().stream().mapToInt(t -> t.legalBaseline().items().size()).sum();
        assertThat(all.getText()).isEqualTo("Voir les " + count + " obligations, thème par thème");
        robot.interact(() -> all.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#legal-results-team-1")).startsWith("• ");
        assertThat(robot.lookup("#legal-results-team-1").queryAs(Label.class).isVisible()).isTrue();

        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#legal-valid-as-of"))
                .isEqualTo("The legal obligations this questionnaire refers to are valid as of 27 November 2026.");
        assertThat(robot.lookup("#legal-results-list").queryAs(TitledPane.class).getText())
                .isEqualTo("Show the " + count + " obligations, theme by theme");
        fire(robot, "#nav-theme-gov");
        assertThat(robot.lookup("#legal-baseline").queryAs(TitledPane.class).getText())
                .isEqualTo("This theme’s legal baseline, valid as of 27 November 2026 (2 obligations to know)");
        assertThat(robot.lookup("#legal-item-gov-1").queryAs(Label.class).getText())
                .isEqualTo("• " + items.get(0).get("en"));
    }

    @Test
    void aQuestionnaireThatStatesNoLawShowsNone(FxRobot robot) {
        fire(robot, "#open-" + vsme);
        assertThat(robot.lookup("#question-text").tryQuery()).isPresent();
        assertThat(robot.lookup("#legal-baseline").tryQuery()).isEmpty();
        fire(robot, "#nav-results");
        assertThat(robot.lookup("#overall-score").tryQuery()).isPresent();
        assertThat(robot.lookup("#legal-results").tryQuery()).isEmpty();
    }

    private static void fire(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        ButtonBase button = robot.lookup(id).queryAs(ButtonBase.class);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
