package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet the app ships parses without an error. JavaFX only logs a CSS error and drops the
 * rules after it, so a lost brace silently unstyles half the app (it happened once, in a merge): this
 * test reads JavaFX's own parser's error list.
 */
class StylesheetsParseTest {

    @BeforeEach
    @AfterEach
    void clearErrors() {
        CssParser.errorsProperty().clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fr/caprse/ui/app.css", "/fr/caprse/ui/workshop/projector.css"})
    void parsesWithoutError(String resource) throws IOException {
        URL url = StylesheetsParseTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        var stylesheet = new CssParser().parse(url);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as("CSS errors in %s", resource).isEmpty();
        assertThat(stylesheet.getRules()).as("rules read from %s", resource).isNotEmpty();
    }
}
