package fr.caprse.domain.assessment;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Legal form codes as used in files and in {@code org.legal_form}. {@link #WITH_MEMBERS} are the forms
 * with members who vote (democratic governance questions apply to them).
 *
 * <p>French people write the form of their organisation the way it appears on its papers: SARL, SAS,
 * SASU, EURL, SA (companies), EI or micro-entreprise (sole traders), fondation, mutuelle, coopérative.
 * Those are read as aliases of the codes, in any case, with or without accents, dots or hyphens.
 */
public final class LegalForm {

    public static final List<String> CODES = List.of("company", "sole-trader", "association", "scop", "scic",
            "cooperative", "mutual", "foundation", "public-body", "other");
    public static final List<String> WITH_MEMBERS = List.of("association", "scop", "scic", "cooperative", "mutual");

    /** The names French people write, by the code they stand for. */
    public static final Map<String, List<String>> ALIASES = Map.of(
            "company", List.of("SARL", "SAS", "SASU", "EURL", "SA"),
            "sole-trader", List.of("EI", "micro-entreprise", "auto-entrepreneur", "entreprise individuelle"),
            "foundation", List.of("fondation"),
            "mutual", List.of("mutuelle"),
            "cooperative", List.of("coopérative"),
            "public-body", List.of("collectivité", "établissement public"));

    /** Accents once the letters are decomposed; what a key leaves out between words. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._\\-'’]+");

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String code : CODES) {
            BY_KEY.put(key(code), code);
        }
        ALIASES.forEach((code, names) -> names.forEach(name -> BY_KEY.put(key(name), code)));
    }

    private LegalForm() {
    }

    /** Codes are compared in lower case: {@code SCOP} and {@code scop} are the same form. */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The code a written legal form stands for: a code in any case, or an alias ({@code SARL},
     * {@code Fondation}, {@code coopérative}, {@code micro entreprise}...). Empty when it is none of them.
     */
    public static Optional<String> code(String written) {
        return written == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(written)));
    }

    public static boolean isKnown(String written) {
        return code(written).isPresent();
    }

    /** Whether {@code written} is a code itself (any case), rather than an alias or unknown. */
    public static boolean isCode(String written) {
        return written != null && CODES.contains(normalise(written));
    }

    /** Lower case, no accents, no spaces, dots, hyphens or underscores: {@code S.A.R.L.} and {@code sarl} meet. */
    private static String key(String text) {
        String trimmed = text.trim();
        // plain ASCII has no accent to take off: the JDK's Unicode tables are read only for the others
        String plain = isAscii(trimmed) ? trimmed
                : MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
