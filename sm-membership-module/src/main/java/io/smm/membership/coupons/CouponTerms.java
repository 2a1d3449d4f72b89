package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import io.smm.membership.checkout.CheckoutLine;

/**
 * What a coupon promises and on which terms, as the eligibility rules read it. Null limits and dates mean none;
 * empty group sets mean every group; empty category and product sets mean every product. A code bound to a
 * customer (pushed to a segment's member) is for that customer alone.
 */
public final class CouponTerms {

    /** Percent off, or a fixed amount off. */
    public enum Kind { PERCENT, AMOUNT }

    /** What the discount is taken from: every line the exclusions leave, or only the lines in scope. */
    public enum Base { ORDER, ELIGIBLE_LINES }

    final boolean active;
    final Kind kind;
    final BigDecimal value;
    final Base base;
    final BigDecimal maxDiscount;
    final BigDecimal minSubtotal;
    final Instant startsAt;
    final Instant endsAt;
    final Integer totalLimit;
    final Integer perCustomerLimit;
    final boolean guestsAllowed;
    final Set<Long> groupIds;
    final Scope scope;
    final Long boundCustomerId;

    public CouponTerms(boolean active, Kind kind, BigDecimal value, Base base, BigDecimal maxDiscount,
            BigDecimal minSubtotal, Instant startsAt, Instant endsAt, Integer totalLimit, Integer perCustomerLimit,
            boolean guestsAllowed, Set<Long> groupIds, Scope scope, Long boundCustomerId) {
        this.active = active;
        this.kind = kind;
        this.value = value;
        this.base = base;
        this.maxDiscount = maxDiscount;
        this.minSubtotal = minSubtotal;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.totalLimit = totalLimit;
        this.perCustomerLimit = perCustomerLimit;
        this.guestsAllowed = guestsAllowed;
        this.groupIds = Set.copyOf(groupIds);
        this.scope = scope;
        this.boundCustomerId = boundCustomerId;
    }

    /** The products a coupon is for: categories (with their subcategories) and products, less exclusions. */
    public static final class Scope {

        static final Scope EVERYTHING = new Scope(Set.of(), Set.of(), Set.of(), Set.of());

        private final Set<Long> categoryIds;
        private final Set<Long> productIds;
        private final Set<Long> excludedCategoryIds;
        private final Set<Long> excludedProductIds;

        public Scope(Set<Long> categoryIds, Set<Long> productIds, Set<Long> excludedCategoryIds,
                Set<Long> excludedProductIds) {
            this.categoryIds = Set.copyOf(categoryIds);
            this.productIds = Set.copyOf(productIds);
            this.excludedCategoryIds = Set.copyOf(excludedCategoryIds);
            this.excludedProductIds = Set.copyOf(excludedProductIds);
        }

        /** Whether the line is in scope; its categories include every ancestor, so a subcategory is in scope too. */
        boolean covers(CheckoutLine line) {
            return !excludes(line) && (categoryIds.isEmpty() && productIds.isEmpty()
                    || productIds.contains(line.productId()) || line.categoryIds().stream().anyMatch(categoryIds::contains));
        }

        boolean excludes(CheckoutLine line) {
            return excludedProductIds.contains(line.productId())
                    || line.categoryIds().stream().anyMatch(excludedCategoryIds::contains);
        }
    }
}
