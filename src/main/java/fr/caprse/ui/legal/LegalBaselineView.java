package fr.caprse.ui.legal;

import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The legal obligations a questionnaire's statements build on, with the date they were checked ("valid
 * as of"): the law moves, and a manager reading a question about waste sorting or the equality index must
 * know as of when it holds. Shown closed under the theme's title in the walk-through (one pane, filled for
 * the theme shown; opened in a theme, it stays open from one question to the next), and as a
 * section of the results page listing every theme's obligations. Nothing is shown when the questionnaire
 * states no law (a user's own questionnaire, vsme-basic).
 */
public final class LegalBaselineView {

    private final I18n i18n;
    /** The walk-through's pane, made once: each theme fills its title and obligations. */
    private TitledPane themePane;
    private final VBox themeItems = new fr.caprse.ui.common.MeasuredBox(6);
    private final List<Label> itemPool = new java.util.ArrayList<>();
    /** The theme the pane shows, and the themes whose pane the user left open. */
    private String paneTheme;
    private final Set<String> openThemes = new HashSet<>();

    public LegalBaselineView(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * The theme's obligations under its title, closed unless the user opened them in this theme; empty
     * when the theme states none. One pane serves every theme: a new theme changes its texts, not its
     * controls, so moving to the next theme costs the page no new controls to style and lay out.
     */
    public Optional<Node> forTheme(Theme theme) {
        LegalBaseline baseline = theme.legalBaseline();
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        if (themePane == null) {
            themeItems.getChildren().add(note());
            themePane = new TitledPane("", themeItems);
            themePane.setId("legal-baseline");
            themePane.getStyleClass().add("legal-baseline");
            themePane.setExpanded(false);
            themePane.setAnimated(false);
            themePane.setWrapText(true);
            themePane.setMinHeight(Region.USE_PREF_SIZE);
            themePane.expandedProperty().addListener((o, was, open) -> {
                if (open) {
                    openThemes.add(paneTheme);
                } else {
                    openThemes.remove(paneTheme);
                }
            });
        }
        if (!theme.id().equals(paneTheme)) {
            paneTheme = theme.id();
            themePane.setText(i18n.get("legal.theme", date(baseline.asOf()), baseline.items().size()));
            fillItems(baseline.items(), "legal-item-" + theme.id() + "-");
            themePane.setExpanded(openThemes.contains(theme.id()));
        }
        return Optional.of(themePane);
    }

    /** Shows the theme's obligations in the first labels of the pool (made when a theme has more than any before). */
    private void fillItems(List<Text> items, String idPrefix) {
        String lang = i18n.language();
        while (itemPool.size() < items.size()) {
            Label item = item();
            itemPool.add(item);
            themeItems.getChildren().add(themeItems.getChildren().size() - 1, item);
        }
        for (int i = 0; i < itemPool.size(); i++) {
            Label item = itemPool.get(i);
            boolean used = i < items.size();
            item.setVisible(used);
            // a hidden label answers to no id: look-ups find only the obligations shown
            String id = used ? idPrefix + (i + 1) : null;
            if (!java.util.Objects.equals(id, item.getId())) {
                item.setId(id);
            }
            if (used) {
                item.setText("• " + Typography.forDisplay(items.get(i).get(lang), lang));
            }
        }
    }

    private static Label item() {
        Label item = new fr.caprse.ui.common.MeasuredLabel();
        item.setWrapText(true);
        item.setMinHeight(Region.USE_PREF_SIZE);
        item.managedProperty().bind(item.visibleProperty());
        return item;
    }

    /**
     * The results page's section: the date the questionnaire's legal statements were checked and, one
     * theme after the other, its obligations (closed until asked for); empty when the questionnaire states
     * no law.
     */
    public Optional<Node> forQuestionnaire(Questionnaire questionnaire) {
        Optional<LocalDate> asOf = questionnaire.legalValidAsOf();
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        String lang = i18n.language();
        Label title = new Label(i18n.get("legal.results.title"));
        title.getStyleClass().add("section-title");
        Label validAsOf = new Label(i18n.get("legal.results.valid-as-of", date(asOf.get())));
        validAsOf.setId("legal-valid-as-of");
        validAsOf.setWrapText(true);
        validAsOf.setMinHeight(Region.USE_PREF_SIZE);
        VBox list = new VBox(6);
        int count = 0;
        for (Theme theme : questionnaire.themes()) {
            LegalBaseline baseline = theme.legalBaseline();
            if (baseline.isEmpty()) {
                continue;
            }
            Label themeTitle = new Label(i18n.get("legal.results.theme",
                    Typography.forDisplay(theme.title().get(lang), lang), date(baseline.asOf())));
            themeTitle.getStyleClass().add("legal-theme");
            themeTitle.setWrapText(true);
            themeTitle.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().add(themeTitle);
            list.getChildren().addAll(items(baseline.items(), "legal-results-" + theme.id() + "-"));
            count += baseline.items().size();
        }
        TitledPane all = new TitledPane(i18n.get("legal.results.show", count), list);
        all.setId("legal-results-list");
        all.setExpanded(false);
        all.setAnimated(false);
        all.setWrapText(true);
        all.setMinHeight(Region.USE_PREF_SIZE);
        VBox section = new VBox(8, title, validAsOf, note(), all);
        section.setId("legal-results");
        section.getStyleClass().add("legal-section");
        return Optional.of(section);
    }

    private List<Label> items(List<Text> items, String idPrefix) {
        String lang = i18n.language();
        List<Label> labels = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Label item = item();
            item.setText("• " + Typography.forDisplay(items.get(i).get(lang), lang));
            item.setId(idPrefix + (i + 1));
            labels.add(item);
        }
        return labels;
    }

    private Label note() {
        Label note = new fr.caprse.ui.common.MeasuredLabel(i18n.get("legal.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    /** "27 novembre 2026", "27 November 2026": day first in both languages, as the app's other dates. */
    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", i18n.locale()).format(date);
    }
}
