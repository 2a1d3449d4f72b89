package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.money.MoneyRule;

class CouponEligibilityTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final long SHOES = 10;
    private static final long RUNNING_SHOES = 11;
    private static final long HATS = 20;
    private static final long VIP = 3;
    private static final CouponShopper MEMBER = CouponShopper.customer(7L, Set.of(VIP));
    private static final CouponShopper GUEST = CouponShopper.guest("Guest@Example.com", Set.of());
    private static final CouponUses UNUSED = new CouponUses(0, 0);
    private static final MoneyRule HALF_UP = new MoneyRule(RoundingMode.HALF_UP);

    private final Terms terms = new Terms();

    @Test
    void aDisabledCouponIsUnknownToTheShopper() {
        terms.active = false;

        assertThat(refusal(cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.UNKNOWN);
    }

    @Test
    void startsAtItsStartAndEndsAtItsEnd() {
        terms.startsAt = NOW;
        assertThat(quote(cart(shoe("50.00", 1))).refusal()).isEmpty();
        terms.startsAt = NOW.plusSeconds(1);
        assertThat(refusal(cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.NOT_STARTED);

        terms.startsAt = null;
        terms.endsAt = NOW.plusSeconds(1);
        assertThat(quote(cart(shoe("50.00", 1))).refusal()).isEmpty();
        terms.endsAt = NOW;
        assertThat(refusal(cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.EXPIRED);
    }

    @Test
    void guestsMustLogInUnlessAllowedAndThenStillForGroupCoupons() {
        assertThat(refusal(GUEST, UNUSED, cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.LOG_IN_FIRST);

        terms.guestsAllowed = true;
        assertThat(quote(GUEST, UNUSED, cart(shoe("50.00", 1))).refusal()).isEmpty();

        terms.groupIds = Set.of(VIP);
        assertThat(refusal(GUEST, UNUSED, cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.LOG_IN_FIRST);
    }

    @Test
    void aBoundCodeIsForItsCustomerAloneEvenWhereGuestsAreAllowed() {
        terms.guestsAllowed = true;
        terms.boundCustomerId = 7L;
        assertThat(quote(MEMBER, UNUSED, cart(shoe("50.00", 1))).refusal()).isEmpty();

        assertThat(refusal(CouponShopper.customer(8L, Set.of(VIP)), UNUSED, cart(shoe("50.00", 1))))
                .isEqualTo(CouponRefusal.NOT_YOURS);
        assertThat(refusal(GUEST, UNUSED, cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.LOG_IN_FIRST);
    }

    @Test
    void aGroupCouponIsForItsGroupsOnly() {
        terms.groupIds = Set.of(VIP, 4L);
        assertThat(quote(cart(shoe("50.00", 1))).refusal()).isEmpty();

        terms.groupIds = Set.of(4L);
        assertThat(refusal(cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.NOT_FOR_YOUR_GROUP);
    }

    @Test
    void isUsedUpAtItsTotalLimitAndForTheShopperAtTheirs() {
        terms.totalLimit = 42;
        terms.perCustomerLimit = 2;

        assertThat(quote(MEMBER, new CouponUses(41, 1), cart(shoe("50.00", 1))).refusal()).isEmpty();
        assertThat(refusal(MEMBER, new CouponUses(42, 0), cart(shoe("50.00", 1)))).isEqualTo(CouponRefusal.USED_UP);
        assertThat(refusal(MEMBER, new CouponUses(10, 2), cart(shoe("50.00", 1))))
                .isEqualTo(CouponRefusal.USED_BY_YOU);
    }

    @Test
    void appliesToItsCategoriesWithTheirSubcategoriesAndProductsLessExclusions() {
        terms.scope = new CouponTerms.Scope(Set.of(SHOES), Set.of(500L), Set.of(), Set.of(501L));

        assertThat(refusal(cart(hat("30.00", 1)))).isEqualTo(CouponRefusal.NOTHING_ELIGIBLE);
        assertThat(quote(cart(line(600, Set.of(RUNNING_SHOES, SHOES), "40.00", 1))).refusal()).isEmpty();
        assertThat(quote(cart(line(500, Set.of(HATS), "40.00", 1))).refusal()).isEmpty();
        assertThat(refusal(cart(line(501, Set.of(SHOES), "40.00", 1)))).isEqualTo(CouponRefusal.NOTHING_ELIGIBLE);

        terms.scope = new CouponTerms.Scope(Set.of(), Set.of(), Set.of(RUNNING_SHOES), Set.of());
        assertThat(refusal(cart(line(600, Set.of(RUNNING_SHOES, SHOES), "40.00", 1))))
                .isEqualTo(CouponRefusal.NOTHING_ELIGIBLE);
    }

    @Test
    void needsItsMinimumFromTheEligibleLinesAlone() {
        terms.minSubtotal = new BigDecimal("100.00");
        terms.scope = new CouponTerms.Scope(Set.of(SHOES), Set.of(), Set.of(), Set.of());

        assertThat(quote(cart(shoe("50.00", 2))).refusal()).isEmpty();
        assertThat(refusal(cart(shoe("49.99", 2), hat("500.00", 1)))).isEqualTo(CouponRefusal.MINIMUM_NOT_REACHED);
    }

    @Test
    void takesAPercentOffTheEligibleLinesRoundedOnce() {
        terms.value = new BigDecimal("15");
        terms.base = CouponTerms.Base.ELIGIBLE_LINES;
        terms.scope = new CouponTerms.Scope(Set.of(SHOES), Set.of(), Set.of(), Set.of());

        CouponQuote quote = quote(cart(shoe("33.33", 1), hat("100.00", 1), shoe("0.10", 1)));

        assertThat(quote.discount()).isEqualByComparingTo("5.01");
        // 5.01 × 33.33 / 33.43 = 4.995…, 5.01 × 0.10 / 33.43 = 0.0149…: the cent left goes to the larger loss
        assertThat(quote.lineDiscounts()).containsExactly(new BigDecimal("5.00"), new BigDecimal("0.00"),
                new BigDecimal("0.01"));
    }

    @Test
    void takesItFromTheWholeOrderLessExclusionsWhenItsBaseIsTheOrder() {
        terms.value = new BigDecimal("10");
        terms.scope = new CouponTerms.Scope(Set.of(SHOES), Set.of(), Set.of(), Set.of(900L));

        CouponQuote quote = quote(cart(shoe("50.00", 1), hat("50.00", 1), line(900, Set.of(HATS), "100.00", 1)));

        assertThat(quote.discount()).isEqualByComparingTo("10.00");
        assertThat(quote.lineDiscounts()).containsExactly(new BigDecimal("5.00"), new BigDecimal("5.00"),
                new BigDecimal("0.00"));
    }

    @Test
    void isCappedByItsMaximumAndNeverMoreThanTheLinesCost() {
        terms.value = new BigDecimal("50");
        terms.maxDiscount = new BigDecimal("20.00");
        assertThat(quote(cart(shoe("100.00", 1))).discount()).isEqualByComparingTo("20.00");

        terms.kind = CouponTerms.Kind.AMOUNT;
        terms.value = new BigDecimal("30.00");
        terms.maxDiscount = null;
        assertThat(quote(cart(shoe("12.50", 1))).discount()).isEqualByComparingTo("12.50");
    }

    @Test
    void splitsOverEqualLinesSoThatThePartsAddUpExactly() {
        terms.kind = CouponTerms.Kind.AMOUNT;
        terms.value = new BigDecimal("10.00");

        CouponQuote quote = quote(cart(shoe("20.00", 1), shoe("20.00", 1), shoe("20.00", 1)));

        assertThat(quote.lineDiscounts()).containsExactly(new BigDecimal("3.34"), new BigDecimal("3.33"),
                new BigDecimal("3.33"));
    }

    @Test
    void roundsAtTheCurrencyScale() {
        terms.value = new BigDecimal("12.5");

        CouponQuote yen = CouponEligibility.check(terms.build(), cart(shoe("1001", 1)), MEMBER, UNUSED, NOW, HALF_UP,
                0);

        assertThat(yen.discount()).isEqualByComparingTo("125");
        assertThat(yen.discount().scale()).isZero();

        terms.value = new BigDecimal("100");
        CouponQuote all = CouponEligibility.check(terms.build(), cart(shoe("1500.00", 1)), MEMBER, UNUSED, NOW,
                HALF_UP, 0);

        assertThat(all.discount()).isEqualByComparingTo("1500");
        assertThat(all.discount().scale()).isZero();
    }

    @Test
    void roundsTheDiscountByTheStoresRoundingMode() {
        terms.kind = CouponTerms.Kind.PERCENT;
        terms.value = new BigDecimal("10");
        List<CheckoutLine> cart = cart(shoe("12.25", 1));

        CouponQuote halfUp = CouponEligibility.check(terms.build(), cart, MEMBER, UNUSED, NOW, HALF_UP, 2);
        CouponQuote halfEven = CouponEligibility.check(terms.build(), cart, MEMBER, UNUSED, NOW,
                new MoneyRule(RoundingMode.HALF_EVEN), 2);

        assertThat(halfUp.discount()).isEqualTo(new BigDecimal("1.23"));
        assertThat(halfEven.discount()).isEqualTo(new BigDecimal("1.22"));
        assertThat(halfEven.lineDiscounts()).containsExactly(new BigDecimal("1.22"));
    }

    private CouponRefusal refusal(List<CheckoutLine> cart) {
        return refusal(MEMBER, UNUSED, cart);
    }

    private CouponRefusal refusal(CouponShopper shopper, CouponUses uses, List<CheckoutLine> cart) {
        return quote(shopper, uses, cart).refusal().orElseThrow();
    }

    private CouponQuote quote(List<CheckoutLine> cart) {
        return quote(MEMBER, UNUSED, cart);
    }

    private CouponQuote quote(CouponShopper shopper, CouponUses uses, List<CheckoutLine> cart) {
        return CouponEligibility.check(terms.build(), cart, shopper, uses, NOW, HALF_UP, 2);
    }

    private static List<CheckoutLine> cart(CheckoutLine... lines) {
        return List.of(lines);
    }

    private static CheckoutLine shoe(String price, int quantity) {
        return line(100, Set.of(SHOES), price, quantity);
    }

    private static CheckoutLine hat(String price, int quantity) {
        return line(200, Set.of(HATS), price, quantity);
    }

    private static CheckoutLine line(long productId, Set<Long> categories, String price, int quantity) {
        return new CheckoutLine(productId, categories, new BigDecimal(price), quantity);
    }

    /** A 10 % coupon on the whole order for members by default; each test changes what it is about. */
    private static final class Terms {
        boolean active = true;
        CouponTerms.Kind kind = CouponTerms.Kind.PERCENT;
        BigDecimal value = BigDecimal.TEN;
        CouponTerms.Base base = CouponTerms.Base.ORDER;
        BigDecimal maxDiscount;
        BigDecimal minSubtotal;
        Instant startsAt;
        Instant endsAt;
        Integer totalLimit;
        Integer perCustomerLimit;
        boolean guestsAllowed;
        Set<Long> groupIds = Set.of();
        CouponTerms.Scope scope = CouponTerms.Scope.EVERYTHING;
        Long boundCustomerId;

        CouponTerms build() {
            return new CouponTerms(active, kind, value, base, maxDiscount, minSubtotal, startsAt, endsAt, totalLimit,
                    perCustomerLimit, guestsAllowed, groupIds, scope, boundCustomerId);
        }
    }
}
