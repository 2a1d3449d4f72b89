package io.smm.membership.pricing;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.PlacedOrder;

/**
 * Member prices in the checkout: with the order, in its transaction, what each of its lines was charged and which
 * rule and group made the price. The order's own lines are matched to the lines its cart was priced with (product,
 * quantity and unit price); a line the checkout did not price is not explained.
 */
public class MemberPriceParticipant implements CheckoutParticipant<PricedCart> {

    private final OrderLinePriceService lines;

    MemberPriceParticipant(OrderLinePriceService lines) {
        this.lines = lines;
    }

    @Override
    public void confirm(Checkout checkout, CheckoutCart cart, PricedCart priced, PlacedOrder order) {
        List<PricedLine> unmatched = new ArrayList<>(priced.lines);
        List<PricedLine> charged = new ArrayList<>();
        for (PlacedOrder.Line line : order.lines()) {
            unmatched.stream().filter(candidate -> candidate.productId == line.productId()
                    && candidate.quantity == line.quantity()
                    && candidate.quote.finalPrice().compareTo(line.unitPrice()) == 0)
                    .findFirst().ifPresent(match -> {
                        unmatched.remove(match);
                        charged.add(match);
                    });
        }
        lines.record(order.facts().storeCode(), order.facts().orderId(), priced.groups, charged);
    }
}
