package io.smm.membership.pricing;

/** How a member price meets the host's own special price. */
public enum SpecialPricePolicy {
    /** The shopper pays the lower of the member price and the special price. */
    LOWER_OF,
    /** A member price, when a rule applies, replaces the special price. */
    MEMBER_REPLACES_SPECIAL
}
