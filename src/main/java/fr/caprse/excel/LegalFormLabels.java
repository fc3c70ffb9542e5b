package fr.caprse.excel;

import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.i18n.I18n;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A legal form in a workbook as the user saw it in the app, and back: a form written the French way
 * ({@code SARL}, {@code fondation}) stays as written; a form chosen from the list shows its label in the
 * workbook's language ({@code Association}, {@code Société (SARL, SAS, SA…)}), never its code
 * ({@code company}). Reading accepts a code, an alias, or a label in French or English.
 */
final class LegalFormLabels {

    private static final List<I18n> LANGUAGES = List.of(new I18n(Locale.FRENCH), new I18n(Locale.ENGLISH));

    private LegalFormLabels() {
    }

    /** The form as shown to the user; {@code appText} gives a text of the app's bundle in the workbook's language. */
    static String shown(String written, UnaryOperator<String> appText) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return LegalForm.isCode(written) ? appText.apply("legal-form." + LegalForm.normalise(written)) : written;
    }

    /**
     * What a legal form read from a workbook is kept as: a code or an alias as written, a label as the code
     * it names; null when it is none of them.
     */
    static String read(String text) {
        if (LegalForm.isKnown(text)) {
            return text;
        }
        String key = plain(text);
        for (String code : LegalForm.CODES) {
            for (I18n language : LANGUAGES) {
                if (key.equals(plain(language.get("legal-form." + code)))) {
                    return code;
                }
            }
        }
        return null;
    }

    private static String plain(String text) {
        String bare = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
