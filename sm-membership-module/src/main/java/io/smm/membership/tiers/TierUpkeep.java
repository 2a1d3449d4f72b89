package io.smm.membership.tiers;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;

/**
 * Keeps tiers in step with orders, in the host's transaction: a placed order is recorded and may move its customer
 * up, at once to an express tier; a status change (a cancel, a refund) is recorded and may start a grace period.
 */
class TierUpkeep implements OrderPlacementListener, OrderStatusListener {

    private final TierService tiers;

    TierUpkeep(TierService tiers) {
        this.tiers = tiers;
    }

    @Override
    public void orderPlaced(OrderFacts order) {
        tiers.recordAndReevaluate(order, true);
    }

    @Override
    public void orderChanged(OrderFacts order) {
        tiers.recordAndReevaluate(order, false);
    }
}
