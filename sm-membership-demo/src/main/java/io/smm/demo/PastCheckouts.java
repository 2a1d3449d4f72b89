package io.smm.demo;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.identity.Shopper;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;

/**
 * Takes an order of the demo's past through a checkout participant as the checkout seam takes one, at the order's
 * date: quoted for its cart, then confirmed in a transaction as the host's order transaction confirms it.
 */
final class PastCheckouts {

    private static final Currency CAD = Currency.getInstance("CAD");

    private final CheckoutSteps steps;
    private final OrderHistory orders;
    private final TransactionTemplate transactions;
    private final DemoClock clock;
    private final Map<String, Long> productIds;
    private final Map<String, Long> categoryOf;

    /**
     * @param productIds the demo's products by sku
     * @param categoryOf the category each sku is filed under
     */
    PastCheckouts(CheckoutSteps steps, OrderHistory orders, TransactionTemplate transactions, DemoClock clock,
            Map<String, Long> productIds, Map<String, Long> categoryOf) {
        this.steps = steps;
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
        this.productIds = productIds;
        this.categoryOf = categoryOf;
    }

    /** Takes the placed order through the participant, its cart named {@code cartCode}. */
    void credit(CheckoutParticipant<?> participant, OrderFacts order, String email, String promoCode,
            String cartCode) {
        List<PlacedOrder.Line> lines = orders.lines(DemoData.STORE, order.orderId()).stream()
                .map(line -> new PlacedOrder.Line(productIds.get(line.sku()), line.sku(), line.quantity(),
                        line.unitPrice()))
                .collect(Collectors.toList());
        Checkout checkout = new Checkout(() -> Shopper.customer(DemoData.STORE, order.customerId()));
        CheckoutCart cart = checkout.cart(cartCode, DemoData.STORE, CAD.getCurrencyCode());
        List<CheckoutLine> checkoutLines = lines.stream().map(line -> new CheckoutLine(line.productId(),
                Set.of(categoryOf.get(line.sku())), line.unitPrice(), line.quantity())).collect(Collectors.toList());
        at(order.placedAt(), () -> {
            steps.quote(participant, checkout, cart, new CartContents(DemoData.STORE, CAD, checkoutLines, promoCode,
                    email));
            transactions.executeWithoutResult(inOrder -> steps.confirm(checkout, cart, new PlacedOrder(order,
                    lines)));
        });
    }

    /** Runs the work with the demo's clock at {@code when}. */
    void at(Instant when, Runnable work) {
        clock.windBack(when);
        try {
            work.run();
        } finally {
            clock.release();
        }
    }
}
