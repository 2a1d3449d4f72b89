package io.smm.membership.points;

import java.time.Instant;

/** Points a checkout holds for its cart until the order confirms them or the checkout fails. */
public final class PointsHold {

    private final String cartCode;
    private final long points;
    private final Instant expiresAt;

    PointsHold(String cartCode, long points, Instant expiresAt) {
        this.cartCode = cartCode;
        this.points = points;
        this.expiresAt = expiresAt;
    }

    public String cartCode() {
        return cartCode;
    }

    public long points() {
        return points;
    }

    /** When the sweeper gives the points back if no order confirmed them. */
    public Instant expiresAt() {
        return expiresAt;
    }
}
