package fr.caprse.ui;

import fr.caprse.i18n.I18n;
import fr.caprse.ui.assessment.AssessmentSession;
import fr.caprse.ui.assessment.AssessmentView;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.AssessmentFiles;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.ui.common.Workspace;
import fr.caprse.ui.home.HomeView;
import fr.caprse.ui.home.HomeViewModel;
import fr.caprse.ui.home.NewAssessmentView;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The main window: a header with the language switch, and the current page below it (home, new
 * assessment, or an open assessment). Switching the language rebuilds the page from its models, so
 * nothing typed is lost.
 */
public final class MainWindow {

    private final AppServices services;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final BorderPane root = new BorderPane();
    private final Label appTitle = new Label();
    private final Label subtitle = new Label();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final HomeViewModel home;
    private HomeView homeView;
    private AssessmentSession session;
    private AssessmentView assessmentView;
    private Runnable current = this::showHome;

    public MainWindow(AppServices services, AssessmentFiles files, RecentFiles recent) {
        this.services = services;
        this.home = new HomeViewModel(services, files, recent);
        root.getStyleClass().add("main-window");
        appTitle.setId("app-title");
        appTitle.getStyleClass().add("app-title");
        subtitle.getStyleClass().add("app-subtitle");
        language.setId("language");
        language.getItems().setAll(I18n.supported());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale value) {
                return value == null ? "" : services.texts().get("language." + value.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.setValue(services.texts().locale());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(services.texts().locale())) {
                services.i18n().set(new I18n(now));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label languageLabel = new Label();
        languageLabel.getStyleClass().add("app-subtitle");
        languageLabel.setLabelFor(language);
        HBox header = new HBox(12, new VBox(2, appTitle, subtitle), spacer, languageLabel, language);
        header.getStyleClass().add("app-header");
        root.setTop(header);
        services.i18n().addListener((obs, old, now) -> {
            applyHeader(languageLabel);
            current.run();
        });
        applyHeader(languageLabel);
        home.refresh();
        showHome();
    }

    private void applyHeader(Label languageLabel) {
        I18n texts = services.texts();
        title.set(texts.get("app.title"));
        appTitle.setText(texts.get("app.title"));
        subtitle.setText(texts.get("app.subtitle"));
        languageLabel.setText(texts.get("menu.language"));
        language.setValue(texts.locale());
    }

    private void clearPage() {
        if (homeView != null) {
            homeView.dispose();
            homeView = null;
        }
        if (assessmentView != null) {
            assessmentView.dispose();
            assessmentView = null;
        }
    }

    public void showHome() {
        clearPage();
        current = this::showHome;
        homeView = new HomeView(home, services, services.texts(), this::showNewAssessment, this::open);
        root.setCenter(homeView.root());
    }

    private void backHome() {
        session = null;
        home.refresh();
        showHome();
    }

    public void showNewAssessment() {
        clearPage();
        current = this::showNewAssessment;
        root.setCenter(new NewAssessmentView(services, services.texts(),
                home.organisations().stream().map(HomeViewModel.OrganisationRow::entry).toList(),
                this::showHome, this::open).root());
    }

    /** Opens an assessment (read in the background), on its first theme. */
    public void open(Workspace.AssessmentEntry entry) {
        services.tasks().run(p -> AssessmentSession.open(services, entry), opened -> {
            session = opened;
            showAssessment(AssessmentView.Page.THEME);
        }, failure -> services.dialogs().showError(services.texts().get("error.open.title"),
                services.texts().get("error.open.message", String.valueOf(failure.getMessage()))));
    }

    private void showAssessment(AssessmentView.Page page) {
        clearPage();
        current = () -> showAssessment(assessmentView == null ? page : assessmentView.page());
        assessmentView = new AssessmentView(services, session, services.texts(), this::backHome);
        assessmentView.show(page);
        root.setCenter(assessmentView.root());
    }

    public Parent root() {
        return root;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
