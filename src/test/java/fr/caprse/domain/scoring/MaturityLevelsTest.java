package fr.caprse.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaturityLevelsTest {

    @Test
    void levelsFollowTheTwentyPointBands() {
        assertThat(MaturityLevels.of(0)).isZero();
        assertThat(MaturityLevels.of(19.99)).isZero();
        assertThat(MaturityLevels.of(20)).isEqualTo(1);
        assertThat(MaturityLevels.of(59.9)).isEqualTo(2);
        assertThat(MaturityLevels.of(79.96)).isEqualTo(3);
        assertThat(MaturityLevels.of(80)).isEqualTo(4);
        assertThat(MaturityLevels.of(100)).isEqualTo(4);
    }

    @Test
    void binaryNoiseBelowABoundaryDoesNotDropALevel() {
        double sixty = 100 * (0.1 + 0.2 + 0.3) / 1.0; // 60.00000000000001 or 59.999..., depending on the sums
        assertThat(MaturityLevels.of(sixty)).isEqualTo(3);
        assertThat(MaturityLevels.of(Math.nextDown(60.0))).isEqualTo(3);
        assertThat(MaturityLevels.of(Math.nextDown(80.0))).isEqualTo(4);
    }
}
