package fr.caprse.app;

import atlantafx.base.theme.PrimerLight;
import fr.caprse.i18n.I18n;
import fr.caprse.platform.AppDirs;
import fr.caprse.ui.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: wires the main window on the user's data folder. */
public class CapRseApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CapRseApp.class);

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportUncaught(error));
        LOG.info("Starting Cap RSE, data folder {}", AppDirs.dataDir());
        MainWindow window = new MainWindow(I18n.systemDefault());
        Scene scene = new Scene(window.root(), 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(window.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    private static void reportUncaught(Throwable error) {
        LOG.error("Unexpected error", error);
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText("Cap RSE");
            alert.setContentText(String.valueOf(error.getMessage()));
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
