package fr.caprse.ui.common;

import fr.caprse.i18n.I18n;
import fr.caprse.platform.Localizable;

/** What a failure says to the user, in their language when the failure can be said so. */
public final class Errors {

    private Errors() {
    }

    /**
     * The message of {@code failure} (or of the first of its causes that can be said in the user's
     * language) in the current language; else its own message.
     */
    public static String message(Throwable failure, I18n i18n) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Localizable localizable && i18n.bundle().containsKey(localizable.messageKey())) {
                return i18n.get(localizable.messageKey(), localizable.messageArguments());
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
