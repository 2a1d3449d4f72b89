package io.smm.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.StandInCatalog;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.identity.CustomerJoined;
import io.smm.membership.identity.CustomerJoinedListener;
import io.smm.membership.rewards.BirthdayRewards;
import io.smm.membership.rewards.BirthdayService;
import io.smm.membership.rewards.InviteService;
import io.smm.membership.rewards.ReferralRewards;
import io.smm.membership.rewards.RewardSettingsService;

/**
 * The demo's rewards: 200 points to welcome a new member, a 15 % birthday coupon, 500 points to a member whose
 * invited friend's first order has stood the return window and 250 to the friend, at most five a month. Silver
 * (陳美玲) invited two friends: Amy joined five weeks ago and ordered, so both were rewarded; Ben joined this week
 * and waits for his order's return window. Silver's birthday is today: her coupon is out.
 */
final class DemoRewards {

    private static final String BIRTHDAY_COUPON = "BIRTHDAY15";

    private final RewardSettingsService settings;
    private final CouponService coupons;
    private final InviteService invites;
    /** What the host seam tells of a registration: the welcome reward. */
    private final List<CustomerJoinedListener> joined;
    private final ReferralRewards referrals;
    private final BirthdayService birthdays;
    private final BirthdayRewards birthdayRewards;
    private final StandInCatalog catalog;
    private final DemoClock clock;

    DemoRewards(RewardSettingsService settings, CouponService coupons, InviteService invites,
            List<CustomerJoinedListener> joined, ReferralRewards referrals, BirthdayService birthdays,
            BirthdayRewards birthdayRewards, StandInCatalog catalog, DemoClock clock) {
        this.settings = settings;
        this.coupons = coupons;
        this.invites = invites;
        this.joined = joined;
        this.referrals = referrals;
        this.birthdays = birthdays;
        this.birthdayRewards = birthdayRewards;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The settings, and the friends Silver invited, with their orders: placed before the year's orders earn their
     * points, so that theirs earn too.
     *
     * @param silver the member who invited the friends
     */
    void invite(long silver) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("welcomePoints", 200);
        terms.put("birthdayCouponId", coupons.create(DemoData.STORE, birthdayCoupon()).getId());
        terms.put("referrerPoints", 500);
        terms.put("friendPoints", 250);
        terms.put("referralMonthlyCap", 5);
        settings.save(DemoData.STORE, terms);
        String code = invites.codeOf(DemoData.STORE, silver);
        friend(code, "amy@demo.example", "Amy", "Lin", 36, 33);
        friend(code, "ben@demo.example", "家明", "陳", 4, 2);
    }

    /** The daily rewards as they ran today: Amy's referral rewarded, Silver's birthday coupon. */
    void settle(long silver) {
        referrals.settleDue();
        LocalDate today = LocalDate.now();
        birthdays.set(DemoData.STORE, silver, today.getMonthValue(), today.getDayOfMonth());
        birthdayRewards.grantDue();
    }

    /** A friend who joins with the member's invite code {@code joinedDaysAgo} and orders tea some days later. */
    private void friend(String code, String email, String givenName, String familyName, int joinedDaysAgo,
            int orderedDaysAgo) {
        Instant now = Instant.now();
        long friend = catalog.createCustomer(email, DemoData.PASSWORD, givenName, familyName);
        clock.at(now.minus(Duration.ofDays(joinedDaysAgo)), () -> {
            joined.forEach(listener -> listener.joined(new CustomerJoined(DemoData.STORE, friend)));
            invites.bind(DemoData.STORE, friend, code);
        });
        catalog.placeOrder(DemoData.STORE, friend, Map.of("TE-2", 2, "BR-3", 1),
                Date.from(now.minus(Duration.ofDays(orderedDaysAgo))), OrderStatus.DELIVERED);
    }

    private static CouponDraft birthdayCoupon() {
        CouponDraft draft = new CouponDraft();
        draft.setCode(BIRTHDAY_COUPON);
        draft.setName("Happy birthday, 15 % off");
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(new BigDecimal("15"));
        return draft;
    }
}
