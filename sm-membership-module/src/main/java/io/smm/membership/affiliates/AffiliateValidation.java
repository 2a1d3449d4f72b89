package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.smm.membership.web.Violation;

/**
 * The shape of an affiliate, an application, payout details and settings; each broken rule names its field.
 * Checks needing the store (a tracking id taken, a customer already an affiliate) are the service's.
 */
final class AffiliateValidation {

    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 200;
    static final int MAX_PAYOUT_METHOD = 40;
    static final int MAX_PAYOUT_DETAILS = 500;
    static final int MAX_NOTE = 1000;
    static final int MAX_REASON = 500;
    private static final int RATE_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AffiliateValidation() {
    }

    static List<Violation> check(AffiliateDraft draft) {
        List<Violation> violations = new ArrayList<>();
        required("name", draft.getName(), MAX_NAME, violations);
        if (draft.getEmail() == null || draft.getEmail().isBlank()) {
            violations.add(new Violation("email", "membership.affiliate.email.required"));
        } else {
            email("email", draft.getEmail(), violations);
        }
        trackingId(draft.getTrackingId(), violations);
        rate("rate", draft.getRate(), violations);
        categoryRates(draft.getCategoryRates(), violations);
        payout(draft.getPayoutMethod(), draft.getPayoutEmail(), draft.getPayoutDetails(), violations);
        return violations;
    }

    /** A tracking id entered by the owner or an applicant: blank (none asked for) or of the right shape. */
    static void trackingId(String trackingId, List<Violation> violations) {
        if (trackingId != null && !trackingId.isBlank()
                && !AffiliateTrackingIdRule.isValid(AffiliateTrackingIdRule.normalize(trackingId))) {
            violations.add(new Violation("trackingId", "membership.affiliate.tracking-id.shape",
                    AffiliateTrackingIdRule.MAX_LENGTH));
        }
    }

    /** Payout details are optional, each within its column; a payout e-mail must look like one. */
    static void payout(String method, String payoutEmail, String details, List<Violation> violations) {
        optional("payoutMethod", method, MAX_PAYOUT_METHOD, violations);
        if (payoutEmail != null && !payoutEmail.isBlank()) {
            email("payoutEmail", payoutEmail, violations);
        }
        optional("payoutDetails", details, MAX_PAYOUT_DETAILS, violations);
    }

    /** A refusal's reason: required, told to the applicant. */
    static List<Violation> reason(String reason) {
        List<Violation> violations = new ArrayList<>();
        required("reason", reason, MAX_REASON, violations);
        return violations;
    }

    static void optional(String field, String text, int max, List<Violation> violations) {
        if (text != null && text.trim().length() > max) {
            violations.add(new Violation(field, "membership.text.too-long", max));
        }
    }

    /** A percent from 0 to 100 with at most 4 decimals, as the DECIMAL(7,4) columns keep it; null passes. */
    static void rate(String field, BigDecimal rate, List<Violation> violations) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0
                || rate.stripTrailingZeros().scale() > RATE_DECIMALS)) {
            violations.add(new Violation(field, "membership.affiliate.rate.range", RATE_DECIMALS));
        }
    }

    /** The text trimmed; blank as null. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void required(String field, String text, int max, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "membership.affiliate." + field + ".required"));
        } else {
            optional(field, text, max, violations);
        }
    }

    private static void email(String field, String email, List<Violation> violations) {
        String trimmed = email.trim();
        if (trimmed.length() > MAX_EMAIL) {
            violations.add(new Violation(field, "membership.text.too-long", MAX_EMAIL));
        } else if (!EMAIL.matcher(trimmed).matches()) {
            violations.add(new Violation(field, "membership.affiliate.email.invalid"));
        }
    }

    private static void categoryRates(List<AffiliateDraft.CategoryRate> rates, List<Violation> violations) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            AffiliateDraft.CategoryRate entry = rates.get(i);
            String at = "categoryRates[" + i + "]";
            if (entry == null) {
                violations.add(new Violation(at, "membership.affiliate.category-rate.required"));
                continue;
            }
            if (entry.getCategoryId() == null) {
                violations.add(new Violation(at + ".categoryId", "membership.affiliate.category.required"));
            } else if (!seen.add(entry.getCategoryId())) {
                violations.add(new Violation(at + ".categoryId", "membership.affiliate.category.duplicate",
                        entry.getCategoryId()));
            }
            if (entry.getRate() == null) {
                violations.add(new Violation(at + ".rate", "membership.affiliate.rate.required"));
            } else {
                rate(at + ".rate", entry.getRate(), violations);
            }
        }
    }
}
