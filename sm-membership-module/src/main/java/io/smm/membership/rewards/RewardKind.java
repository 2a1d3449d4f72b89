package io.smm.membership.rewards;

/** What a reward was given for. */
public enum RewardKind {
    WELCOME, BIRTHDAY, REFERRER, REFERRED
}
