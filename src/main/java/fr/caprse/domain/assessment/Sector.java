package fr.caprse.domain.assessment;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activity sector of an organisation: a NACE rev. 2 code (a section letter, a division, a group or
 * a class: {@code C}, {@code C25}, {@code 25.1}, {@code 25.11}), or the French NAF/APE code as it is
 * written on a Kbis or an INSEE notice ({@code 16.23Z}, {@code 1623Z}, {@code 16 23 z}). Each is kept in
 * one canonical form: upper case, a dot after the division ({@code 25.11}, {@code 16.23Z}).
 */
public final class Sector {

    private static final Pattern NAF = Pattern.compile("(\\d{2})\\.?(\\d{2})([A-Z])");
    private static final Pattern NACE = Pattern.compile("([A-U])?(\\d{2})(?:\\.?(\\d{1,2}))?");
    private static final Pattern SECTION = Pattern.compile("[A-U]");

    private Sector() {
    }

    /** The canonical form of a NACE or NAF code as written; empty when it is neither. */
    public static Optional<String> canonical(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String code = written.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher naf = NAF.matcher(code);
        if (naf.matches()) {
            return Optional.of(naf.group(1) + "." + naf.group(2) + naf.group(3));
        }
        if (SECTION.matcher(code).matches()) {
            return Optional.of(code);
        }
        Matcher nace = NACE.matcher(code);
        if (nace.matches()) {
            String section = nace.group(1) == null ? "" : nace.group(1);
            return Optional.of(section + nace.group(2) + (nace.group(3) == null ? "" : "." + nace.group(3)));
        }
        return Optional.empty();
    }

    public static boolean isValid(String written) {
        return canonical(written).isPresent();
    }
}
