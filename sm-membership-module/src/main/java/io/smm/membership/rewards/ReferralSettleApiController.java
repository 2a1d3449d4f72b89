package io.smm.membership.rewards;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner settles their store's referrals that are due now, without waiting for the daily run. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/rewards/referrals")
class ReferralSettleApiController {

    private final CurrentOwner owner;
    private final ReferralRewards referrals;

    ReferralSettleApiController(CurrentOwner owner, ReferralRewards referrals) {
        this.owner = owner;
        this.referrals = referrals;
    }

    /** {@code {rewarded: n}}; 409 while another node settles them. */
    @PostMapping("/settle-due")
    Map<String, Object> settleDue() {
        int rewarded = referrals.settleDue(owner.get().storeCode());
        if (rewarded < 0) {
            throw new ConflictException("membership.rewards.referrals-running");
        }
        return Map.of("rewarded", rewarded);
    }
}
