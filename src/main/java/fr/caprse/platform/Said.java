package fr.caprse.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message for the user, said in English for the log and the command line ({@link #toString()}), and by a
 * key of the UI bundles so that the app can say it in the user's language. Its arguments may be texts,
 * numbers or other {@code Said} (a part of the message that needs saying in the language too); a
 * {@code Said} without a key is said in English everywhere.
 *
 * @param key       the bundle key, or null when the message has no translation
 * @param english   the whole message in English
 * @param arguments the message's arguments ({0}, {1}...)
 */
public record Said(String key, String english, List<Object> arguments) implements Localizable {

    public Said {
        Objects.requireNonNull(english, "english");
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    /** A message with its translation key. */
    public static Said of(String key, String english, Object... arguments) {
        return new Said(key, english, Arrays.asList(arguments));
    }

    /** A message that is said in English only. */
    public static Said english(String english) {
        return new Said(null, english, List.of());
    }

    @Override
    public String messageKey() {
        return key == null ? "" : key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    @Override
    public String toString() {
        return english;
    }
}
