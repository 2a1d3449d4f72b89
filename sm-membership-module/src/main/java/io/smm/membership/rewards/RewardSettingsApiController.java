package io.smm.membership.rewards;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.time.Instants;
import io.smm.membership.web.MembershipApi;

/**
 * The owner's rewards settings: welcome and birthday points or coupons, referral points, the referrers' monthly cap.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/rewards/settings")
class RewardSettingsApiController {

    private final CurrentOwner owner;
    private final RewardSettingsService settings;

    RewardSettingsApiController(CurrentOwner owner, RewardSettingsService settings) {
        this.owner = owner;
        this.settings = settings;
    }

    @GetMapping
    Map<String, Object> get() {
        return view(settings.get(owner.get().storeCode()));
    }

    @PutMapping
    Map<String, Object> save(@RequestBody Map<String, Object> body) {
        return view(settings.save(owner.get().storeCode(), body));
    }

    private static Map<String, Object> view(RewardSettings saved) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("welcomePoints", saved.getWelcomePoints());
        view.put("welcomeCouponId", saved.getWelcomeCouponId());
        view.put("birthdayPoints", saved.getBirthdayPoints());
        view.put("birthdayCouponId", saved.getBirthdayCouponId());
        view.put("referrerPoints", saved.getReferrerPoints());
        view.put("friendPoints", saved.getFriendPoints());
        view.put("referralMonthlyCap", saved.getReferralMonthlyCap());
        view.put("updatedAt", Instants.iso(saved.getUpdatedAt()));
        return view;
    }
}
