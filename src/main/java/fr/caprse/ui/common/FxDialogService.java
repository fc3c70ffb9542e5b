package fr.caprse.ui.common;

import fr.caprse.i18n.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Dialogs and notifications on the main window; every alert and notification has it as owner. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;

    public FxDialogService(Supplier<Window> owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get().get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(no, yes);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void notify(String message) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications.create().owner(window).text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4)).show();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        List<File> files = chooser(title, filters).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter filter : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        }
        return chooser;
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.getEditor().setId("dialog-text");
        followTextSize(dialog.getDialogPane());
        return dialog.showAndWait().map(String::trim).filter(text -> !text.isEmpty());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogPane pane = alert.getDialogPane();
        followTextSize(pane);
        Label content = new Label(message);
        content.setId("dialog-message");
        content.setWrapText(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dialog-message");
        pane.setContent(scroll);
        // sized once its text size is known (its styles are applied as it is about to show)
        alert.setOnShowing(e -> fit(pane, scroll, content));
        alert.setResizable(true);
        return alert;
    }

    /** The text size chosen in the window applies to its dialogs too. */
    private void followTextSize(DialogPane pane) {
        Window window = owner.get();
        if (window != null && window.getScene() != null) {
            pane.getStylesheets().setAll(window.getScene().getStylesheets());
            window.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("text-size-"))
                    .forEach(pane.getStyleClass()::add);
        }
    }

    /**
     * As wide as the message needs on one line, up to about 60 characters' worth of em (a line easy to read)
     * and never wider than the screen; as tall as the wrapped message needs, up to what the screen leaves
     * beside the title and the buttons: a longer message (the new questions of a new period, the answers left
     * out of a template) scrolls inside, so that the buttons stay whole and on the screen at any text size.
     */
    private static void fit(DialogPane pane, ScrollPane scroll, Label content) {
        pane.applyCss();
        scroll.applyCss();
        content.applyCss();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
            screen = Screen.getScreensForRectangle(stage.getOwner().getX(), stage.getOwner().getY(),
                    stage.getOwner().getWidth(), stage.getOwner().getHeight()).stream().findFirst()
                    .map(Screen::getVisualBounds).orElse(screen);
        }
        double em = content.getFont().getSize();
        // what the dialog adds around the message: its own padding, the message's, a vertical scroll bar
        double sides = pane.snappedLeftInset() + pane.snappedRightInset() + scroll.snappedLeftInset()
                + scroll.snappedRightInset() + 1.5 * em;
        double widest = screen.getWidth() - 2 * em - sides;
        double buttons = Optional.ofNullable(pane.lookup(".button-bar")).map(bar -> bar.prefWidth(-1)).orElse(0.0)
                - sides;
        double width = Math.min(widest, Math.max(buttons, Math.min(content.prefWidth(-1) + 2, 60 * em)));
        scroll.setPrefViewportWidth(width);
        double dialogWidth = width + sides;
        double header = Optional.ofNullable(pane.lookup(".header-panel")).map(h -> h.prefHeight(dialogWidth)).orElse(0.0);
        double bar = Optional.ofNullable(pane.lookup(".button-bar")).map(b -> b.prefHeight(dialogWidth)).orElse(0.0);
        double around = header + bar + pane.snappedTopInset() + pane.snappedBottomInset() + scroll.snappedTopInset()
                + scroll.snappedBottomInset() + 3 * em;
        double tallest = Math.max(4 * em, screen.getHeight() - around);
        scroll.setPrefViewportHeight(Math.min(content.prefHeight(width) + 2, tallest));
    }
}
