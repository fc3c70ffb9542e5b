package fr.caprse.domain.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A translated text: language code ({@code fr}, {@code en}) to string. Questionnaires carry their own
 * translations; the validator makes sure every listed language is present.
 */
public record Text(Map<String, String> byLanguage) {

    public static final Text EMPTY = new Text(Map.of());

    public Text {
        Objects.requireNonNull(byLanguage, "byLanguage");
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static Text of(String fr, String en) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("fr", fr);
        map.put("en", en);
        return new Text(map);
    }

    /** The text in {@code language}, else French, else any language, else the empty string. */
    public String get(String language) {
        String value = byLanguage.get(language);
        if (value == null) {
            value = byLanguage.get("fr");
        }
        if (value == null && !byLanguage.isEmpty()) {
            value = byLanguage.values().iterator().next();
        }
        return value == null ? "" : value;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
