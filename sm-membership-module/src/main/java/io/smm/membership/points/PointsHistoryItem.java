package io.smm.membership.points;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One entry of a shopper's points history: what moved, how many points (signed), for which order, why and by whom
 * (the owner's adjustments), and when.
 */
public final class PointsHistoryItem {

    private final PointsEntryKind kind;
    private final long points;
    private final Long orderId;
    private final String reason;
    private final String actor;
    private final Instant recordedAt;

    private PointsHistoryItem(PointsEntryKind kind, long points, Long orderId, String reason, String actor,
            Instant recordedAt) {
        this.kind = kind;
        this.points = points;
        this.orderId = orderId;
        this.reason = reason;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    /** @param orderOfRedemption the order a redemption's hold was confirmed with, else null */
    static PointsHistoryItem of(PointsEntry entry, Long orderOfRedemption) {
        return new PointsHistoryItem(entry.getKind(), entry.getPoints(),
                entry.getOrderId() != null ? entry.getOrderId() : orderOfRedemption, entry.getReason(),
                entry.getActor(), entry.getRecordedAt());
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

    /** The owner's user name for an adjustment; null otherwise. */
    public String actor() {
        return actor;
    }

    /** The reason to show: a reward's in the reader's language, the owner's as the owner wrote it. */
    public String reasonIn(MessageSource messages, Locale locale) {
        return reason != null && reason.startsWith("membership.") ? messages.getMessage(reason, null, reason, locale)
                : reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
