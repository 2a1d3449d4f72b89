package io.smm.membership.points;

import java.util.Locale;

import io.smm.membership.checkout.CheckoutRefusal;

/**
 * Why points cannot be redeemed or taken, told in the shopper's language: each has the message key
 * {@code membership.points.refused.<name in lower case with dashes>}.
 */
public enum PointsRefusal implements CheckoutRefusal {
    /** More points than the usable balance. */
    BALANCE,
    /** Fewer points than the store's minimum. */
    MINIMUM,
    /** Points worth more than the owner's share of the order (the till's check: it knows the cart). */
    SHARE,
    /** The checkout's hold was released (it expired) before the order was placed. */
    HOLD_LOST,
    /** Points chosen for a cart of a store whose points are off. */
    OFF,
    /** Points chosen for a cart without items. */
    EMPTY_CART;

    @Override
    public String messageKey() {
        return "membership.points.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
