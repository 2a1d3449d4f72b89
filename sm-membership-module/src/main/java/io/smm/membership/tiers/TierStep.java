package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of the ladder, what moves a customer into and out of a tier: the spend that reaches it, the spend that
 * keeps it, the single order that reaches it at once (optional), and the window both spends are counted over.
 */
final class TierStep {

    final long groupId;
    final String code;
    final int rank;
    final BigDecimal upgradeAt;
    final BigDecimal keepAt;
    final BigDecimal expressAt;
    final SpendWindow window;

    TierStep(long groupId, String code, int rank, BigDecimal upgradeAt, BigDecimal keepAt, BigDecimal expressAt,
            SpendWindow window) {
        this.groupId = groupId;
        this.code = code;
        this.rank = rank;
        this.upgradeAt = Objects.requireNonNull(upgradeAt);
        this.keepAt = Objects.requireNonNull(keepAt);
        this.expressAt = expressAt;
        this.window = Objects.requireNonNull(window);
    }

    boolean isReachedBy(SpendTotals spend) {
        return spend.in(window).compareTo(upgradeAt) >= 0;
    }

    boolean isKeptBy(SpendTotals spend) {
        return spend.in(window).compareTo(keepAt) >= 0;
    }

    boolean isReachedByOrder(BigDecimal orderAmount) {
        return expressAt != null && orderAmount.compareTo(expressAt) >= 0;
    }
}
