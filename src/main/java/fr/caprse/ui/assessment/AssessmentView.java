package fr.caprse.ui.assessment;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.actions.ActionPlanView;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.profile.OrganisationProfileView;
import fr.caprse.ui.profile.OrganisationProfileViewModel;
import fr.caprse.ui.results.ResultsView;
import fr.caprse.ui.results.ResultsViewModel;
import fr.caprse.ui.review.ReviewView;
import fr.caprse.ui.walkthrough.WalkthroughView;
import fr.caprse.ui.walkthrough.WalkthroughViewModel;
import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An open assessment: a side list (profile, each theme with its progress, review, results, action
 * plan) and the page chosen in it. Built anew when the language changes; the models stay.
 */
public final class AssessmentView {

    /** The pages of an open assessment. */
    public enum Page { PROFILE, THEME, REVIEW, RESULTS, ACTIONS }

    private final AppServices services;
    private final AssessmentSession session;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox navTop = new VBox(4);
    private final VBox nav = new VBox(4);
    private final VBox navBottom = new VBox(4);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Runnable onHome;
    private final Runnable onExportReport;
    private WalkthroughView walkthroughView;
    private ActionPlanView actionPlanView;
    private Page page = Page.THEME;
    private Runnable onWorkshopClosed = () -> { };
    private final ListChangeListener<WalkthroughViewModel.ThemeProgress> progressListener = c -> buildNav();
    private final javafx.beans.value.ChangeListener<Number> themeListener = (o, a, b) -> buildNav();

    public AssessmentView(AppServices services, AssessmentSession session, I18n i18n, Runnable onHome,
                          Runnable onExportReport) {
        this.onExportReport = onExportReport;
        this.services = services;
        this.session = session;
        this.i18n = i18n;
        this.onHome = onHome;
        root.getStyleClass().add("assessment");
        nav.getStyleClass().add("side-nav");
        nav.setId("nav");
        ScrollPane navScroll = new ScrollPane(nav);
        navScroll.setFitToWidth(true);
        navScroll.getStyleClass().add("side-nav-scroll");
        navTop.getStyleClass().add("side-nav");
        navBottom.getStyleClass().add("side-nav");
        VBox side = new VBox(navTop, navScroll, navBottom);
        VBox.setVgrow(navScroll, Priority.ALWAYS);
        side.setPrefWidth(300);
        side.getStyleClass().add("side-nav-column");
        root.setLeft(side);
        session.walkthrough().progress().addListener(progressListener);
        session.walkthrough().themeIndexProperty().addListener(themeListener);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (walkthroughView != null) {
                walkthroughView.onKey(event);
            }
        });
        show(page);
    }

    public Node root() {
        return root;
    }

    public Page page() {
        return page;
    }

    /** Stops listening to the models: call before the view is replaced. */
    public void dispose() {
        session.walkthrough().progress().removeListener(progressListener);
        session.walkthrough().themeIndexProperty().removeListener(themeListener);
        disposePage();
    }

    private void disposePage() {
        if (walkthroughView != null) {
            walkthroughView.dispose();
            walkthroughView = null;
        }
        if (actionPlanView != null) {
            actionPlanView.dispose();
            actionPlanView = null;
        }
    }

    public void show(Page newPage) {
        disposePage();
        page = newPage;
        switch (newPage) {
            case PROFILE -> root.setCenter(profilePage());
            case THEME -> {
                walkthroughView = new WalkthroughView(session.walkthrough(), i18n, () -> show(Page.REVIEW));
                root.setCenter(walkthroughView.root());
            }
            case REVIEW -> root.setCenter(new ReviewView(session.walkthrough(), i18n, id -> {
                session.walkthrough().goTo(id);
                show(Page.THEME);
            }).root());
            case RESULTS -> root.setCenter(new ResultsView(session.results(), i18n, this::addAction, onExportReport).root());
            case ACTIONS -> {
                actionPlanView = new ActionPlanView(session.actions(), i18n);
                root.setCenter(actionPlanView.root());
            }
        }
        buildNav();
    }

    private void addAction(ResultsViewModel.RecommendationRow row) {
        String title = row.question().recommendation().get(i18n.language());
        session.actions().addForQuestion(row.question().id(), title, LocalDate.now(services.clock()).plusMonths(3));
    }

    private Node profilePage() {
        OrganisationProfileViewModel model = new OrganisationProfileViewModel(services.i18n());
        model.load(session.organisation());
        Label title = new Label(i18n.get("profile.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(i18n.get("profile.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Button save = new Button(i18n.get("profile.save"));
        save.setId("profile-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.valid().not());
        save.setOnAction(e -> {
            var organisation = model.toOrganisation();
            BackgroundTask.ofAction(p -> services.workspace().saveProfile(session.entry().id(), organisation))
                    .inOrderOf(BackgroundTask.assessment(session.entry().id()))
                    .onSuccess(saved -> {
                        session.updateOrganisation(organisation);
                        services.dialogs().notify(i18n.get("profile.saved"));
                    })
                    .onFailure(failure -> services.dialogs().showError(i18n.get("error.save.title"),
                            i18n.get("error.save.message", String.valueOf(failure.getMessage()))))
                    .executeWith(services.tasks());
        });
        VBox box = new VBox(14, title, hint, new OrganisationProfileView(model, i18n).root(), save);
        box.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void buildNav() {
        nav.getChildren().clear();
        navTop.getChildren().clear();
        navBottom.getChildren().clear();
        String lang = i18n.language();
        Button home = new Button("← " + i18n.get("nav.home"));
        home.setId("nav-home");
        home.getStyleClass().add("flat");
        home.setOnAction(e -> onHome.run());
        Label org = new Label(session.organisation().name() + " · " + session.entry().period());
        org.getStyleClass().add("nav-org");
        org.setWrapText(true);
        Label questionnaire = new Label(session.questionnaire().title().get(lang));
        questionnaire.getStyleClass().add("muted");
        questionnaire.setWrapText(true);
        navTop.getChildren().addAll(home, org, questionnaire, new Separator(),
                item("nav-profile", i18n.get("nav.profile"), page == Page.PROFILE, () -> show(Page.PROFILE)));
        int index = 0;
        int current = session.walkthrough().themeIndexProperty().get();
        for (WalkthroughViewModel.ThemeProgress progress : session.walkthrough().progress()) {
            Theme theme = progress.theme();
            int themeIndex = index++;
            ToggleButton button = item("nav-theme-" + theme.id(), theme.title().get(lang),
                    page == Page.THEME && themeIndex == current, () -> {
                        session.walkthrough().goToTheme(themeIndex);
                        show(Page.THEME);
                    });
            ProgressBar bar = new ProgressBar(progress.applicable() == 0 ? 1 : (double) progress.answered() / progress.applicable());
            bar.setPrefWidth(190);
            bar.getStyleClass().add("theme-progress");
            Label count = new Label(progress.answered() + "/" + progress.applicable());
            count.getStyleClass().add("muted");
            count.setId("nav-count-" + theme.id());
            HBox line = new HBox(6, bar, count);
            line.setAlignment(Pos.CENTER_LEFT);
            Label label = new Label(theme.title().get(lang));
            label.getStyleClass().add("nav-theme-title");
            VBox graphic = new VBox(3, label, line);
            button.setText(null);
            button.setGraphic(graphic);
            button.setAccessibleText(theme.title().get(lang) + " " + count.getText());
            nav.getChildren().add(button);
        }
        navBottom.getChildren().addAll(new Separator(),
                item("nav-review", i18n.get("nav.review"), page == Page.REVIEW, () -> show(Page.REVIEW)),
                item("nav-results", i18n.get("nav.results"), page == Page.RESULTS, () -> show(Page.RESULTS)),
                item("nav-actions", i18n.get("nav.actions"), page == Page.ACTIONS, () -> show(Page.ACTIONS)));
        fr.caprse.ui.workshop.WorkshopLauncher.button(services, session, () -> onWorkshopClosed.run())
                .ifPresent(navBottom.getChildren()::add);
    }

    /** What to do when the workshop window closes (its consensus answers changed the assessment). */
    public void setOnWorkshopClosed(Runnable action) {
        onWorkshopClosed = action;
    }

    private ToggleButton item(String id, String text, boolean selected, Runnable action) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(navGroup);
        button.setSelected(selected);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add("nav-item");
        button.setOnAction(e -> action.run());
        return button;
    }
}
