package io.smm.membership.points;

import io.smm.membership.checkout.CheckoutRefusedException;

/** Points refused with the reason the shopper is told: answered 409, nothing changed. */
public class PointsRefusedException extends CheckoutRefusedException {

    private static final long serialVersionUID = 1L;

    public PointsRefusedException(PointsRefusal refusal) {
        super(refusal);
    }

    @Override
    public PointsRefusal refusal() {
        return (PointsRefusal) super.refusal();
    }
}
