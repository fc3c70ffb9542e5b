package fr.caprse.domain.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoteSpreadTest {

    @Test
    void oddNumberOfVotesHasTheMiddleVoteAsMedianAndProposal() {
        VoteSpread spread = VoteSpread.of(List.of(3, 1, 4, 2, 3), 4);
        assertThat(spread.counts()).containsExactly(0, 1, 1, 2, 1);
        assertThat(spread.min()).isEqualTo(1);
        assertThat(spread.max()).isEqualTo(4);
        assertThat(spread.median()).isEqualTo(3.0);
        assertThat(spread.suggestedLevel()).isEqualTo(3);
        assertThat(spread.span()).isEqualTo(3);
        assertThat(spread.divergent()).isTrue();
    }

    @Test
    void evenNumberOfVotesHasAHalfMedianAndProposesTheLowerMiddleVoteNotTheMean() {
        // 1 2 3 4 4 4: median (3+4)/2 = 3.5, mean 3.0; the proposal is the lower middle vote, 3
        VoteSpread spread = VoteSpread.of(List.of(4, 1, 4, 2, 3, 4), 4);
        assertThat(spread.median()).isEqualTo(3.5);
        assertThat(spread.suggestedLevel()).isEqualTo(3);
        // 0 0 0 4: mean 1, median 0
        assertThat(VoteSpread.of(List.of(0, 0, 0, 4), 4).suggestedLevel()).isZero();
    }

    @Test
    void votesOneLevelApartDoNotDivergeTwoLevelsApartDo() {
        assertThat(VoteSpread.of(List.of(2, 3, 3, 2), 4).divergent()).isFalse();
        assertThat(VoteSpread.of(List.of(2, 3, 4), 4).divergent()).isTrue();
        assertThat(VoteSpread.of(List.of(2, 2, 2), 4).span()).isZero();
    }

    @Test
    void noVoteHasNoMedianAndProposesNothing() {
        VoteSpread spread = VoteSpread.of(List.of(), 4);
        assertThat(spread.votes()).isZero();
        assertThat(spread.median()).isNull();
        assertThat(spread.suggestedLevel()).isNull();
        assertThat(spread.divergent()).isFalse();
    }

    @Test
    void aLevelOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> VoteSpread.of(List.of(2, 5), 4)).hasMessageContaining("level 5 is outside the scale 0 to 4");
    }
}
