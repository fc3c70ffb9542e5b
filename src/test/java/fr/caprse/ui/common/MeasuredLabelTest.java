package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A measured label gives the heights a plain wrapped label gives, follows its text, font and padding, and is styled as a label. */
@ExtendWith(ApplicationExtension.class)
class MeasuredLabelTest {

    private static final String SHORT = "Une ligne.";
    private static final String LONG = "Une phrase assez longue pour passer sur plusieurs lignes quand la colonne "
            + "n’a que deux cents pixels de large, comme le texte d’une question.";

    private final Pane root = new Pane();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(root, 400, 400);
        String css = ".big Label { -fx-font-size: 40px; }";
        scene.getStylesheets().add("data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        stage.setScene(scene);
        stage.show();
    }

    /** Puts the label in the window and styles it, as a pulse would, then measures it at 200 pixels. */
    private double height(FxRobot robot, Label label) {
        double[] height = new double[1];
        robot.interact(() -> {
            if (!root.getChildren().contains(label)) {
                root.getChildren().add(label);
            }
            root.applyCss();
            root.layout();
            height[0] = label.prefHeight(200);
        });
        return height[0];
    }

    @Test
    void itMeasuresAsAPlainWrappedLabelDoes(FxRobot robot) {
        Label plain = new Label(LONG);
        plain.setWrapText(true);
        Label measured = new MeasuredLabel(LONG);
        assertThat(height(robot, measured)).isEqualTo(height(robot, plain)).isGreaterThan(0);
        double[] heights = new double[4];
        robot.interact(() -> {
            heights[0] = plain.minHeight(200);
            heights[1] = measured.minHeight(200);
            heights[2] = plain.maxHeight(300);
            heights[3] = measured.maxHeight(300);
        });
        assertThat(heights[1]).isEqualTo(heights[0]);
        assertThat(heights[3]).isEqualTo(heights[2]);
    }

    @Test
    void aLongerTextALargerFontOrMorePaddingMakesItTaller(FxRobot robot) {
        Label label = new MeasuredLabel(SHORT);
        double before = height(robot, label);
        robot.interact(() -> label.setText(LONG));
        double longer = height(robot, label);
        assertThat(longer).isGreaterThan(before * 2);
        robot.interact(() -> label.setFont(Font.font(label.getFont().getSize() * 2)));
        double larger = height(robot, label);
        assertThat(larger).isGreaterThan(longer * 1.5);
        robot.interact(() -> label.setPadding(new Insets(20)));
        assertThat(height(robot, label)).isGreaterThan(larger + 30);
    }

    @Test
    void styleSheetsSeeALabel(FxRobot robot) {
        Label label = new MeasuredLabel(LONG);
        double plain = height(robot, label);
        robot.interact(() -> root.getStyleClass().add("big"));
        assertThat(height(robot, label)).isGreaterThan(plain * 2);
        assertThat(label.getFont().getSize()).isEqualTo(40);
    }
}
