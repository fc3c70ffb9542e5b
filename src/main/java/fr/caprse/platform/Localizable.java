package fr.caprse.platform;

/**
 * An error whose message can be said in the user's language: a key of the UI bundles and its
 * arguments. {@link Throwable#getMessage()} stays in English for the log and the command line.
 */
public interface Localizable {

    /** The bundle key, e.g. {@code storage.disk-full}. */
    String messageKey();

    /** The arguments of the message ({0}, {1}...). */
    Object[] messageArguments();
}
