package fr.caprse.ui.common;

import fr.caprse.platform.Palette;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.paint.Color;

/** The app's colours in JavaFX terms, from the one {@link Palette} the Excel report uses too. */
public final class Theme {

    private Theme() {
    }

    /**
     * A stylesheet (a {@code data:} URL) that names every palette colour as a looked-up colour
     * ({@code -caprse-brand}...); add it to the scene before {@code app.css}, which uses them.
     */
    public static String paletteStylesheet() {
        byte[] css = Palette.cssVariables().getBytes(StandardCharsets.UTF_8);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css);
    }

    /** A palette colour for drawing in code (charts). */
    public static Color colour(Palette colour) {
        return Color.web(colour.hex());
    }
}
