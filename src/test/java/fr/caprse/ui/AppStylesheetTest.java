package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses without an error: a rule left open (a brace lost when two changes to the file
 * meet) makes JavaFX drop every rule after it, silently but for a line in the log.
 */
class AppStylesheetTest {

    @Test
    void theStylesheetParsesWithoutAnError() throws Exception {
        CssParser.errorsProperty().clear();
        new CssParser().parse(MainWindow.class.getResource("app.css"));
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
    }
}
