package io.smm.membership.rewards;

/** Where a friend's referral stands: bound at registration, then rewarded, or refused for good. */
public enum ReferralState {
    BOUND, REWARDED, REFUSED_SELF, CAPPED
}
