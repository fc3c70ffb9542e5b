package fr.caprse.application.form;

import fr.caprse.domain.assessment.Organisation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The return code of a campaign's form ({@code 7KQ2-M9XD}): eight characters of Crockford's base 32 (no
 * I, L, O or U, so nothing reads as another letter or a digit) derived from the questionnaire id and the
 * organisation's registry id, or its name when it has none. Writing the same campaign again gives the
 * same codes, and {@code aggregate} can work a code out from the same list. A code tells who answered; it
 * is not a secret.
 */
public final class ReturnCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private ReturnCodes() {
    }

    /** The code of an organisation's form of a questionnaire. */
    public static String of(String questionnaireId, Organisation organisation) {
        String who = organisation.registryId() != null ? "id:" + organisation.registryId().replaceAll("\\s", "")
                : "name:" + Normalizer.normalize(organisation.name(), Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ");
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(("cap-rse campaign\n" + questionnaireId + "\n" + who)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        StringBuilder code = new StringBuilder();
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        for (int i = 7; i >= 0; i--) {
            code.append(ALPHABET[(int) ((bits >> (5 * i)) & 31)]);
            if (i == 4) {
                code.append('-');
            }
        }
        return code.toString();
    }
}
