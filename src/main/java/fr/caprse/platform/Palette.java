package fr.caprse.platform;

import java.util.Locale;

/**
 * The brand colours of Cap RSE, named once for the three places that draw: the app's stylesheet (as
 * the {@code -caprse-*} looked-up colours, from {@link #cssVariables()}), the charts drawn in code (the
 * results radar: {@link #BRAND} for this period, {@link #PREVIOUS} for the one before) and the Excel
 * report (headers, titles, level fills, chart series). Change a colour here and all three follow.
 */
public enum Palette {

    BRAND("brand", 0x1F6F5C),
    BRAND_DARK("brand-dark", 0x15503F),
    BRAND_SOFT("brand-soft", 0xE3F1EC),
    /** Level 0, not engaged. */
    LEVEL_0("level-0", 0xC0392B),
    /** Level 1, emerging. */
    LEVEL_1("level-1", 0xE67E22),
    /** Level 2, structured. */
    LEVEL_2("level-2", 0xD4AC0D),
    /** Level 3, deployed. */
    LEVEL_3("level-3", 0x27AE60),
    /** Level 4, exemplary. */
    LEVEL_4("level-4", 0x1F6F5C),
    ERROR("error", 0xB03A2E),
    /** The previous period, beside this one (radar, report chart). */
    PREVIOUS("previous", 0xE67E22),
    /** Secondary text of the report (notes, subtitles). */
    GREY("grey", 0x8C8C8C),
    /** Thin borders of tables. */
    BORDER("border", 0xBFBFBF);

    private final String name;
    private final int rgb;

    Palette(String name, int rgb) {
        this.name = name;
        this.rgb = rgb;
    }

    /** The colour of a maturity level, 0 to 4. */
    public static Palette level(int level) {
        return switch (level) {
            case 0 -> LEVEL_0;
            case 1 -> LEVEL_1;
            case 2 -> LEVEL_2;
            case 3 -> LEVEL_3;
            case 4 -> LEVEL_4;
            default -> throw new IllegalArgumentException("no maturity level " + level);
        };
    }

    /** {@code #1f6f5c}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** Red, green, blue, 0 to 255 each. */
    public byte[] rgb() {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    /**
     * The colour mixed with white: {@code 0} gives the colour, {@code 1} white. Light fills (Excel level
     * cells, printed in black and white too) are tints of the brand and level colours.
     */
    public byte[] tint(double white) {
        byte[] tinted = new byte[3];
        for (int i = 0; i < 3; i++) {
            int channel = (rgb >> (16 - 8 * i)) & 0xFF;
            tinted[i] = (byte) Math.round(channel + (255 - channel) * white);
        }
        return tinted;
    }

    /** The looked-up colour name in the stylesheet, {@code -caprse-brand}. */
    public String cssName() {
        return "-caprse-" + name;
    }

    /** {@code .root { -caprse-brand: #1f6f5c; ... }}: every colour, for the app's stylesheet to use by name. */
    public static String cssVariables() {
        StringBuilder css = new StringBuilder(".root {\n");
        for (Palette colour : values()) {
            css.append("    ").append(colour.cssName()).append(": ").append(colour.hex()).append(";\n");
        }
        return css.append("}\n").toString();
    }
}
