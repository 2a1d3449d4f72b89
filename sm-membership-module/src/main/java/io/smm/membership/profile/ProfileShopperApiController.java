package io.smm.membership.profile;

import java.time.Clock;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.tiers.TierJobSchedule;
import io.smm.membership.tiers.TierProgress;
import io.smm.membership.tiers.TierService;
import io.smm.membership.web.MembershipApi;

/**
 * The logged-in shopper's own overview ({@code /api/v1/auth/**}): their spend and orders, their tier progress as
 * {@code GET /tier} gives it, and the offers they hold. Only ever the shopper's own data; a guest is refused.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership")
class ProfileShopperApiController {

    private final CurrentShopper currentShopper;
    private final MemberProfileService profiles;
    private final TierService tiers;
    private final TierJobSchedule schedule;
    private final Clock clock;

    ProfileShopperApiController(CurrentShopper currentShopper, MemberProfileService profiles, TierService tiers,
            TierJobSchedule schedule, Clock clock) {
        this.currentShopper = currentShopper;
        this.profiles = profiles;
        this.tiers = tiers;
        this.schedule = schedule;
        this.clock = clock;
    }

    @GetMapping("/overview")
    Map<String, Object> overview() {
        Shopper shopper = currentShopper.get();
        long customerId = shopper.requireCustomerId();
        TierProgress tier = tiers.progress(shopper.storeCode(), customerId, schedule.nextRunAfter(clock.instant()));
        Map<String, Object> overview = profiles.overview(shopper.storeCode(), customerId, tier.getWindowDays());
        overview.put("tier", tier);
        return overview;
    }
}
