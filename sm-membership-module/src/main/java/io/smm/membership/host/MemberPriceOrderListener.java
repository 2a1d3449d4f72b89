package io.smm.membership.host;

import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.pricing.OrderLinePriceService;

/**
 * Keeps, with each placed order and in its transaction, what every line was charged and why: the quotes the
 * checkout request priced its cart with (the host loads the cart, then places the order, in one request).
 */
class MemberPriceOrderListener implements OrderPlacementListener {

    private final MemberPriceAdvice prices;
    private final OrderLinePriceService lines;

    MemberPriceOrderListener(MemberPriceAdvice prices, OrderLinePriceService lines) {
        this.prices = prices;
        this.lines = lines;
    }

    @Override
    public void orderPlaced(OrderFacts order) {
        prices.pricedCart().ifPresent(cart -> lines.record(order.storeCode(), order.orderId(), cart.groups,
                cart.lines));
    }
}
