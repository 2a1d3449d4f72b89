package io.smm.membership.commissions;

import java.util.Optional;

import io.smm.membership.affiliates.AffiliateCard;

/**
 * Why an order is the affiliate's own, and earns nothing: its customer account, its e-mail address or its payout
 * e-mail address (any case) placed it. Kept in SMM_COMMISSION.FLAG.
 */
public enum SelfReferral {
    SELF_ACCOUNT,
    SELF_EMAIL,
    SELF_PAYOUT_EMAIL;

    /** The first identity of the affiliate the order was placed by, if any. */
    static Optional<SelfReferral> of(AffiliateCard affiliate, Long customerId, String email) {
        if (customerId != null && affiliate.customerId().filter(customerId::equals).isPresent()) {
            return Optional.of(SELF_ACCOUNT);
        }
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String placedBy = email.trim();
        if (placedBy.equalsIgnoreCase(trimmed(affiliate.email()))) {
            return Optional.of(SELF_EMAIL);
        }
        return affiliate.payoutEmail().map(SelfReferral::trimmed).filter(placedBy::equalsIgnoreCase)
                .map(any -> SELF_PAYOUT_EMAIL);
    }

    private static String trimmed(String email) {
        return email == null ? null : email.trim();
    }
}
