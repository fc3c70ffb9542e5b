package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** For the large-text tests: every labelled control that is shown draws its whole text (no "…"). */
public final class WholeTexts {

    private WholeTexts() {
    }

    /** Every labelled control under {@code parent} that is shown draws its whole text. */
    public static void assertNothingCut(Parent parent, String where) {
        List<String> cut = new ArrayList<>();
        collect(parent, cut);
        assertThat(cut).as("texts cut in %s", where).isEmpty();
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            String shown = shownText(labeled);
            if (shown != null && !shown.replace("\n", " ").equals(expected.replace("\n", " "))) {
                cut.add("\"" + expected + "\" shown as \"" + shown + "\" (" + labeled.getId() + ")");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** The text a labelled control draws (its skin's text node), or null when it draws none. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
