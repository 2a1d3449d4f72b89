package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * A quote that takes something off the cart's total, as the host's order-total lines show it: an amount per cart line
 * (positive, what the host subtracts), under a module name and a label; or the reason the participant refuses the
 * cart, which refuses a checkout (a cart calculation only shows no discount).
 */
public interface TotalChange {

    /** The order-total module name the host stores with each line. */
    String totalModule();

    /**
     * The title of each line, what the shopper reads in their language: a key of the module's messages with its
     * arguments ("500 points"), or a text as it is (a coupon's code) as the default message with no key.
     */
    MessageSourceResolvable label();

    /** What each of the cart's lines, in their order, is given off. */
    List<BigDecimal> lineDiscounts();

    Optional<? extends CheckoutRefusal> refusal();
}
