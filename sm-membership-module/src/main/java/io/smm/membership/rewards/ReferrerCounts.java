package io.smm.membership.rewards;

/** One referrer's referrals counted by state, as the report's query gives them. */
interface ReferrerCounts {

    long getReferrerId();

    String getInviteCode();

    long getBound();

    long getPending();

    long getRewarded();

    long getCapped();

    long getRefusedSelf();
}
