package fr.caprse.ui.authoring;

import fr.caprse.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The band above a questionnaire being tried: says that nothing is saved, and ends the trial. */
public final class TrialBanner {

    private TrialBanner() {
    }

    /** {@code page} (the open assessment's view) under the band. */
    public static Node around(Node page, String questionnaireTitle, I18n i18n, Runnable end) {
        Label text = new Label(i18n.get("trial.banner", questionnaireTitle));
        text.setId("trial-banner");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button endButton = new Button(i18n.get("trial.end"));
        endButton.setId("trial-end");
        endButton.setMinWidth(Button.USE_PREF_SIZE);
        endButton.setOnAction(e -> end.run());
        HBox band = new HBox(12, text, endButton);
        band.setAlignment(Pos.CENTER_LEFT);
        band.getStyleClass().add("trial-banner");
        BorderPane wrapped = new BorderPane(page);
        wrapped.setTop(band);
        return wrapped;
    }
}
