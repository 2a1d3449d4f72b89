package io.smm.membership.affiliates;

import java.time.Instant;

/** An hour in which one address clicked one affiliate's links more often than the store's burst limit. */
public final class ClickBurst {

    private final long affiliateId;
    private final String ipHash;
    private final Instant hour;
    private final long clicks;

    ClickBurst(long affiliateId, String ipHash, Instant hour, long clicks) {
        this.affiliateId = affiliateId;
        this.ipHash = ipHash;
        this.hour = hour;
        this.clicks = clicks;
    }

    public long getAffiliateId() {
        return affiliateId;
    }

    /** The address's keyed hash: the same address has the same hash, the address itself is never kept. */
    public String getIpHash() {
        return ipHash;
    }

    /** The start of the hour (UTC). */
    public Instant getHour() {
        return hour;
    }

    public long getClicks() {
        return clicks;
    }
}
