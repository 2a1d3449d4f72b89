package io.smm.membership.commissions;

import io.smm.membership.checkout.CheckoutRefusal;

/** Why a checkout is refused for its commission. */
public enum CommissionRefusal implements CheckoutRefusal {
    /** The same cart is being ordered by another checkout at this moment. */
    CART_ORDERED("membership.commission.refused.cart-ordered");

    private final String messageKey;

    CommissionRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
