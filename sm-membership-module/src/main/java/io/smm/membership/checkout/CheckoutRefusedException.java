package io.smm.membership.checkout;

import io.smm.membership.errors.ConflictException;

/** A checkout a participant refuses, with the reason the shopper is told: a conflict with the cart's state. */
public class CheckoutRefusedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient CheckoutRefusal refusal;

    public CheckoutRefusedException(CheckoutRefusal refusal) {
        super(refusal.messageKey());
        this.refusal = refusal;
    }

    public CheckoutRefusal refusal() {
        return refusal;
    }
}
