package io.smm.membership.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ControlSplitTests {

    @Test
    void holdsBackTheSameMembersEveryTime() {
        assertThat(LongStream.range(1, 1_000).filter(id -> ControlSplit.heldBack(42, id, 10)).toArray())
                .containsExactly(LongStream.range(1, 1_000).filter(id -> ControlSplit.heldBack(42, id, 10)).toArray());
    }

    @Test
    void holdsBackCloseToThePercentAskedAndNoneAtZero() {
        long heldBack = LongStream.range(1, 100_001).filter(id -> ControlSplit.heldBack(7, id, 10)).count();

        assertThat(heldBack).isBetween(9_700L, 10_300L);
        assertThat(LongStream.range(1, 10_001).filter(id -> ControlSplit.heldBack(7, id, 0)).count()).isZero();
        assertThat(LongStream.range(1, 10_001).filter(id -> ControlSplit.heldBack(7, id, 50)).count())
                .isBetween(4_800L, 5_200L);
    }

    @Test
    void anotherOfferHoldsBackOtherMembers() {
        long both = LongStream.range(1, 10_001)
                .filter(id -> ControlSplit.heldBack(1, id, 10) && ControlSplit.heldBack(2, id, 10)).count();

        assertThat(both).isBetween(50L, 150L);
    }
}
