package fr.caprse.excel;

import fr.caprse.i18n.I18n;
import java.util.Locale;

/**
 * A workbook refused as a whole before its content is read (empty, not a workbook, damaged, protected by a
 * password, too large, a zip bomb, entity declarations): the same refusal for every reader, in English
 * as its message, and in any language of the application through {@link #message(Locale)} (an
 * observatory consolidating in French lists its rejected files in French).
 */
public final class WorkbookRefusal extends ReportReadException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    /** {@code key} of the application's bundle; {@code args} its arguments, the file name first. */
    WorkbookRefusal(String key, Throwable cause, Object... args) {
        super(new I18n(Locale.ENGLISH).get(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    WorkbookRefusal(String key, Object... args) {
        this(key, null, args);
    }

    /** The refusal in {@code locale} (French or English). */
    public String message(Locale locale) {
        return new I18n(locale).get(key, args);
    }
}
