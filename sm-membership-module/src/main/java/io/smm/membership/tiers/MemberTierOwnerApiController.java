package io.smm.membership.tiers;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.Actor;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/** The owner's move of a member to a tier by hand, next to the member's other groups. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/members")
class MemberTierOwnerApiController {

    private final CurrentOwner owner;
    private final MemberQueries members;
    private final TierService tiers;

    MemberTierOwnerApiController(CurrentOwner owner, MemberQueries members, TierService tiers) {
        this.owner = owner;
        this.members = members;
        this.tiers = tiers;
    }

    @PutMapping("/{customerId}/tier")
    Map<String, Object> moveTier(@PathVariable long customerId, @RequestBody TierAssignment body,
            HttpServletRequest request) {
        Owner current = owner.get();
        tiers.assign(current.storeCode(), customerId, body, Actor.owner(current.name()));
        return members.detail(current.storeCode(), customerId, RequestLocale.of(request));
    }
}
