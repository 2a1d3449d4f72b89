package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A quote that takes something off the cart's total, as the host's order-total lines show it: an amount per cart line
 * (positive, what the host subtracts), under a module name and a label; or the reason the participant refuses the
 * cart, which refuses a checkout (a cart calculation only shows no discount).
 */
public interface TotalChange {

    /** The order-total module name the host stores with each line. */
    String totalModule();

    /** The title of each line, what the shopper reads (a coupon's code). */
    String label();

    /** What each of the cart's lines, in their order, is given off. */
    List<BigDecimal> lineDiscounts();

    Optional<? extends CheckoutRefusal> refusal();
}
