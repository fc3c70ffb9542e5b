package fr.caprse.ui.legal;

import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The legal obligations a questionnaire's statements build on, with the date they were checked ("valid
 * as of"): the law moves, and a manager reading a question about waste sorting or the equality index must
 * know as of when it holds. Shown closed under the theme's title in the walk-through (one pane per theme,
 * built once and kept, so it stays open from one question to the next when the user opened it), and as a
 * section of the results page listing every theme's obligations. Nothing is shown when the questionnaire
 * states no law (a user's own questionnaire, vsme-basic).
 */
public final class LegalBaselineView {

    private final I18n i18n;
    private final Map<String, TitledPane> themePanes = new HashMap<>();

    public LegalBaselineView(I18n i18n) {
        this.i18n = i18n;
    }

    /** The theme's obligations, closed under its title; empty when the theme states none. */
    public Optional<Node> forTheme(Theme theme) {
        LegalBaseline baseline = theme.legalBaseline();
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(themePanes.computeIfAbsent(theme.id(), id -> {
            // measured once per width: closed, the pane still asks its content's height on every layout
            VBox box = new fr.caprse.ui.common.MeasuredBox(6);
            box.getChildren().addAll(items(baseline.items(), "legal-item-" + id + "-"));
            box.getChildren().add(note());
            TitledPane pane = new TitledPane(i18n.get("legal.theme", date(baseline.asOf()), baseline.items().size()), box);
            pane.setId("legal-baseline");
            pane.getStyleClass().add("legal-baseline");
            pane.setExpanded(false);
            pane.setAnimated(false);
            pane.setWrapText(true);
            pane.setMinHeight(Region.USE_PREF_SIZE);
            return pane;
        }));
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
            Label item = new Label("• " + Typography.forDisplay(items.get(i).get(lang), lang));
            item.setId(idPrefix + (i + 1));
            item.setWrapText(true);
            item.setMinHeight(Region.USE_PREF_SIZE);
            labels.add(item);
        }
        return labels;
    }

    private Label note() {
        Label note = new Label(i18n.get("legal.note"));
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
