package fr.caprse.ui.common;

import fr.caprse.domain.questionnaire.Text;
import fr.caprse.i18n.I18n;
import fr.caprse.platform.FailedWhile;
import fr.caprse.platform.Localizable;
import fr.caprse.platform.Said;
import java.util.ArrayList;
import java.util.List;

/** What a failure says to the user, in their language when the failure can be said so. */
public final class Errors {

    private Errors() {
    }

    /**
     * What was being done and on what (each {@link FailedWhile} of the chain, outermost first), then why:
     * the message of the first cause that can be said in the user's language, in the current language;
     * else the innermost failure's own message.
     */
    public static String message(Throwable failure, I18n i18n) {
        List<String> context = new ArrayList<>();
        String why = null;
        Throwable last = failure;
        for (Throwable t = failure; t != null && why == null; t = t.getCause()) {
            last = t;
            if (t instanceof Localizable localizable && i18n.bundle().containsKey(localizable.messageKey())) {
                String said = i18n.get(localizable.messageKey(), inLanguage(localizable.messageArguments(), i18n));
                if (t instanceof FailedWhile) {
                    context.add(said);
                } else {
                    why = said;
                }
            }
        }
        if (why == null) {
            // the cause said as it is: the innermost one, not the English context already said above
            Throwable innermost = last;
            while (innermost.getCause() != null) {
                innermost = innermost.getCause();
            }
            why = context.isEmpty() ? String.valueOf(failure.getMessage()) : String.valueOf(innermost.getMessage());
        }
        context.add(why);
        return String.join(" ", context);
    }

    /**
     * A message in the user's language when the bundles have its key, its parts too (a {@link Said} among
     * its arguments); else in English as it was said.
     */
    public static String say(Said message, I18n i18n) {
        if (message.key() == null || !i18n.bundle().containsKey(message.key())) {
            return message.english();
        }
        return i18n.get(message.key(), inLanguage(message.messageArguments(), i18n));
    }

    /** Multilingual texts among the arguments (a question's wording) and their parts said in the user's language. */
    private static Object[] inLanguage(Object[] arguments, I18n i18n) {
        Object[] said = arguments.clone();
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof Text text) {
                said[i] = text.get(i18n.language());
            } else if (said[i] instanceof Said part) {
                said[i] = say(part, i18n);
            }
        }
        return said;
    }
}
