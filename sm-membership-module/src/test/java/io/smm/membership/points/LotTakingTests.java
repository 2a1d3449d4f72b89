package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LotTakingTests {

    @Test
    void takesTheFirstLotsWholeAndTheLastInPart() {
        long[] taken = LotTaking.take(new long[] { 100, 50, 300, 20 }, 180);

        assertThat(taken).containsExactly(100, 50, 30, 0);
    }

    @Test
    void takesEveryPointWhenTheLotsHoldExactlyThatMany() {
        assertThat(LotTaking.take(new long[] { 100, 50 }, 150)).containsExactly(100, 50);
    }

    @Test
    void refusesMoreThanTheLotsHold() {
        assertThatThrownBy(() -> LotTaking.take(new long[] { 100, 50 }, 151))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesBackInProportionRoundedDownAndTheRoundingToTheFirstLotsWithRoom() {
        // 100 of 300 open: 3 × 33.3 → 33 each, the point left to the first lot
        long[] given = LotTaking.giveBack(new long[] { 100, 100, 100 }, 100);

        assertThat(given).containsExactly(34, 33, 33);
    }

    @Test
    void givesBackNoMoreThanALotHasOpen() {
        long[] given = LotTaking.giveBack(new long[] { 1, 0, 999 }, 1000);

        assertThat(given).containsExactly(1, 0, 999);
    }
}
