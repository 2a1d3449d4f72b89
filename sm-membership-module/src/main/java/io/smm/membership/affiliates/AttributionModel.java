package io.smm.membership.affiliates;

/** Which of a shopper's clicks within the window an order is credited to. */
public enum AttributionModel {
    /** The latest click. */
    LAST_CLICK,
    /** The earliest click of the current window: a click after the first one expired becomes the first. */
    FIRST_CLICK
}
