package io.smm.membership.points;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A shopper's points as shown: usable (never an expired point, even before the expiry job ran), pending (earned,
 * not yet past the return window), expiring soon (usable, expiring within 30 days), and the account's total
 * (every lot's remainder: pending and expired-not-yet-run included).
 */
public final class PointsAccountView {

    static final Duration SOON = Duration.ofDays(30);
    static final PointsAccountView NONE = new PointsAccountView(0, 0, 0, 0);

    private final long usable;
    private final long pending;
    private final long expiringSoon;
    private final long total;

    PointsAccountView(long usable, long pending, long expiringSoon, long total) {
        this.usable = usable;
        this.pending = pending;
        this.expiringSoon = expiringSoon;
        this.total = total;
    }

    /** What the account's unexpired lots with points left show at {@code now}. */
    static PointsAccountView of(List<PointsLot> unexpired, long total, Instant now) {
        long usable = 0;
        long pending = 0;
        long soon = 0;
        for (PointsLot lot : unexpired) {
            if (lot.usableAt(now)) {
                usable += lot.getRemaining();
                soon += lot.getExpiresAt().isAfter(now.plus(SOON)) ? 0 : lot.getRemaining();
            } else if (lot.getExpiresAt().isAfter(now)) {
                pending += lot.getRemaining();
            }
        }
        return new PointsAccountView(usable, pending, soon, total);
    }

    /** The balance shown: usable points. */
    public long usable() {
        return usable;
    }

    public long pending() {
        return pending;
    }

    public long expiringSoon() {
        return expiringSoon;
    }

    public long total() {
        return total;
    }
}
