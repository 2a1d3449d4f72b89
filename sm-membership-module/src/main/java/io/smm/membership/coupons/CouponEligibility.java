package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.DiscountSplit;
import io.smm.membership.money.MoneyRule;

/**
 * The rules a coupon must pass for a cart, checked in the order of {@link CouponRefusal}, and the discount it
 * then gives: taken from the member prices of the lines it applies to, capped, never more than those lines cost,
 * rounded once at the currency's scale and split over the lines so that the parts add up exactly.
 */
public final class CouponEligibility {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CouponEligibility() {
    }

    /**
     * @param money how the discount is rounded
     * @param scale the store currency's number of decimals
     */
    public static CouponQuote check(CouponTerms terms, List<CheckoutLine> cart, CouponShopper shopper, CouponUses uses,
            Instant now, MoneyRule money, int scale) {
        CouponRefusal refusal = refusal(terms, cart, shopper, uses, now);
        if (refusal != null) {
            return CouponQuote.refused(refusal);
        }
        Predicate<CheckoutLine> inBase = terms.base == CouponTerms.Base.ORDER ? line -> !terms.scope.excludes(line)
                : terms.scope::covers;
        BigDecimal baseTotal = total(cart, inBase);
        BigDecimal discount = terms.kind == CouponTerms.Kind.PERCENT
                ? baseTotal.multiply(terms.value).divide(HUNDRED) : terms.value;
        if (terms.maxDiscount != null) {
            discount = discount.min(terms.maxDiscount);
        }
        discount = money.round(discount, scale).min(baseTotal.setScale(scale, RoundingMode.DOWN));
        return CouponQuote.discount(discount, DiscountSplit.split(discount,
                cart.stream().map(line -> inBase.test(line) ? line.total() : BigDecimal.ZERO)
                        .collect(Collectors.toList()), scale));
    }

    private static CouponRefusal refusal(CouponTerms terms, List<CheckoutLine> cart, CouponShopper shopper,
            CouponUses uses, Instant now) {
        if (!terms.active) {
            return CouponRefusal.UNKNOWN;
        }
        if (terms.startsAt != null && now.isBefore(terms.startsAt)) {
            return CouponRefusal.NOT_STARTED;
        }
        if (terms.endsAt != null && !now.isBefore(terms.endsAt)) {
            return CouponRefusal.EXPIRED;
        }
        if (terms.boundCustomerId != null && !terms.boundCustomerId.equals(shopper.customerId)) {
            return shopper.isGuest() ? CouponRefusal.LOG_IN_FIRST : CouponRefusal.NOT_YOURS;
        }
        if (shopper.isGuest() && !terms.guestsAllowed) {
            return CouponRefusal.LOG_IN_FIRST;
        }
        if (!terms.groupIds.isEmpty() && Collections.disjoint(terms.groupIds, shopper.groupIds)) {
            return shopper.isGuest() ? CouponRefusal.LOG_IN_FIRST : CouponRefusal.NOT_FOR_YOUR_GROUP;
        }
        if (terms.totalLimit != null && uses.total >= terms.totalLimit) {
            return CouponRefusal.USED_UP;
        }
        if (terms.perCustomerLimit != null && uses.byShopper >= terms.perCustomerLimit) {
            return CouponRefusal.USED_BY_YOU;
        }
        if (cart.stream().noneMatch(terms.scope::covers)) {
            return CouponRefusal.NOTHING_ELIGIBLE;
        }
        if (terms.minSubtotal != null && total(cart, terms.scope::covers).compareTo(terms.minSubtotal) < 0) {
            return CouponRefusal.MINIMUM_NOT_REACHED;
        }
        return null;
    }

    private static BigDecimal total(List<CheckoutLine> cart, Predicate<CheckoutLine> counted) {
        return cart.stream().filter(counted).map(CheckoutLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
