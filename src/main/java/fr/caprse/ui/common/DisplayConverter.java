package fr.caprse.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the items of a choice box in words; the items are never typed, so nothing is parsed back. */
public final class DisplayConverter {

    private DisplayConverter() {
    }

    /** {@code show} is given every item, {@code null} included (the empty choice). */
    public static <T> StringConverter<T> of(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
