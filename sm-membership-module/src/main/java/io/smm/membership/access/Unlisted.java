package io.smm.membership.access;

/** What a restricted category gives an audience it has no rule for: the store's default. */
public enum Unlisted {
    OPEN,
    CLOSED
}
