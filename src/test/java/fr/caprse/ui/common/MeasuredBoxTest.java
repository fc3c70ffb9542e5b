package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A measured column gives the heights a plain column gives, and follows every change inside it: a
 * longer text, a larger font, a line hidden, a pane opened, a change two boxes down.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuredBoxTest {

    private static final String SHORT = "Une ligne.";
    private static final String LONG = "Une phrase assez longue pour passer sur plusieurs lignes quand la colonne "
            + "n’a que deux cents pixels de large, comme le texte d’une question.";

    private final Pane root = new Pane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 400, 400));
        stage.show();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** Puts the boxes in the window and styles them, as a pulse would, then measures at 200 pixels. */
    private double height(FxRobot robot, VBox box) {
        double[] height = new double[1];
        robot.interact(() -> {
            if (!root.getChildren().contains(box)) {
                root.getChildren().add(box);
            }
            root.applyCss();
            root.layout();
            height[0] = box.prefHeight(200);
        });
        return height[0];
    }

    @Test
    void itMeasuresAsAPlainColumnDoes(FxRobot robot) {
        VBox plain = new VBox(6, wrapped(LONG), wrapped(SHORT));
        MeasuredBox measured = new MeasuredBox(6, wrapped(LONG), wrapped(SHORT));
        assertThat(height(robot, measured)).isEqualTo(height(robot, plain)).isGreaterThan(0);
        double[] min = new double[2];
        robot.interact(() -> {
            min[0] = plain.minHeight(200);
            min[1] = measured.minHeight(200);
        });
        assertThat(min[1]).isEqualTo(min[0]);
    }

    @Test
    void aLongerTextOrALargerFontMakesItTaller(FxRobot robot) {
        Label label = wrapped(SHORT);
        MeasuredBox box = new MeasuredBox(label);
        double before = height(robot, box);
        robot.interact(() -> label.setText(LONG));
        double longer = height(robot, box);
        assertThat(longer).isGreaterThan(before * 2);
        robot.interact(() -> label.setFont(Font.font(label.getFont().getSize() * 2)));
        assertThat(height(robot, box)).isGreaterThan(longer * 1.5);
    }

    @Test
    void aHiddenLineTakesNoRoom(FxRobot robot) {
        Label first = wrapped(LONG);
        Label second = wrapped(LONG);
        second.managedProperty().bind(second.visibleProperty());
        MeasuredBox box = new MeasuredBox(6, first, second);
        double both = height(robot, box);
        robot.interact(() -> second.setVisible(false));
        assertThat(height(robot, box)).isLessThan(both * 0.6);
    }

    @Test
    void aChangeDeepInsideReachesTheOuterBox(FxRobot robot) {
        Label label = wrapped(SHORT);
        TitledPane pane = new TitledPane("Cadre légal", new MeasuredBox(label));
        pane.setAnimated(false);
        pane.setExpanded(false);
        MeasuredBox outer = new MeasuredBox(new MeasuredBox(pane));
        double closed = height(robot, outer);
        robot.interact(() -> pane.setExpanded(true));
        double open = height(robot, outer);
        assertThat(open).isGreaterThan(closed);
        robot.interact(() -> label.setText(LONG));
        assertThat(height(robot, outer)).isGreaterThan(open);
    }
}
