package fr.caprse.ui.review;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import fr.caprse.ui.walkthrough.WalkthroughViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The review page: unanswered and flagged questions, each one click away in the walk-through. Built once
 * per open assessment, empty; each visit brings its lists up to date ({@link #refresh()}), each question's
 * link made the first time it is listed and kept, so that reaching the end of the walk-through does not
 * build a page.
 */
public final class ReviewView {

    private final WalkthroughViewModel model;
    private final I18n i18n;
    private final Consumer<String> openQuestion;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final VBox unanswered = new VBox(4);
    private final VBox flagged = new VBox(4);
    private final Label unansweredTitle = new Label();
    private final Label flaggedTitle = new Label();
    private final Label allAnswered = new Label();
    private final Label noneFlagged = new Label();
    private final Map<String, Hyperlink> links = new HashMap<>();

    public ReviewView(WalkthroughViewModel model, I18n i18n, Consumer<String> openQuestion) {
        this.model = model;
        this.i18n = i18n;
        this.openQuestion = openQuestion;
        root.setFitToWidth(true);
        content.getStyleClass().add("page");
        Label title = new Label(i18n.get("review.title"));
        title.getStyleClass().add("page-title");
        unanswered.setId("review-unanswered");
        flagged.setId("review-flagged");
        unansweredTitle.getStyleClass().add("section-title");
        flaggedTitle.getStyleClass().add("section-title");
        allAnswered.setText(i18n.get("review.all-answered"));
        noneFlagged.setText(i18n.get("results.none"));
        content.getChildren().addAll(title, unansweredTitle, unanswered, flaggedTitle, flagged);
    }

    /**
     * Lists the questions unanswered and flagged now (call it before showing the page); a list that did not
     * change is left as it is.
     */
    public void refresh() {
        List<Node> missing = new ArrayList<>();
        List<Node> marked = new ArrayList<>();
        for (Theme theme : model.questionnaire().themes()) {
            for (Question question : theme.questions()) {
                if (!question.type().isAnswered() || !model.applies(question)) {
                    continue;
                }
                var answer = model.answerOf(question);
                if (!answer.isAnswered()) {
                    missing.add(link(theme, question, "review-open-"));
                }
                if (answer.flagged()) {
                    marked.add(link(theme, question, "review-flag-"));
                }
            }
        }
        unansweredTitle.setText(i18n.get("review.unanswered", missing.size()));
        flaggedTitle.setText(i18n.get("review.flagged", marked.size()));
        show(unanswered, missing.isEmpty() ? List.of(allAnswered) : missing);
        show(flagged, marked.isEmpty() ? List.of(noneFlagged) : marked);
        // each visit opens at the top, as a new page would
        root.setVvalue(0);
    }

    private static void show(VBox list, List<Node> items) {
        if (!list.getChildren().equals(items)) {
            list.getChildren().setAll(items);
        }
    }

    private Hyperlink link(Theme theme, Question question, String prefix) {
        Hyperlink kept = links.computeIfAbsent(prefix + question.id(), id -> {
            String lang = i18n.language();
            // French spacing as the walk-through shows it (no lone "?" on a line of its own)
            Hyperlink link = new Hyperlink(Typography.forDisplay(theme.title().get(lang) + " · " + question.text().get(lang), lang));
            link.setId(id);
            link.setWrapText(true);
            link.setOnAction(e -> openQuestion.accept(question.id()));
            return link;
        });
        // listed again, it reads as a new page's link would (not as visited)
        kept.setVisited(false);
        return kept;
    }

    public Node root() {
        return root;
    }
}
