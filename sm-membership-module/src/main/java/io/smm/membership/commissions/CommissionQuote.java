package io.smm.membership.commissions;

import io.smm.membership.affiliates.Attribution;
import io.smm.membership.checkout.CartContents;

/**
 * What the commission participant keeps of a priced cart for its confirm: the affiliate it is credited to and why,
 * and the cart's lines and customer e-mail. Not a total change: it adds no line to the host's totals.
 */
public final class CommissionQuote {

    private final Attribution attribution;
    private final CartContents contents;

    CommissionQuote(Attribution attribution, CartContents contents) {
        this.attribution = attribution;
        this.contents = contents;
    }

    public Attribution attribution() {
        return attribution;
    }

    CartContents contents() {
        return contents;
    }
}
