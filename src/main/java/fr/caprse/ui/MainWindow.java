package fr.caprse.ui;

import fr.caprse.i18n.I18n;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The main window: a header with the language switch, and the current page below it. */
public final class MainWindow {

    private final ObjectProperty<I18n> i18n = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final BorderPane root = new BorderPane();
    private final Label appTitle = new Label();
    private final Label subtitle = new Label();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final Label homeTitle = new Label();
    private final Label homeEmpty = new Label();
    private final Button newAssessment = new Button();

    public MainWindow(Locale locale) {
        root.getStyleClass().add("main-window");
        appTitle.setId("app-title");
        appTitle.getStyleClass().add("app-title");
        subtitle.getStyleClass().add("app-subtitle");
        language.setId("language");
        language.getItems().setAll(I18n.supported());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale value) {
                return value == null ? "" : i18n.get().get("language." + value.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(2, appTitle, subtitle), spacer, language);
        header.getStyleClass().add("app-header");
        root.setTop(header);

        homeTitle.setId("home-title");
        homeTitle.getStyleClass().add("page-title");
        homeEmpty.setId("home-empty");
        homeEmpty.setWrapText(true);
        newAssessment.setId("home-new");
        newAssessment.getStyleClass().add("accent");
        newAssessment.setMnemonicParsing(true);
        VBox home = new VBox(16, homeTitle, homeEmpty, newAssessment);
        home.getStyleClass().add("page");
        root.setCenter(home);

        i18n.addListener((obs, old, now) -> applyTexts(now));
        i18n.set(new I18n(locale));
        language.setValue(i18n.get().locale());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(i18n.get().locale())) {
                i18n.set(new I18n(now));
            }
        });
    }

    private void applyTexts(I18n texts) {
        title.set(texts.get("app.title"));
        appTitle.setText(texts.get("app.title"));
        subtitle.setText(texts.get("app.subtitle"));
        homeTitle.setText(texts.get("home.title"));
        homeEmpty.setText(texts.get("home.empty"));
        newAssessment.setText(texts.get("home.new"));
        language.setPromptText(texts.get("menu.language"));
        Locale current = language.getValue();
        language.setValue(null);
        language.setValue(current);
    }

    public Parent root() {
        return root;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
