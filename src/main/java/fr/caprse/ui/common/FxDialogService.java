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

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        alert.initOwner(window);
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogPane pane = alert.getDialogPane();
        // the text size chosen in the window applies to its dialogs too
        if (window != null && window.getScene() != null) {
            pane.getStylesheets().setAll(window.getScene().getStylesheets());
            window.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("text-size-"))
                    .forEach(pane.getStyleClass()::add);
        }
        Label content = new Label(message);
        content.setId("dialog-message");
        content.setWrapText(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dialog-message");
        pane.setContent(scroll);
        // a long message (the new questions of a new period, the answers left out of a template) scrolls
        // inside the dialog, so that its buttons stay on the screen at any text size
        pane.applyCss();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double em = content.getFont().getSize();
        double width = Math.min(40 * em, screen.getWidth() * 0.8);
        scroll.setPrefViewportWidth(width);
        scroll.setPrefViewportHeight(Math.min(content.prefHeight(width) + 2, screen.getHeight() * 0.5));
        alert.setResizable(true);
        return alert;
    }
}
