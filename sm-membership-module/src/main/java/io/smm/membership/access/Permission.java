package io.smm.membership.access;

/** What a category's rules let a shopper do, each implying the one before: buy needs the price, the price a browse. */
public enum Permission {
    BROWSE,
    SEE_PRICE,
    BUY
}
