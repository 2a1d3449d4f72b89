package io.smm.membership.rewards;

import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.time.Instants;
import io.smm.membership.web.MembershipApi;

/** A logged-in shopper's rewards: what they received, their invite code and its friends, their birthday. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership")
class ShopperRewardsApiController {

    private final CurrentShopper shopper;
    private final RewardRepository rewards;
    private final InviteService invites;
    private final BirthdayService birthdays;
    private final String inviteLinkBase;

    /** @param storefrontUrl the storefront's address, the invite link's start; blank for this host's own */
    ShopperRewardsApiController(CurrentShopper shopper, RewardRepository rewards, InviteService invites,
            BirthdayService birthdays, String storefrontUrl) {
        this.shopper = shopper;
        this.rewards = rewards;
        this.invites = invites;
        this.birthdays = birthdays;
        this.inviteLinkBase = (storefrontUrl == null ? "" : storefrontUrl.trim().replaceAll("/+$", "")) + "/i/";
    }

    @GetMapping("/rewards")
    public List<Map<String, Object>> rewards() {
        Shopper current = shopper.get();
        return rewards.ofCustomer(current.storeCode(), current.requireCustomerId()).stream().map(reward -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", reward.getKind().name());
            view.put("period", reward.getPeriodKey());
            view.put("points", reward.getPoints());
            view.put("couponCode", reward.getCouponCode());
            view.put("grantedAt", Instants.iso(reward.getGrantedAt()));
            return view;
        }).collect(Collectors.toList());
    }

    @GetMapping("/invite")
    Map<String, Object> invite() {
        Shopper current = shopper.get();
        long customerId = current.requireCustomerId();
        String code = invites.codeOf(current.storeCode(), customerId);
        List<ReferralBinding> friends = invites.friendsOf(current.storeCode(), customerId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("link", inviteLinkBase + code);
        view.put("friendsBound", friends.size());
        view.put("friendsRewarded", friends.stream().filter(f -> f.getState() == ReferralState.REWARDED).count());
        return view;
    }

    /** The shopper's birthday, set once: {@code {"month": 2, "day": 29}}. */
    @PutMapping("/birthday")
    Map<String, Object> birthday(@RequestBody Map<String, Object> body) {
        Shopper current = shopper.get();
        MonthDay set = birthdays.set(current.storeCode(), current.requireCustomerId(), number(body.get("month")),
                number(body.get("day")));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("month", set.getMonthValue());
        view.put("day", set.getDayOfMonth());
        return view;
    }

    private static Integer number(Object value) {
        return value instanceof Integer ? (Integer) value : null;
    }
}
