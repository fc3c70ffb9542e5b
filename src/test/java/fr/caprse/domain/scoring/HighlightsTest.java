package fr.caprse.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static ThemeScore theme(String id, Double score) {
        return new ThemeScore(id, score, score == null ? null : MaturityLevels.of(score), 1, 1, 1, 0, List.of());
    }

    @Test
    void strengthsStartAtSixtyAndWeaknessesStayUnderFortyAtMostThreeEach() {
        List<ThemeScore> themes = List.of(theme("a", 60.0), theme("b", 59.99), theme("c", 95.0), theme("d", 80.0),
                theme("e", 70.0), theme("f", 40.0), theme("g", 39.99), theme("h", 0.0), theme("i", null),
                theme("j", 10.0), theme("k", 20.0));
        assertThat(Highlights.strengths(themes)).extracting(ThemeScore::themeId).containsExactly("c", "d", "e");
        assertThat(Highlights.weaknesses(themes)).extracting(ThemeScore::themeId).containsExactly("h", "j", "k");
        assertThat(Highlights.isWeakness(null)).as("a theme not scored is not a weakness").isFalse();
        assertThat(Highlights.isStrength(60.0)).isTrue();
        assertThat(Highlights.isWeakness(40.0)).isFalse();
    }
}
