package fr.caprse.ui;

import fr.caprse.i18n.I18n;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the window shows for the fraction of a second between its opening and the home page: the same
 * header band, title and subtitle as {@link MainWindow}, at the text size and in the language kept in
 * the preferences, over the page's empty background. It is put in the window first so that the window
 * appears as soon as JavaFX is up; the home page (database rows, view models) is built right after and
 * takes its place.
 */
public final class StartFrame {

    /** The text sizes the window offers, in percent. */
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);

    private StartFrame() {
    }

    /** The text size kept in the preferences when the window offers it, else 100. */
    public static int textSize(Optional<Integer> kept) {
        return kept.filter(TEXT_SIZES::contains).orElse(100);
    }

    /** The frame for {@code texts} at {@code textSizePercent} (100, 125, 150, 175 or 200). */
    public static BorderPane of(I18n texts, int textSizePercent) {
        HBox header = header(new Label(texts.get("app.title")), new Label(texts.get("app.subtitle")));
        BorderPane root = new BorderPane();
        root.setId("start-frame");
        root.getStyleClass().addAll("main-window", "text-size-" + textSizePercent);
        root.setTop(header);
        return root;
    }

    /** The window's header band: {@code title} over {@code subtitle}, then {@code trailing} (the main window's switches). */
    static HBox header(Label title, Label subtitle, Node... trailing) {
        title.getStyleClass().add("app-title");
        subtitle.getStyleClass().add("app-subtitle");
        HBox header = new HBox(12, new VBox(2, title, subtitle));
        header.getChildren().addAll(trailing);
        header.getStyleClass().add("app-header");
        return header;
    }
}
