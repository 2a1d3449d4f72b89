package io.smm.membership.tiers;

import java.time.Clock;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.MembershipApi;

/** The logged-in shopper's place on the ladder, next to their membership ({@code /api/v1/auth/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership")
class ShopperTierApiController {

    private final CurrentShopper currentShopper;
    private final TierService tiers;
    private final TierJobSchedule schedule;
    private final Clock clock;

    ShopperTierApiController(CurrentShopper currentShopper, TierService tiers, TierJobSchedule schedule,
            Clock clock) {
        this.currentShopper = currentShopper;
        this.tiers = tiers;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Where the shopper stands on the ladder: spend, what is left to each higher tier, what keeps this one. */
    @GetMapping("/tier")
    TierProgress tier() {
        Shopper shopper = currentShopper.get();
        return tiers.progress(shopper.storeCode(), shopper.requireCustomerId(),
                schedule.nextRunAfter(clock.instant()));
    }
}
