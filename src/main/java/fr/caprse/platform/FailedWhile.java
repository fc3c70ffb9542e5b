package fr.caprse.platform;

/**
 * A failure told with what was being done and on what: "Cap RSE could not save your answer to the
 * question “…” (Atelier du Val · 2026)." Its cause says why (a full disk, a read-only file), in the
 * user's language when it can. The key ({@code failed.*} in the UI bundles) and its arguments say the
 * context to the user; {@link #getMessage()} says it in English, with the cause's message, for the log
 * and the command line.
 */
public final class FailedWhile extends RuntimeException implements Localizable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    /**
     * @param key       the bundle key of the context, {@code failed.<what>}
     * @param english   the same context in English, for the log
     * @param cause     what went wrong
     * @param arguments the context's arguments; a multilingual text is said in the user's language
     */
    public FailedWhile(String key, String english, Throwable cause, Object... arguments) {
        super(english + " (" + cause.getMessage() + ")", cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
