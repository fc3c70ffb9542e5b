package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses without an error: JavaFX only logs a broken rule (a brace lost in a merge)
 * and then drops every rule after it, so the window would quietly lose its look.
 */
class AppStylesheetTest {

    @Test
    void theStylesheetParsesWithoutAnError() throws Exception {
        URL css = MainWindow.class.getResource("app.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        var stylesheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(stylesheet.getRules()).as("rules read").hasSizeGreaterThan(50);
    }
}
