package fr.caprse.ui.common;

import java.util.List;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Buttons of a bar that give up their words for an icon, with the words as tooltip and accessible
 * text, when the bar is too narrow for them (large text on a small screen): a button shows all of its
 * text or only its icon, never a cut word.
 */
public final class CompactButtons {

    /** A button, its icon, and its full text (mnemonic underscores included). */
    public record Item(ButtonBase button, String icon, String text) {
    }

    private CompactButtons() {
    }

    /** Keeps the buttons of {@code bar} whole: full texts when they fit, icons otherwise. */
    public static void install(Region bar, List<Item> items) {
        for (Item item : items) {
            item.button().setMinWidth(Region.USE_PREF_SIZE);
            item.button().setAccessibleText(item.text().replace("_", ""));
        }
        Runnable fit = () -> fit(bar, items);
        bar.widthProperty().addListener((o, a, b) -> fit.run());
        bar.sceneProperty().addListener((o, a, b) -> fit.run());
        // a new text size changes what fits: the bar's font follows the root's, so listen to layout
        bar.needsLayoutProperty().addListener((o, a, b) -> {
            if (b) {
                fit.run();
            }
        });
        fit.run();
    }

    private static void fit(Region bar, List<Item> items) {
        if (bar.getWidth() <= 0) {
            return;
        }
        // what the bar needs with the full texts: its other children as they are, plus each button in full
        double others = 0;
        for (javafx.scene.Node child : bar.getChildrenUnmodifiable()) {
            boolean isItem = items.stream().anyMatch(i -> i.button() == child);
            if (!isItem && child.isManaged()) {
                others += child.minWidth(-1);
            }
        }
        double full = 0;
        for (Item item : items) {
            full += textWidth(item) + item.button().snappedLeftInset() + item.button().snappedRightInset();
        }
        double spacing = bar instanceof javafx.scene.layout.HBox box ? box.getSpacing() * (bar.getChildrenUnmodifiable().size() - 1) : 0;
        boolean compact = full + others + spacing + bar.snappedLeftInset() + bar.snappedRightInset() > bar.getWidth();
        for (Item item : items) {
            String wanted = compact ? item.icon() : item.text();
            if (!wanted.equals(item.button().getText())) {
                item.button().setText(wanted);
                item.button().setTooltip(compact ? new Tooltip(item.text().replace("_", "")) : null);
            }
        }
    }

    private static double textWidth(Item item) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(item.text().replace("_", ""));
        probe.setFont(item.button().getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
    }
}
