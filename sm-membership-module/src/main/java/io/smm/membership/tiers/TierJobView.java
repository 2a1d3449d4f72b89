package io.smm.membership.tiers;

import io.smm.membership.time.Instants;

/** The daily job's current or last run as our JSON shows it: instants in ISO-8601. */
public final class TierJobView {

    private final TierJobState.Status status;
    private final String startedAt;
    private final String finishedAt;
    private final int evaluated;
    private final int moved;

    private TierJobView(TierJobState state) {
        this.status = state.getStatus();
        this.startedAt = Instants.iso(state.getStartedAt());
        this.finishedAt = Instants.iso(state.getFinishedAt());
        this.evaluated = state.getEvaluated();
        this.moved = state.getMoved();
    }

    public static TierJobView of(TierJobState state) {
        return new TierJobView(state);
    }

    public TierJobState.Status getStatus() {
        return status;
    }

    public String getStartedAt() {
        return startedAt;
    }

    public String getFinishedAt() {
        return finishedAt;
    }

    public int getEvaluated() {
        return evaluated;
    }

    public int getMoved() {
        return moved;
    }
}
