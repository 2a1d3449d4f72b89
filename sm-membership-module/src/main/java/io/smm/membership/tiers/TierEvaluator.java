package io.smm.membership.tiers;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The tier rules. Up: the highest tier the spend reaches, or that one order reaches at once (express), if higher
 * than the current tier; at once. Down: when the spend falls below the current tier's keep threshold, to the
 * highest tier whose keep threshold it still meets, but only once a grace period has passed since the spend first
 * fell below; spend restored during grace cancels the pending downgrade. A pinned tier does not move.
 */
final class TierEvaluator {

    private TierEvaluator() {
    }

    /**
     * @param order the order just placed, for an express upgrade; null when evaluating on a status change or
     *        in the daily job
     */
    static Optional<TierMove> evaluate(TierLadder ladder, TierStanding standing, SpendTotals spend, OrderSpend order,
            Instant now, Duration grace) {
        TierStep current = ladder.byGroupId(standing.tierGroupId).orElse(null);
        if (current == null || standing.isPinnedAt(now)) {
            return Optional.empty();
        }
        TierStep bySpend = ladder.reachedBy(spend).orElse(null);
        TierStep byOrder = order == null ? null : ladder.reachedByOrder(order.amount).orElse(null);
        if (byOrder != null && byOrder.rank > current.rank && (bySpend == null || byOrder.rank > bySpend.rank)) {
            return Optional.of(TierMove.express(current, byOrder, order));
        }
        if (bySpend != null && bySpend.rank > current.rank) {
            return Optional.of(TierMove.upgrade(current, bySpend, spend.in(bySpend.window)));
        }
        if (current.isKeptBy(spend)) {
            return standing.fellBelowAt == null ? Optional.empty()
                    : Optional.of(TierMove.downgradeCanceled(current, spend.in(current.window)));
        }
        TierStep kept = ladder.keptBy(spend, current).orElse(ladder.lowest());
        if (kept == current) {
            return Optional.empty();
        }
        Instant dueAt = (standing.fellBelowAt == null ? now : standing.fellBelowAt).plus(grace);
        if (!now.isBefore(dueAt)) {
            return Optional.of(TierMove.downgrade(current, kept, spend.in(current.window)));
        }
        return standing.fellBelowAt == null
                ? Optional.of(TierMove.downgradePending(current, kept, spend.in(current.window), dueAt))
                : Optional.empty();
    }
}
