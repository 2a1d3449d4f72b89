package io.smm.membership.rewards;

/**
 * A line of the referral report: a referrer, their invite code and their friends bound, counted by what became of
 * them (pending: bound and not settled yet).
 */
public final class ReferrerRow {

    private final long referrerId;
    private final String email;
    private final String inviteCode;
    private final long friendsBound;
    private final long pending;
    private final long rewarded;
    private final long capped;
    private final long refusedSelf;

    ReferrerRow(ReferrerCounts counts, String email) {
        this.referrerId = counts.getReferrerId();
        this.email = email;
        this.inviteCode = counts.getInviteCode();
        this.friendsBound = counts.getBound();
        this.pending = counts.getPending();
        this.rewarded = counts.getRewarded();
        this.capped = counts.getCapped();
        this.refusedSelf = counts.getRefusedSelf();
    }

    public long getReferrerId() {
        return referrerId;
    }

    /** The referrer's e-mail address on the host; null when the host no longer has the customer. */
    public String getEmail() {
        return email;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public long getFriendsBound() {
        return friendsBound;
    }

    public long getPending() {
        return pending;
    }

    public long getRewarded() {
        return rewarded;
    }

    public long getCapped() {
        return capped;
    }

    public long getRefusedSelf() {
        return refusedSelf;
    }
}
