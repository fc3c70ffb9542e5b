package fr.caprse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("id", "type", "text", "help", "weight", "na", "required",
            "applies_when", "options", "max_points", "unit", "min", "max", "bands", "formula", "references",
            "recommendation", "levels");

    @Test
    void typosOfAKeyAreRecognised() {
        assertThat(Suggestions.closest("wieght", KEYS)).contains("weight");
        assertThat(Suggestions.closest("tpye", KEYS)).contains("type");
        assertThat(Suggestions.closest("option", KEYS)).contains("options");
        assertThat(Suggestions.closest("applies-when", KEYS)).contains("applies_when");
        assertThat(Suggestions.closest("recomendation", KEYS)).contains("recommendation");
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
        assertThat(Suggestions.closest("x", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("description-long-and-unrelated", KEYS)).isEmpty();
    }

    @Test
    void aSwapOfNeighboursCostsOne() {
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("weight", "weight")).isZero();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
