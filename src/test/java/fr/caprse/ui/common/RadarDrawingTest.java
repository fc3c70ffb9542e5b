package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the radar charts put a score, and how they break a long theme name. */
class RadarDrawingTest {

    private final RadarDrawing radar = new RadarDrawing(4, 200, 150, 100);

    @Test
    void theFirstAxisPointsUpAndTheOthersFollowClockwise() {
        assertThat(radar.x(0, 100.0)).isCloseTo(200, within(1e-9));
        assertThat(radar.y(0, 100.0)).isCloseTo(50, within(1e-9));
        assertThat(radar.x(1, 100.0)).isCloseTo(300, within(1e-9));
        assertThat(radar.y(1, 100.0)).isCloseTo(150, within(1e-9));
        assertThat(radar.y(2, 50.0)).isCloseTo(200, within(1e-9));
    }

    @Test
    void anUnscoredAxisSitsAtTheCentreAndScoresStayWithinTheRings() {
        assertThat(radar.x(1, null)).isEqualTo(200);
        assertThat(radar.y(1, null)).isEqualTo(150);
        assertThat(radar.x(1, 130.0)).isCloseTo(300, within(1e-9));
        assertThat(radar.x(1, -5.0)).isCloseTo(200, within(1e-9));
    }

    @Test
    void longLabelsBreakAtSpaces() {
        assertThat(RadarDrawing.wrap("Loyauté des pratiques et achats responsables", 18))
                .isEqualTo(List.of("Loyauté des", "pratiques et", "achats", "responsables"));
        assertThat(RadarDrawing.wrap("Gouvernance", 18)).containsExactly("Gouvernance");
    }
}
