package fr.caprse.ui.review;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.walkthrough.WalkthroughViewModel;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The review page: unanswered and flagged questions, each one click away in the walk-through. */
public final class ReviewView {

    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);

    public ReviewView(WalkthroughViewModel model, I18n i18n, Consumer<String> openQuestion) {
        root.setFitToWidth(true);
        content.getStyleClass().add("page");
        String lang = i18n.language();
        Label title = new Label(i18n.get("review.title"));
        title.getStyleClass().add("page-title");
        VBox unanswered = new VBox(4);
        unanswered.setId("review-unanswered");
        VBox flagged = new VBox(4);
        flagged.setId("review-flagged");
        int missing = 0;
        int marked = 0;
        for (Theme theme : model.questionnaire().themes()) {
            for (Question question : theme.questions()) {
                if (!question.type().isAnswered() || !model.applies(question)) {
                    continue;
                }
                var answer = model.answerOf(question);
                if (!answer.isAnswered()) {
                    unanswered.getChildren().add(link(theme, question, lang, openQuestion, "review-open-"));
                    missing++;
                }
                if (answer.flagged()) {
                    flagged.getChildren().add(link(theme, question, lang, openQuestion, "review-flag-"));
                    marked++;
                }
            }
        }
        Label unansweredTitle = new Label(i18n.get("review.unanswered", missing));
        unansweredTitle.getStyleClass().add("section-title");
        Label flaggedTitle = new Label(i18n.get("review.flagged", marked));
        flaggedTitle.getStyleClass().add("section-title");
        if (missing == 0) {
            unanswered.getChildren().add(new Label(i18n.get("review.all-answered")));
        }
        if (marked == 0) {
            flagged.getChildren().add(new Label(i18n.get("results.none")));
        }
        content.getChildren().addAll(title, unansweredTitle, unanswered, flaggedTitle, flagged);
    }

    private static Hyperlink link(Theme theme, Question question, String lang, Consumer<String> open, String prefix) {
        Hyperlink link = new Hyperlink(theme.title().get(lang) + " · " + question.text().get(lang));
        link.setId(prefix + question.id());
        link.setWrapText(true);
        link.setOnAction(e -> open.accept(question.id()));
        return link;
    }

    public Node root() {
        return root;
    }
}
