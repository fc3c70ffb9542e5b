package fr.caprse.application.observatory;

import fr.caprse.excel.WorkbookRefusal;
import fr.caprse.i18n.I18n;
import java.util.Locale;
import java.util.function.Function;

/**
 * A file that was not consolidated; the message names the file and says why in plain words, in English,
 * and {@link #reason(Locale)} says it in the language of the consolidation where the reason is one of the
 * application's own (a refused workbook, an unknown questionnaire…); a reader's detailed finding (a cell,
 * a question) is given as the reader wrote it.
 */
public final class RejectedInput extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Function<Locale, String> localized;

    public RejectedInput(String message) {
        this(message, (Throwable) null);
    }

    public RejectedInput(String message, Throwable cause) {
        super(message, cause);
        this.localized = cause instanceof WorkbookRefusal refusal ? refusal::message : locale -> message;
    }

    private RejectedInput(Function<Locale, String> localized, Throwable cause) {
        super(localized.apply(Locale.ENGLISH), cause);
        this.localized = localized;
    }

    /** A rejection said by the application's bundle: {@code key} and its arguments, the file name first. */
    static RejectedInput of(String key, Throwable cause, Object... args) {
        return new RejectedInput(locale -> new I18n(locale).get(key, args), cause);
    }

    /** Why the file was not consolidated, in {@code locale} (French or English). */
    public String reason(Locale locale) {
        return localized.apply(locale);
    }
}
