package fr.caprse.ui;

import fr.caprse.app.CapRseApp;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The app in a JVM of its own, for {@link TypingKillTest}: opens the assessment {@code args[0]} of the
 * data folder set by {@code -Dcaprse.data.dir}, types {@code args[1]} into the comment of the first
 * question one character at a time, waits past the save debounce, and prints {@code typed} when the
 * header reads saved. The test then kills it.
 */
public final class TypingKillChild {

    private TypingKillChild() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application (the launcher refuses a main class that extends Application). */
    public static final class App extends Application {

        private Stage stage;

        @Override
        public void start(Stage primary) {
            stage = primary;
            new CapRseApp().start(primary);
            String assessment = getParameters().getRaw().get(0);
            String text = getParameters().getRaw().get(1);
            whenShown("#open-" + assessment, open -> {
                ((ButtonBase) open).fire();
                whenShown("#answer-comment", comment -> type((TextArea) comment, text, 0));
            });
        }

        private void type(TextArea comment, String text, int index) {
            if (index == text.length()) {
                // past the debounce with no key pressed: what the header says now is what the disk holds
                PauseTransition wait = new PauseTransition(Duration.millis(1500));
                wait.setOnFinished(e -> reportWhenSaved());
                wait.play();
                return;
            }
            comment.requestFocus();
            comment.appendText(text.substring(index, index + 1));
            PauseTransition key = new PauseTransition(Duration.millis(40));
            key.setOnFinished(e -> type(comment, text, index + 1));
            key.play();
        }

        private void reportWhenSaved() {
            Label state = (Label) stage.getScene().lookup("#save-state");
            if (state.getText().startsWith("✔")) {
                System.out.println("typed");
                System.out.flush();
            } else {
                PauseTransition again = new PauseTransition(Duration.millis(50));
                again.setOnFinished(e -> reportWhenSaved());
                again.play();
            }
        }

        private void whenShown(String id, java.util.function.Consumer<Node> then) {
            Node node = stage.getScene().lookup(id);
            if (node != null) {
                then.accept(node);
                return;
            }
            PauseTransition again = new PauseTransition(Duration.millis(50));
            again.setOnFinished(e -> whenShown(id, then));
            again.play();
            Platform.requestNextPulse();
        }
    }
}
