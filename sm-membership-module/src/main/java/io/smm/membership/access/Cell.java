package io.smm.membership.access;

import java.time.Instant;

/** A set cell as a category has it, its own or inherited: allow (from {@code opensAt} if set) or deny. */
final class Cell {

    final RuleState state;
    final Instant opensAt;
    /** The category that set it. */
    final long from;

    Cell(RuleState state, Instant opensAt, long from) {
        this.state = state;
        this.opensAt = state == RuleState.ALLOW ? opensAt : null;
        this.from = from;
    }

    Access.State at(Instant now) {
        if (state == RuleState.DENY) {
            return Access.State.DENIED;
        }
        return opensAt != null && now.isBefore(opensAt) ? Access.State.NOT_YET : Access.State.ALLOWED;
    }
}
