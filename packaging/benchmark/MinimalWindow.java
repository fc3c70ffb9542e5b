import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;

/**
 * The yardstick of {@code packaging/startup-benchmark.sh}: the smallest JavaFX window that uses
 * ControlsFX (a label and a ControlsFX toggle switch), the same size as Cap RSE's window.
 */
public class MinimalWindow extends Application {

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Cap RSE"));
        root.setBottom(new ToggleSwitch("ControlsFX"));
        stage.setTitle("Minimal window");
        stage.setScene(new Scene(root, 1280, 768));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
