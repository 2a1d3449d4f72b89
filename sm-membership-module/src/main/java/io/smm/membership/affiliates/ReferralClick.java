package io.smm.membership.affiliates;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A click a shopper's referral remembers: whose link, which logged click, and when (to the second). */
public final class ReferralClick {

    private final long affiliateId;
    private final long clickId;
    private final Instant at;

    public ReferralClick(long affiliateId, long clickId, Instant at) {
        this.affiliateId = affiliateId;
        this.clickId = clickId;
        this.at = Objects.requireNonNull(at);
    }

    public long affiliateId() {
        return affiliateId;
    }

    public long clickId() {
        return clickId;
    }

    public Instant at() {
        return at;
    }

    /** Whether it still credits an order at {@code when}: a click exactly {@code window} old still does. */
    public boolean countsAt(Instant when, Duration window) {
        return !at.plus(window).isBefore(when);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReferralClick)) {
            return false;
        }
        ReferralClick that = (ReferralClick) other;
        return affiliateId == that.affiliateId && clickId == that.clickId && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(affiliateId, clickId, at);
    }

    @Override
    public String toString() {
        return "click " + clickId + " of affiliate " + affiliateId + " at " + at;
    }
}
