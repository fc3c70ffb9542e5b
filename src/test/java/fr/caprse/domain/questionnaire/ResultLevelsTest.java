package fr.caprse.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.scoring.MaturityLevels;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultLevelsTest {

    private static final ResultLevels OWN = new ResultLevels(List.of(
            new ResultLevels.ResultLevel(0, Text.of("À démarrer", "To start")),
            new ResultLevels.ResultLevel(40, Text.of("En route", "On the way")),
            new ResultLevels.ResultLevel(75, Text.of("Acquis", "In place"))));

    @Test
    void theStandardLevelsAreTheContractsFive() {
        for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
            double score = hundredths / 100.0;
            assertThat(ResultLevels.STANDARD.of(score)).as("score %s", score).isEqualTo(MaturityLevels.of(score));
        }
        assertThat(ResultLevels.STANDARD.of(59.99999999999999)).isEqualTo(3);
        assertThat(ResultLevels.STANDARD.of(79.96)).isEqualTo(3);
        assertThat(ResultLevels.STANDARD.isStandard()).isTrue();
        assertThat(ResultLevels.STANDARD.name(2, "fr")).isEmpty();
    }

    @Test
    void aQuestionnairesOwnLevelsNameScoresFromTheirThresholds() {
        assertThat(OWN.of(0)).isZero();
        assertThat(OWN.of(39.9)).isZero();
        assertThat(OWN.of(40)).isEqualTo(1);
        assertThat(OWN.of(39.999999999999996)).as("binary noise below a threshold").isEqualTo(1);
        assertThat(OWN.of(74.99)).isEqualTo(1);
        assertThat(OWN.of(100)).isEqualTo(2);
        assertThat(OWN.name(1, "en")).contains("On the way");
        assertThat(OWN.name(2, "fr")).contains("Acquis");
        assertThat(OWN.highest()).isEqualTo(2);
        assertThat(OWN.position(0)).isZero();
        assertThat(OWN.position(2)).isEqualTo(1.0);
        assertThat(OWN.isStandard()).isFalse();
    }

    @Test
    void levelsStartAtZeroAndRise() {
        assertThatThrownBy(() -> new ResultLevels(List.of(new ResultLevels.ResultLevel(10, Text.EMPTY))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResultLevels(List.of(new ResultLevels.ResultLevel(0, Text.EMPTY),
                new ResultLevels.ResultLevel(50, Text.EMPTY), new ResultLevels.ResultLevel(50, Text.EMPTY))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
