package fr.caprse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The brand colours are named once: the stylesheet uses them by name and defines none of its own. */
class PaletteTest {

    @Test
    void everyCaprseColourTheStylesheetUsesComesFromThePalette() throws IOException {
        String css;
        try (InputStream in = PaletteTest.class.getResourceAsStream("/fr/caprse/ui/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String variables = Palette.cssVariables();
        Matcher used = Pattern.compile("-caprse-[a-z0-9-]+").matcher(css);
        Matcher defined = Pattern.compile("(-caprse-[a-z0-9-]+)\\s*:").matcher(css);
        java.util.Set<String> definedInCss = new java.util.HashSet<>();
        while (defined.find()) {
            definedInCss.add(defined.group(1));
        }
        while (used.find()) {
            String name = used.group();
            assertThat(definedInCss.contains(name) || variables.contains(name + ":"))
                    .as("%s is defined by the palette or by app.css from AtlantaFX's colours", name).isTrue();
        }
        for (Palette colour : Palette.values()) {
            assertThat(definedInCss).as("app.css must not define %s again", colour.cssName()).doesNotContain(colour.cssName());
        }
        assertThat(css).as("no hex colour left in the stylesheet").doesNotContainPattern("#[0-9a-fA-F]{6}\\b");
    }

    @Test
    void tintsGoFromTheColourToWhite() {
        assertThat(Palette.BRAND.tint(0)).isEqualTo(Palette.BRAND.rgb());
        assertThat(Palette.BRAND.tint(1)).containsExactly((byte) 255, (byte) 255, (byte) 255);
        assertThat(Palette.BRAND.hex()).isEqualTo("#1f6f5c");
    }
}
