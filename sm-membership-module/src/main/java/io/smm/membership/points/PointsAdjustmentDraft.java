package io.smm.membership.points;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/**
 * The owner's adjustment of a member's points: a non-zero whole number (negative takes points), a reason of at
 * most 255 characters, and optionally a key of at most 100 characters so that a form sent twice writes once.
 */
public class PointsAdjustmentDraft extends Draft {

    static final int REASON_MAX = 255;
    static final int KEY_MAX = 100;

    private Long points;
    private String reason;
    private String key;

    /** Its broken fields, each named. */
    List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (points == null || points == 0) {
            violations.add(new Violation("points", "membership.points.adjust.points"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "membership.points.adjust.reason"));
        } else if (reason.strip().length() > REASON_MAX) {
            violations.add(new Violation("reason", "membership.points.adjust.reason.length", REASON_MAX));
        }
        if (key != null && (key.isBlank() || key.length() > KEY_MAX)) {
            violations.add(new Violation("key", "membership.points.adjust.key", KEY_MAX));
        }
        return violations;
    }

    /** The ledger key: the owner's key, or a new one when none was sent. */
    String entryKey() {
        return "adjust:" + (key == null ? UUID.randomUUID().toString() : key);
    }

    public Long getPoints() {
        return points;
    }

    public void setPoints(Long points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
