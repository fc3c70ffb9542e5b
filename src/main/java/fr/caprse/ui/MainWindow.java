package fr.caprse.ui;

import fr.caprse.ui.common.Errors;
import fr.caprse.application.HomeRows;
import fr.caprse.i18n.I18n;
import fr.caprse.application.assessment.OpenAssessment;
import fr.caprse.ui.assessment.AssessmentSession;
import fr.caprse.ui.assessment.AssessmentView;
import fr.caprse.ui.common.AppServices;
import fr.caprse.application.AssessmentFiles;
import fr.caprse.ui.common.DisplayConverter;
import fr.caprse.ui.common.Preferences;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.application.Workspace;
import fr.caprse.ui.home.HomeView;
import fr.caprse.ui.home.HomeViewModel;
import fr.caprse.ui.home.NewAssessmentView;
import fr.caprse.application.authoring.TrialWorkspace;
import fr.caprse.ui.authoring.TrialBanner;
import fr.caprse.ui.authoring.TryQuestionnaireView;
import fr.caprse.ui.authoring.TryQuestionnaireViewModel;
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
    /** Text size, from 100 % to 200 %: every size in the stylesheet is in em, so the whole window follows. */
    private final ComboBox<Integer> textSize = new ComboBox<>();
    private final HomeViewModel home;
    private HomeView homeView;
    private AssessmentSession session;
    private AssessmentView assessmentView;
    /** "Try a questionnaire file…": its page and model (kept while the trial's assessment is open). */
    private TryQuestionnaireViewModel trying;
    private TryQuestionnaireView trialView;
    private Runnable current = this::showHome;
    private Label textSizeLabel;
    private final Preferences preferences;
    private final javafx.beans.value.ChangeListener<fr.caprse.domain.questionnaire.Question> leftOn = (o, a, question) -> {
        if (question != null && session != null) {
            preferencesOrNone().ifPresent(p -> p.setLastQuestion(session.entry().id(), question.id()));
        }
    };

    public MainWindow(AppServices services, AssessmentFiles files, RecentFiles recent) {
        this(services, files, recent, null);
    }

    /** With {@code preferences}: the language and text size chosen last time, each assessment reopened where it was left. */
    public MainWindow(AppServices services, AssessmentFiles files, RecentFiles recent, Preferences preferences) {
        this.services = services;
        this.preferences = preferences;
        if (preferences != null) {
            preferences.language().filter(l -> !l.getLanguage().equals(services.texts().language()))
                    .ifPresent(l -> services.i18n().set(I18n.display(l)));
        }
        this.home = new HomeViewModel(services, files, recent);
        root.getStyleClass().add("main-window");
        appTitle.setId("app-title");
        language.setId("language");
        language.getItems().setAll(I18n.supported());
        language.setConverter(DisplayConverter.of(value -> value == null ? "" : services.texts().get("language." + value.getLanguage())));
        language.setValue(services.texts().locale());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(services.texts().locale())) {
                services.i18n().set(I18n.display(now));
                preferencesOrNone().ifPresent(p -> p.setLanguage(now));
            }
        });
        textSize.setId("text-size");
        textSize.getItems().setAll(StartFrame.TEXT_SIZES);
        int startSize = StartFrame.textSize(preferencesOrNone().flatMap(Preferences::textSize));
        textSize.setValue(startSize);
        textSize.setConverter(DisplayConverter.of(value -> value == null ? "" : value + " %"));
        textSize.valueProperty().addListener((obs, old, now) -> {
            applyTextSize(now);
            if (now != null) {
                preferencesOrNone().ifPresent(p -> p.setTextSize(now));
            }
        });
        applyTextSize(startSize);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown()) {
                return;
            }
            int index = textSize.getItems().indexOf(textSize.getValue());
            switch (event.getCode()) {
                case PLUS, ADD, EQUALS -> textSize.setValue(textSize.getItems().get(Math.min(textSize.getItems().size() - 1, index + 1)));
                case MINUS, SUBTRACT -> textSize.setValue(textSize.getItems().get(Math.max(0, index - 1)));
                case DIGIT0, NUMPAD0 -> textSize.setValue(100);
                default -> {
                    return;
                }
            }
            event.consume();
        });
        Label textSizeLabel = new Label();
        textSizeLabel.getStyleClass().add("app-subtitle");
        textSizeLabel.setLabelFor(textSize);
        this.textSizeLabel = textSizeLabel;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label languageLabel = new Label();
        languageLabel.getStyleClass().add("app-subtitle");
        languageLabel.setLabelFor(language);
        HBox header = StartFrame.header(appTitle, subtitle, spacer, textSizeLabel, textSize, languageLabel, language);
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
        textSizeLabel.setText(texts.get("menu.text-size"));
        language.setValue(texts.locale());
    }

    /**
     * Puts the text-size class on the window's root: every size in the stylesheet is in em and fonts
     * are inherited, so the whole window follows (scroll pane contents included), with no walk of the
     * scene graph.
     */
    private void applyTextSize(Integer percent) {
        String textSizeClass = "text-size-" + (percent == null ? 100 : percent);
        if (!root.getStyleClass().contains(textSizeClass)) {
            root.getStyleClass().removeIf(c -> c.startsWith("text-size-"));
            root.getStyleClass().add(textSizeClass);
        }
    }

    private java.util.Optional<Preferences> preferencesOrNone() {
        return java.util.Optional.ofNullable(preferences);
    }

    /** Saves what is still being typed (the window closes): call before the save thread stops. */
    public void flush() {
        if (session != null) {
            session.walkthrough().flushDrafts();
        }
    }

    private void clearPage() {
        if (session != null) {
            session.walkthrough().currentProperty().removeListener(leftOn);
        }
        if (homeView != null) {
            homeView.dispose();
            homeView = null;
        }
        if (assessmentView != null) {
            assessmentView.dispose();
            assessmentView = null;
        }
        if (trialView != null) {
            trialView.dispose();
            trialView = null;
        }
    }

    /** Imports a {@code .rse.json} file and opens it (a file given to the app when it starts). */
    public void importAndOpen(java.nio.file.Path file) {
        home.importFile(file, this::open);
    }

    public void showHome() {
        clearPage();
        current = this::showHome;
        homeView = new HomeView(home, services, services.texts(), this::showNewAssessment, this::open);
        homeView.setOnTryQuestionnaire(this::chooseQuestionnaireToTry);
        root.setCenter(homeView.root());
    }

    private void backHome() {
        clearPage();
        session = null;
        home.refresh();
        showHome();
    }

    public void showNewAssessment() {
        clearPage();
        current = this::showNewAssessment;
        root.setCenter(new NewAssessmentView(services, services.texts(),
                home.organisations().stream().map(HomeRows.OrganisationRow::entry).toList(),
                this::showHome, this::open).root());
    }

    /** "Try a questionnaire file…": the file chosen, then its page (problems, or walk through it). */
    private void chooseQuestionnaireToTry() {
        services.dialogs().chooseFileToOpen(services.texts().get("trial.choose.title"),
                java.util.List.of(new fr.caprse.ui.common.DialogService.FileFilter(services.texts().get("file.yaml"),
                        java.util.List.of("*.yaml", "*.yml")))).ifPresent(file -> {
                            if (trying == null) {
                                trying = new TryQuestionnaireViewModel(services);
                            }
                            trying.read(file);
                            showTrial();
                        });
    }

    private void showTrial() {
        clearPage();
        session = null;
        current = this::showTrial;
        trialView = new TryQuestionnaireView(trying, services, services.texts(), this::openTrial,
                this::chooseQuestionnaireToTry, () -> {
                    trying = null;
                    backHome();
                });
        root.setCenter(trialView.root());
    }

    /**
     * Walks through the questionnaire being tried: the assessment pages as usual, on the trial's own store
     * (in memory), under a band saying nothing is saved; leaving comes back to the trial's page.
     */
    private void openTrial(TrialWorkspace trial) {
        AppServices trialServices = new AppServices(trial, services.tasks(), services.dialogs(), services.clock(),
                services.i18n(), services.questionnaires());
        // the trial's entry has the trial's id: read after its queued saves
        OpenAssessment.opening(trial, trial.entry())
                .onSuccess(read -> {
                    session = new AssessmentSession(trialServices, read);
                    showTrialAssessment(trialServices, AssessmentView.Page.THEME);
                })
                .onFailure(failure -> services.dialogs().showError(services.texts().get("error.open.title"),
                        Errors.message(failure, services.texts())))
                .executeWith(services.tasks());
    }

    private void showTrialAssessment(AppServices trialServices, AssessmentView.Page page) {
        clearPage();
        current = () -> showTrialAssessment(trialServices, assessmentView == null ? page : assessmentView.page());
        Runnable backToTrial = () -> {
            session.walkthrough().flushDrafts();
            showTrial();
        };
        assessmentView = new AssessmentView(trialServices, session, services.texts(), backToTrial,
                () -> services.dialogs().chooseFileToSave(services.texts().get("home.report.title"),
                        TryQuestionnaireView.fileName(trying.questionnaire(), services.texts(), "trial.report.file"),
                        java.util.List.of(new fr.caprse.ui.common.DialogService.FileFilter(services.texts().get("file.xlsx"),
                                java.util.List.of("*.xlsx")))).ifPresent(trying::writeTrialReport));
        assessmentView.show(page);
        root.setCenter(TrialBanner.around(assessmentView.root(),
                session.questionnaire().title().get(services.texts().language()), services.texts(), () -> {
                    session.walkthrough().flushDrafts();
                    trying.endTrial();
                    showTrial();
                }));
    }

    /** Opens an assessment (read in the background), on the question it was left on, else its first. */
    public void open(Workspace.AssessmentEntry entry) {
        // read after any save of this assessment still queued (it was just left, or imported); a failure names
        // the assessment as the home page shows it
        String organisationName = home.organisations().stream().filter(row -> row.entry().id() == entry.organisationId())
                .map(row -> row.entry().organisation().name()).findFirst().orElse(null);
        OpenAssessment.opening(services.workspace(), entry, organisationName)
                .onSuccess(read -> {
                    AssessmentSession opened = new AssessmentSession(services, read);
                    session = opened;
                    preferencesOrNone().flatMap(prefs -> prefs.lastQuestion(entry.id()))
                            .ifPresent(id -> opened.walkthrough().goTo(id));
                    showAssessment(AssessmentView.Page.THEME);
                })
                .onFailure(failure -> services.dialogs().showError(services.texts().get("error.open.title"),
                        Errors.message(failure, services.texts())))
                .executeWith(services.tasks());
    }

    /** The Excel report of the open assessment: the same file as the home page's menu and the CLI's export. */
    private void exportReport() {
        Workspace.AssessmentEntry entry = session.entry();
        String name = HomeView.fileName(session.organisation(), entry);
        services.dialogs().chooseFileToSave(services.texts().get("home.report.title"), name + ".xlsx",
                java.util.List.of(new fr.caprse.ui.common.DialogService.FileFilter(services.texts().get("file.xlsx"),
                        java.util.List.of("*.xlsx")))).ifPresent(file -> home.exportReport(entry, file));
    }

    private void showAssessment(AssessmentView.Page page) {
        clearPage();
        current = () -> showAssessment(assessmentView == null ? page : assessmentView.page());
        assessmentView = new AssessmentView(services, session, services.texts(), this::backHome, this::exportReport);
        Workspace.AssessmentEntry opened = session.entry();
        assessmentView.setOnWorkshopClosed(() -> open(opened));
        session.walkthrough().currentProperty().addListener(leftOn);
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
