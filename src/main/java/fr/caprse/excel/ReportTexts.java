package fr.caprse.excel;

import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.ResultLevels;
import fr.caprse.i18n.I18n;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's own labels, in French or English ({@code --lang}); questionnaire texts come from the
 * questionnaire in the same language, and maturity level names from the application's bundle.
 */
final class ReportTexts {

    static final String BUNDLE = "fr.caprse.excel.report";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final I18n appTexts;

    ReportTexts(Locale requested) {
        this.locale = I18n.supportedOrFrench(requested);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader(), NO_FALLBACK);
        this.appTexts = new I18n(locale);
    }

    Locale locale() {
        return locale;
    }

    /** {@code fr} or {@code en}: the language picked from questionnaire texts. */
    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report text missing: " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A questionnaire text in the report's language. */
    String of(Text text) {
        return text.get(language());
    }

    /** The name of a maturity level of a score: "Structuré", "Deployed" ... */
    String levelName(ResultLevels results, int level) {
        return appTexts.levelName(results, level);
    }

    /** A number as a person reads it in this language (182,5 in French, 182.5 in English). */
    /**
     * A computed figure rounded to what it means: three significant digits, at least the units (1 234, 33.3,
     * 0.0417), never the fifteen digits of a division.
     */
    String rounded(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return number(value);
        }
        int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(value))) - 1);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    String number(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(10);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
