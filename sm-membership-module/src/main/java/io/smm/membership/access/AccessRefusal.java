package io.smm.membership.access;

import io.smm.membership.checkout.CheckoutRefusal;

/**
 * Why a cart with a product the shopper may not buy is refused, as the shopper is told it (without the product's
 * name): what would let them buy it.
 */
public enum AccessRefusal implements CheckoutRefusal {
    SIGN_IN("membership.access.refused.sign-in"),
    JOIN_GROUP("membership.access.refused.join-group"),
    REACH_TIER("membership.access.refused.reach-tier"),
    WAIT("membership.access.refused.wait"),
    NONE("membership.access.refused.none");

    private final String messageKey;

    AccessRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The refusal for a product the shopper may not buy, by what its reason says would help. */
    public static AccessRefusal of(Access access) {
        return access.reason().map(reason -> valueOf(reason.kind().name())).orElse(NONE);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
