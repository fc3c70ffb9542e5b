package fr.caprse.i18n;

import java.util.regex.Pattern;

/**
 * French typography for texts shown on screen: the space before {@code ? ! : ;} (and inside « »)
 * becomes a non-breaking one, so that a lone "?" never wraps to a line of its own. English texts are
 * left as they are.
 */
public final class Typography {

    private static final char NBSP = '\u00a0';
    private static final Pattern BEFORE = Pattern.compile("[ \\u202f](?=[?!:;»])");
    private static final Pattern AFTER = Pattern.compile("(?<=«)[ \\u202f]");

    private Typography() {
    }

    /** The text as it should be shown in {@code language} ("fr" or "en"). */
    public static String forDisplay(String text, String language) {
        if (text == null || !"fr".equals(language) || text.isEmpty()) {
            return text;
        }
        String spaced = BEFORE.matcher(text).replaceAll(String.valueOf(NBSP));
        return AFTER.matcher(spaced).replaceAll(String.valueOf(NBSP));
    }
}
