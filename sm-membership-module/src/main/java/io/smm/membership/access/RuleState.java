package io.smm.membership.access;

/** What an owner sets in one cell (audience, permission) of a category: allow, possibly from a date, or deny. */
public enum RuleState {
    ALLOW,
    DENY
}
