package fr.caprse.ui.assessment;

import fr.caprse.ui.common.Errors;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import fr.caprse.ui.actions.ActionPlanView;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.MeasuredBox;
import fr.caprse.ui.common.MeasuredLabel;
import fr.caprse.ui.profile.OrganisationProfileView;
import fr.caprse.ui.profile.ProfilePageViewModel;
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
    // the side list is measured once per width: an answer changes one theme's count, not the others' wrapped titles
    private final VBox navTop = new MeasuredBox(4);
    private final VBox nav = new MeasuredBox(4);
    private final VBox navBottom = new MeasuredBox(4);
    /** Review, results, action plan and the workshop: the fixed foot of the side list. */
    private final VBox footItems = new MeasuredBox(4);
    /** Shown when the side list is short (large text): opens or closes its foot, so the themes keep room. */
    private final ToggleButton footToggle = new ToggleButton();
    private boolean footFolded;
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Runnable onHome;
    private final Runnable onExportReport;
    private WalkthroughView walkthroughView;
    /** Built with the page and kept in it, hidden while another page shows (see {@link #setPage}). */
    private final ReviewView reviewView;
    /** The page in the centre now. */
    private Node shownPage;
    private ActionPlanView actionPlanView;
    private Page page = Page.THEME;
    private Runnable onWorkshopClosed = () -> { };
    private final ListChangeListener<WalkthroughViewModel.ThemeProgress> progressListener = c -> updateProgress();
    private final javafx.beans.value.ChangeListener<Number> themeListener = (o, a, b) -> updateSelection();
    /** One side-list item per theme, built once and updated in place after each answer. */
    private final java.util.List<ThemeItem> themeItems = new java.util.ArrayList<>();
    private final java.util.Map<Page, ToggleButton> pageItems = new java.util.EnumMap<>(Page.class);
    private final VBox side;
    private final ToggleButton drawerButton = new ToggleButton("☰");
    private final javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane();
    /** An invisible label that always sits in the page: its font is the text size chosen. */
    private final Label fontProbe = new Label();
    private boolean compact;

    /** A theme's button in the side list, with its progress bar and count. */
    private record ThemeItem(ToggleButton button, ProgressBar bar, Label count, String title) {
    }

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
        // the header scrolls with the themes (at large text they keep the room); review, results, the
        // action plan and the workshop stay in view at the bottom, folded into one line when the list is short
        ScrollPane navScroll = new ScrollPane(new MeasuredBox(navTop, nav));
        navScroll.setFitToWidth(true);
        navScroll.getStyleClass().add("side-nav-scroll");
        navTop.getStyleClass().add("side-nav");
        navBottom.getStyleClass().add("side-nav");
        side = new MeasuredBox(navScroll, navBottom);
        VBox.setVgrow(navScroll, Priority.ALWAYS);
        side.setId("side-nav");
        side.getStyleClass().add("side-nav-column");
        root.setLeft(side);
        // at large text on a small screen the side list becomes a drawer over the page, opened by ☰
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        drawerButton.setId("nav-drawer");
        drawerButton.getStyleClass().add("drawer-button");
        drawerButton.setFocusTraversable(true);
        drawerButton.selectedProperty().addListener((o, a, open) -> showDrawer(open));
        root.widthProperty().addListener((o, a, b) -> fitSide());
        root.needsLayoutProperty().addListener((o, a, b) -> fitSide());
        side.heightProperty().addListener((o, a, b) -> fitFoot());
        fontProbe.fontProperty().addListener((o, a, b) -> fitFoot());
        buildNav();
        reviewView = new ReviewView(session.walkthrough(), i18n, id -> {
            session.walkthrough().goTo(id);
            show(Page.THEME);
        });
        hide(reviewView.root());
        stack.getChildren().setAll(reviewView.root(), fontProbe);
        session.walkthrough().progress().addListener(progressListener);
        session.walkthrough().themeIndexProperty().addListener(themeListener);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (walkthroughView != null && page == Page.THEME) {
                walkthroughView.onKey(event);
            }
        });
        show(page);
    }

    public Node root() {
        return root;
    }

    /** The side list's width: 20 times the text size, so that theme names keep to two lines. */
    private double sideWidth() {
        return 20 * navGroupFontSize();
    }

    private double navGroupFontSize() {
        return fontProbe.getFont().getSize();
    }

    /** Side list beside the page when it leaves the page room enough, else a drawer behind ☰. */
    private void fitSide() {
        double width = root.getWidth();
        if (width <= 0) {
            return;
        }
        side.setPrefWidth(sideWidth());
        side.setMinWidth(sideWidth());
        side.setMaxWidth(sideWidth());
        boolean narrow = width < 3.6 * sideWidth();
        if (narrow == compact) {
            return;
        }
        compact = narrow;
        if (compact) {
            root.setLeft(drawerRail());
        } else {
            drawerButton.setSelected(false);
            root.setLeft(side);
        }
    }

    private Node drawerRail() {
        drawerButton.setTooltip(new javafx.scene.control.Tooltip(i18n.get("nav.drawer")));
        drawerButton.setAccessibleText(i18n.get("nav.drawer"));
        VBox rail = new VBox(drawerButton);
        rail.setId("nav-rail");
        rail.getStyleClass().add("side-nav-rail");
        return rail;
    }

    private void showDrawer(boolean open) {
        if (open) {
            javafx.scene.layout.StackPane.setAlignment(side, Pos.TOP_LEFT);
            side.getStyleClass().add("drawer");
            if (!centre().getChildren().contains(side)) {
                centre().getChildren().add(side);
            }
        } else {
            side.getStyleClass().remove("drawer");
            centre().getChildren().remove(side);
        }
    }

    private javafx.scene.layout.StackPane centre() {
        return stack;
    }

    /**
     * Shows a page in the centre, in place of the one before. The review page is the exception: it stays
     * in the window, hidden and out of the layout while another page shows, so that reaching the end of
     * the walk-through (which opens it) styles no new page, only fills its lists. While the review page
     * shows, the walk-through stays too, hidden: going back to a question from the review (the way out
     * of the end of the walk-through) does not style the whole walk-through again.
     */
    private void setPage(Node node) {
        drawerButton.setSelected(false);
        Node review = reviewView.root();
        Node walk = walkthroughView == null ? null : walkthroughView.root();
        if (walk != null && node != walk && node != review) {
            stack.getChildren().remove(walk);
        }
        if (node != shownPage) {
            if (shownPage != null && shownPage != review && shownPage != walk) {
                stack.getChildren().remove(shownPage);
            }
            if (!stack.getChildren().contains(node)) {
                stack.getChildren().add(0, node);
            }
            if (node == review && walk != null && walk.getScene() != null) {
                // the walk-through's field loses the keyboard with its page
                review.requestFocus();
            }
            shownPage = node;
        }
        for (Node page : walk == null ? java.util.List.of(review) : java.util.List.of(review, walk)) {
            if (page == node) {
                page.setManaged(true);
                page.setVisible(true);
            } else {
                hide(page);
            }
        }
        root.setCenter(stack);
    }

    private static void hide(Node page) {
        page.setVisible(false);
        page.setManaged(false);
    }

    public Page page() {
        return page;
    }

    /** Stops listening to the models: call before the view is replaced. */
    public void dispose() {
        session.walkthrough().progress().removeListener(progressListener);
        session.walkthrough().themeIndexProperty().removeListener(themeListener);
        disposePage();
        if (walkthroughView != null) {
            walkthroughView.dispose();
            walkthroughView = null;
        }
    }

    private void disposePage() {
        // the walk-through is kept (built once per open assessment): leaving it hands over what is typed
        if (walkthroughView != null) {
            walkthroughView.leave();
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
            case PROFILE -> setPage(profilePage());
            case THEME -> {
                // built once: coming back from the review or the results shows it as it was left
                if (walkthroughView == null) {
                    walkthroughView = new WalkthroughView(session.walkthrough(), i18n, () -> show(Page.REVIEW));
                    if (services.trial()) {
                        walkthroughView.showSavesAsTrial();
                    }
                }
                boolean shownBefore = walkthroughView.root().getScene() != null;
                setPage(walkthroughView.root());
                if (shownBefore) {
                    // back from the review page, where it stayed hidden: the keys go to the question again
                    walkthroughView.takeFocus();
                }
            }
            case REVIEW -> {
                // built once, like the walk-through: each visit brings its lists up to date
                reviewView.refresh();
                setPage(reviewView.root());
            }
            case RESULTS -> setPage(new ResultsView(session.results(), i18n, this::addAction, onExportReport).root());
            case ACTIONS -> {
                actionPlanView = new ActionPlanView(session.actions(), i18n);
                setPage(actionPlanView.root());
            }
        }
        updateSelection();
    }

    private void addAction(ResultsViewModel.RecommendationRow row) {
        String title = row.question().recommendation().get(i18n.language());
        session.actions().addForQuestion(row.question().id(), title, LocalDate.now(services.clock()).plusMonths(3));
    }

    private Node profilePage() {
        ProfilePageViewModel model = new ProfilePageViewModel(services, session::saveProfile, session.organisation());
        Label title = new Label(i18n.get("profile.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(i18n.get("profile.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Button save = new Button(i18n.get("profile.save"));
        save.setId("profile-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> model.save(organisation -> {
            session.updateOrganisation(organisation);
            services.dialogs().notify(i18n.get("profile.saved"));
        }, failure -> services.dialogs().showError(i18n.get("error.save.title"),
                i18n.get("error.save.profile", Errors.message(failure, i18n)))));
        VBox box = new VBox(14, title, hint, new OrganisationProfileView(model.form(), i18n).root(), save);
        box.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Builds the side list once; answers then only move its bars and counts. */
    private void buildNav() {
        String lang = i18n.language();
        // in a questionnaire trial, going "home" goes back to the trial's page
        Button home = new Button("← " + i18n.get(services.trial() ? "nav.trial" : "nav.home"));
        home.setId("nav-home");
        home.getStyleClass().add("flat");
        home.setOnAction(e -> onHome.run());
        Label org = new Label(session.organisation().name() + " · " + session.entry().period());
        org.getStyleClass().add("nav-org");
        org.setWrapText(true);
        org.setMinHeight(Region.USE_PREF_SIZE);
        Label questionnaire = new Label(Typography.forDisplay(session.questionnaire().title().get(lang), lang));
        questionnaire.getStyleClass().add("muted");
        questionnaire.setWrapText(true);
        questionnaire.setMinHeight(Region.USE_PREF_SIZE);
        navTop.getChildren().setAll(home, org, questionnaire, new Separator(),
                item("nav-profile", i18n.get("nav.profile"), Page.PROFILE, () -> show(Page.PROFILE)));
        int index = 0;
        for (WalkthroughViewModel.ThemeProgress progress : session.walkthrough().progress()) {
            Theme theme = progress.theme();
            int themeIndex = index++;
            String title = Typography.forDisplay(theme.title().get(lang), lang);
            ToggleButton button = item("nav-theme-" + theme.id(), title, null, () -> {
                session.walkthrough().goToTheme(themeIndex);
                show(Page.THEME);
            });
            ProgressBar bar = new ProgressBar();
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            bar.getStyleClass().add("theme-progress");
            Label count = new Label();
            count.getStyleClass().add("muted");
            count.setId("nav-count-" + theme.id());
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(6, bar, count);
            line.setAlignment(Pos.CENTER_LEFT);
            Label label = new MeasuredLabel(title);
            label.getStyleClass().add("nav-theme-title");
            label.setMinHeight(Region.USE_PREF_SIZE);
            VBox graphic = new MeasuredBox(3, label, line);
            graphic.setMaxWidth(Double.MAX_VALUE);
            button.setText(null);
            button.setGraphic(graphic);
            button.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            themeItems.add(new ThemeItem(button, bar, count, title));
            nav.getChildren().add(button);
        }
        footItems.getChildren().setAll(
                item("nav-review", i18n.get("nav.review"), Page.REVIEW, () -> show(Page.REVIEW)),
                item("nav-results", i18n.get("nav.results"), Page.RESULTS, () -> show(Page.RESULTS)),
                item("nav-actions", i18n.get("nav.actions"), Page.ACTIONS, () -> show(Page.ACTIONS)));
        fr.caprse.ui.workshop.WorkshopLauncher.button(services, session, () -> onWorkshopClosed.run()).ifPresent(workshop -> {
            if (workshop instanceof javafx.scene.control.Labeled labeled) {
                labeled.setAlignment(Pos.CENTER_LEFT);
            }
            footItems.getChildren().add(workshop);
        });
        footToggle.setId("nav-foot");
        footToggle.setText(i18n.get("nav.foot"));
        footToggle.setWrapText(true);
        footToggle.setMinHeight(Region.USE_PREF_SIZE);
        footToggle.setMaxWidth(Double.MAX_VALUE);
        footToggle.setAlignment(Pos.CENTER_LEFT);
        footToggle.getStyleClass().addAll("nav-item", "nav-foot");
        footToggle.selectedProperty().addListener((o, a, open) -> showFoot());
        footToggle.managedProperty().bind(footToggle.visibleProperty());
        footItems.managedProperty().bind(footItems.visibleProperty());
        navBottom.getChildren().setAll(new Separator(), footToggle, footItems);
        showFoot();
        updateProgress();
    }

    /**
     * Folds the foot of the side list into one line ("Revue, résultats, plan…") when, unfolded, it
     * would leave the themes room for fewer than three of them (large text on a small screen); the
     * line opens it. Unfolded whenever there is room.
     */
    private void fitFoot() {
        double height = side.getHeight();
        if (height <= 0 || themeItems.isEmpty()) {
            return;
        }
        double width = side.getWidth() > 0 ? side.getWidth() : -1;
        // room for the header (it scrolls with the themes) and three themes and a half under it
        double themes = 3.5 * themeItems.get(0).button().prefHeight(width);
        boolean fold = height < footItems.prefHeight(width) + navTop.prefHeight(width) + themes;
        if (fold != footFolded) {
            footFolded = fold;
            footToggle.setSelected(false);
            showFoot();
        }
    }

    private void showFoot() {
        footToggle.setVisible(footFolded);
        footToggle.setText(i18n.get("nav.foot") + (footToggle.isSelected() ? " ▾" : " ▸"));
        footItems.setVisible(!footFolded || footToggle.isSelected());
    }

    /** What to do when the workshop window closes (its consensus answers changed the assessment). */
    public void setOnWorkshopClosed(Runnable action) {
        onWorkshopClosed = action;
    }

    /** After an answer: each theme's bar and count, nothing rebuilt. */
    private void updateProgress() {
        var progress = session.walkthrough().progress();
        for (int i = 0; i < progress.size() && i < themeItems.size(); i++) {
            WalkthroughViewModel.ThemeProgress p = progress.get(i);
            ThemeItem item = themeItems.get(i);
            item.bar().setProgress(p.applicable() == 0 ? 1 : (double) p.answered() / p.applicable());
            String count = p.answered() + "/" + p.applicable();
            if (!count.equals(item.count().getText())) {
                item.count().setText(count);
                item.button().setAccessibleText(item.title() + " " + count);
            }
        }
    }

    /** The page or theme shown is the one selected in the side list. */
    private void updateSelection() {
        int current = session.walkthrough().themeIndexProperty().get();
        for (int i = 0; i < themeItems.size(); i++) {
            themeItems.get(i).button().setSelected(page == Page.THEME && i == current);
        }
        pageItems.forEach((p, button) -> button.setSelected(p == page));
    }

    private ToggleButton item(String id, String text, Page itemPage, Runnable action) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(navGroup);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        if (itemPage != null) {
            pageItems.put(itemPage, button);
        }
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add("nav-item");
        // a click on the selected item keeps it selected: the list always shows where the user is
        button.setOnAction(e -> {
            action.run();
            updateSelection();
        });
        return button;
    }
}
