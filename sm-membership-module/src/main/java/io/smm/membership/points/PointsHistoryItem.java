package io.smm.membership.points;

import java.time.Instant;

/** One entry of a shopper's points history: what moved, how many points (signed), for which order, and when. */
public final class PointsHistoryItem {

    private final PointsEntryKind kind;
    private final long points;
    private final Long orderId;
    private final String reason;
    private final Instant recordedAt;

    private PointsHistoryItem(PointsEntryKind kind, long points, Long orderId, String reason, Instant recordedAt) {
        this.kind = kind;
        this.points = points;
        this.orderId = orderId;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    /** @param orderOfRedemption the order a redemption's hold was confirmed with, else null */
    static PointsHistoryItem of(PointsEntry entry, Long orderOfRedemption) {
        return new PointsHistoryItem(entry.getKind(), entry.getPoints(),
                entry.getOrderId() != null ? entry.getOrderId() : orderOfRedemption, entry.getReason(),
                entry.getRecordedAt());
    }

    public PointsEntryKind kind() {
        return kind;
    }

    public long points() {
        return points;
    }

    public Long orderId() {
        return orderId;
    }

    /** The owner's or the reward's reason; null for order movements. */
    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
