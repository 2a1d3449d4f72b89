package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the tier rules decide for one customer, with the facts that make the history entry: the spend and the
 * threshold it was measured against, over which window, or the order that reached a tier at once.
 */
final class TierMove {

    /** Kinds of decision; only the first three change the tier. */
    enum Kind { UPGRADE, EXPRESS, DOWNGRADE, DOWNGRADE_PENDING, DOWNGRADE_CANCELED }

    final Kind kind;
    final TierStep from;
    final TierStep to;
    final BigDecimal amount;
    final BigDecimal threshold;
    final SpendWindow window;
    final Long orderId;
    final Instant downgradeDueAt;

    private TierMove(Kind kind, TierStep from, TierStep to, BigDecimal amount, BigDecimal threshold,
            SpendWindow window, Long orderId, Instant downgradeDueAt) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.amount = amount;
        this.threshold = threshold;
        this.window = window;
        this.orderId = orderId;
        this.downgradeDueAt = downgradeDueAt;
    }

    static TierMove upgrade(TierStep from, TierStep to, BigDecimal spend) {
        return new TierMove(Kind.UPGRADE, from, to, spend, to.upgradeAt, to.window, null, null);
    }

    static TierMove express(TierStep from, TierStep to, OrderSpend order) {
        return new TierMove(Kind.EXPRESS, from, to, order.amount, to.expressAt, null, order.orderId, null);
    }

    static TierMove downgrade(TierStep from, TierStep to, BigDecimal spend) {
        return new TierMove(Kind.DOWNGRADE, from, to, spend, from.keepAt, from.window, null, null);
    }

    static TierMove downgradePending(TierStep from, TierStep to, BigDecimal spend, Instant dueAt) {
        return new TierMove(Kind.DOWNGRADE_PENDING, from, to, spend, from.keepAt, from.window, null, dueAt);
    }

    static TierMove downgradeCanceled(TierStep tier, BigDecimal spend) {
        return new TierMove(Kind.DOWNGRADE_CANCELED, tier, tier, spend, tier.keepAt, tier.window, null, null);
    }

    boolean changesTier() {
        return kind == Kind.UPGRADE || kind == Kind.EXPRESS || kind == Kind.DOWNGRADE;
    }
}
