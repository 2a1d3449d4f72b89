package io.smm.membership.access;

/** What a category shows before its browse opens to a shopper: its products as coming (no price, no cart), or none. */
public enum BeforeOpening {
    COMING,
    HIDDEN
}
