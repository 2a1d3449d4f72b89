package io.smm.membership.profile;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/** The owner's picture of one member: spend, RFM, coupons, points, referrals, affiliate standing. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/members")
class ProfileOwnerApiController {

    private final CurrentOwner owner;
    private final MemberProfileService profiles;

    ProfileOwnerApiController(CurrentOwner owner, MemberProfileService profiles) {
        this.owner = owner;
        this.profiles = profiles;
    }

    @GetMapping("/{customerId}/profile")
    Map<String, Object> profile(@PathVariable long customerId, HttpServletRequest request) {
        return profiles.picture(owner.get().storeCode(), customerId, RequestLocale.of(request));
    }
}
