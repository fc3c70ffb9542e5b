package fr.caprse.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's own texts (the questionnaires carry their own translations). French is the base
 * bundle and the default; English is chosen when the system speaks English, and either can be picked
 * at any time in the app.
 */
public final class I18n {

    public static final String BUNDLE = "fr.caprse.i18n.messages";
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK = new OneFile();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final boolean display;

    public I18n(Locale locale) {
        this(locale, false);
    }

    private I18n(Locale locale, boolean display) {
        this.locale = supportedOrFrench(locale);
        this.bundle = bundle(this.locale);
        this.display = display;
    }

    /** The texts of the desktop app: French ones with non-breaking spaces before ? ! : ; ({@link Typography}). */
    public static I18n display(Locale locale) {
        return new I18n(locale, true);
    }

    public static List<Locale> supported() {
        return List.of(FRENCH, ENGLISH);
    }

    /** French unless the system locale is English: French first, following the system. */
    public static Locale systemDefault() {
        return supportedOrFrench(Locale.getDefault());
    }

    /** {@code fr} or {@code en} for a {@code --lang} value or a locale; anything else is French. */
    public static Locale supportedOrFrench(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /**
     * Each language's texts from its own file only: {@code messages.properties} for French,
     * {@code messages_en.properties} for English, which has every key too (LocalizationConsistencyTest),
     * so English is not read on top of French (the file read and parsed for nothing took 5 ms of every
     * start in English); never the system locale's bundle in place of the one asked for.
     */
    private static final class OneFile extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(ENGLISH.equals(locale) ? ENGLISH : Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supportedOrFrench(locale), I18n.class.getClassLoader(), NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** The language code used to pick questionnaire texts: {@code fr} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key}, with {@code {0}}-style arguments filled in. */
    /**
     * The name of a score's level: the questionnaire's own when it names its result levels, else the
     * standard name ("Structuré", "Deployed"...).
     */
    public String levelName(fr.caprse.domain.questionnaire.ResultLevels results, int level) {
        return results.name(level, language())
                .orElseGet(() -> get(fr.caprse.domain.scoring.MaturityLevels.labelKey(level)));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        return display ? Typography.forDisplay(text, language()) : text;
    }
}
