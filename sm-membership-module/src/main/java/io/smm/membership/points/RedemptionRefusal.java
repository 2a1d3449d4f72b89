package io.smm.membership.points;

import java.util.Locale;

import io.smm.membership.checkout.CheckoutRefusal;

/**
 * Why points cannot pay for a cart, in the order the checks run: more than the usable balance, fewer than the
 * store's minimum, or more than the store's share of the order. Each has a message key
 * {@code membership.points.refused.<name in lower case>}.
 */
public enum RedemptionRefusal implements CheckoutRefusal {
    BALANCE, MINIMUM, SHARE;

    @Override
    public String messageKey() {
        return "membership.points.refused." + name().toLowerCase(Locale.ROOT);
    }
}
