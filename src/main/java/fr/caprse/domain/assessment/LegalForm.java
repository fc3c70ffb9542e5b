package fr.caprse.domain.assessment;

import java.util.List;
import java.util.Locale;

/**
 * Legal form codes as used in files and in {@code org.legal_form}. {@link #WITH_MEMBERS} are the forms
 * with members who vote (democratic governance questions apply to them).
 */
public final class LegalForm {

    public static final List<String> CODES = List.of("company", "sole-trader", "association", "scop", "scic",
            "cooperative", "mutual", "foundation", "public-body", "other");
    public static final List<String> WITH_MEMBERS = List.of("association", "scop", "scic", "cooperative", "mutual");

    private LegalForm() {
    }

    /** Codes are compared in lower case: {@code SCOP} and {@code scop} are the same form. */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toLowerCase(Locale.ROOT);
    }

    /** The code a written legal form stands for ({@code "SCOP"} is {@code scop}), if it stands for one. */
    public static java.util.Optional<String> codeOf(String written) {
        String code = normalise(written);
        return CODES.contains(code) ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    public static boolean isKnown(String code) {
        return CODES.contains(normalise(code));
    }
}
