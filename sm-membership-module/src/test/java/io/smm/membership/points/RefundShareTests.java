package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RefundShareTests {

    @Test
    void aPartialRefundTakesItsShareRoundedDown() {
        // 113 points × 40.00 / 113.00 = 40; 500 × 40.00 / 113.00 = 176.99
        assertThat(RefundShare.of(113, new BigDecimal("40.00"), BigDecimal.ZERO, new BigDecimal("113.00"), 0))
                .isEqualTo(40);
        assertThat(RefundShare.of(500, new BigDecimal("40.00"), BigDecimal.ZERO, new BigDecimal("113.00"), 0))
                .isEqualTo(176);
    }

    @Test
    void theRefundReachingTheOrderAmountTakesWhatRemains() {
        assertThat(RefundShare.of(500, new BigDecimal("73.00"), new BigDecimal("40.00"), new BigDecimal("113.00"),
                176)).isEqualTo(324);
    }

    @Test
    void aRefundBeyondTheOrderAmountTakesNoMoreThanRemains() {
        assertThat(RefundShare.of(500, new BigDecimal("100.00"), new BigDecimal("40.00"), new BigDecimal("113.00"),
                176)).isEqualTo(324);
    }

    @Test
    void aShareNeverExceedsWhatRemains() {
        assertThat(RefundShare.of(10, new BigDecimal("99.00"), BigDecimal.ZERO, new BigDecimal("100.00"), 9))
                .isEqualTo(1);
    }

    /**
     * The property (jqwik is not on this build's class path, so a seeded loop): any sequence of partial refunds
     * summing to the order's amount takes back the earned points and gives every redeemed point back to the lot it
     * came from, as one full refund does.
     */
    @Test
    void anySequenceOfPartialRefundsOfTheWholeOrderEndsWhereOneFullRefundDoes() {
        Random random = new Random(15);
        for (int run = 0; run < 5_000; run++) {
            long cents = 1 + random.nextInt(100_000);
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            long earned = random.nextInt(20_000);
            long[] redeemedFromLots = new long[1 + random.nextInt(5)];
            for (int i = 0; i < redeemedFromLots.length; i++) {
                redeemedFromLots[i] = random.nextInt(5_000);
            }
            long redeemed = Arrays.stream(redeemedFromLots).sum();
            List<BigDecimal> refunds = split(cents, random);

            long unearned = 0;
            long[] open = redeemedFromLots.clone();
            BigDecimal before = BigDecimal.ZERO;
            for (BigDecimal refund : refunds) {
                unearned += RefundShare.of(earned, refund, before, amount, unearned);
                long returned = RefundShare.of(redeemed, refund, before, amount, redeemed - Arrays.stream(open).sum());
                long[] given = LotTaking.giveBack(open, returned);
                for (int i = 0; i < open.length; i++) {
                    open[i] -= given[i];
                }
                before = before.add(refund);
            }

            String sequence = "run " + run + ": " + refunds + " of " + amount;
            assertThat(unearned).as(sequence).isEqualTo(earned);
            assertThat(open).as(sequence).containsOnly(0L);
        }
    }

    /** The amount in cents split into 1 to 8 refunds of at least a cent each. */
    private static List<BigDecimal> split(long cents, Random random) {
        int parts = (int) Math.min(cents, 1 + random.nextInt(8));
        List<BigDecimal> refunds = new ArrayList<>();
        long left = cents;
        for (int i = parts; i > 1; i--) {
            long part = 1 + (long) (random.nextDouble() * (left - i));
            refunds.add(BigDecimal.valueOf(part, 2));
            left -= part;
        }
        refunds.add(BigDecimal.valueOf(left, 2));
        return refunds;
    }
}
