package fr.caprse.domain.questionnaire;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders questionnaire versions by the precedence rules of Semantic Versioning 2.0.0 (section 11):
 * major, minor, patch compared as numbers; a pre-release ({@code 1.1.0-draft.1}) comes before its
 * release; pre-release identifiers compared one by one, numbers as numbers and below words; build
 * metadata ({@code +...}) ignored. So {@code 1.10.0} is newer than {@code 1.9.0}.
 */
public final class SemanticVersions {

    /** The comparator over version strings; a string that is not a semantic version sorts first. */
    public static final Comparator<String> ORDER = SemanticVersions::compare;

    private SemanticVersions() {
    }

    /** Negative when {@code a} precedes {@code b}, zero when they have the same precedence. */
    public static int compare(String a, String b) {
        String[] x = split(a);
        String[] y = split(b);
        for (int i = 0; i < 3; i++) {
            int byNumber = number(x[i]).compareTo(number(y[i]));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        String preA = x[3];
        String preB = y[3];
        if (preA == null || preB == null) {
            return preA == null ? (preB == null ? 0 : 1) : -1;
        }
        String[] idsA = preA.split("\\.", -1);
        String[] idsB = preB.split("\\.", -1);
        for (int i = 0; i < Math.min(idsA.length, idsB.length); i++) {
            int byIdentifier = identifier(idsA[i], idsB[i]);
            if (byIdentifier != 0) {
                return byIdentifier;
            }
        }
        return Integer.compare(idsA.length, idsB.length);
    }

    /** {@code [major, minor, patch, pre-release or null]}; anything unreadable counts as 0.0.0. */
    private static String[] split(String version) {
        String core = version == null ? "" : version;
        int plus = core.indexOf('+');
        if (plus >= 0) {
            core = core.substring(0, plus);
        }
        String pre = null;
        int dash = core.indexOf('-');
        if (dash >= 0) {
            pre = core.substring(dash + 1);
            core = core.substring(0, dash);
        }
        String[] parts = core.split("\\.", -1);
        String[] result = {"0", "0", "0", pre};
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            result[i] = parts[i];
        }
        return result;
    }

    private static BigInteger number(String digits) {
        return isNumber(digits) ? new BigInteger(digits) : BigInteger.valueOf(-1);
    }

    private static int identifier(String a, String b) {
        boolean numberA = isNumber(a);
        boolean numberB = isNumber(b);
        if (numberA && numberB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
