package io.smm.membership.groups;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's tier settings and ladder, read and saved as one ({@code /api/v1/private/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/tiers")
class TierOwnerApiController {

    private final CurrentOwner owner;
    private final TierService tiers;
    private final GroupService groups;

    TierOwnerApiController(CurrentOwner owner, TierService tiers, GroupService groups) {
        this.owner = owner;
        this.tiers = tiers;
        this.groups = groups;
    }

    @GetMapping
    TierSetup get() {
        return setup(owner.get().storeCode());
    }

    @PutMapping
    TierSetup save(@RequestBody TierSetup setup) {
        String store = owner.get().storeCode();
        tiers.save(store, setup, setup.getTiers());
        return setup(store);
    }

    private TierSetup setup(String store) {
        List<MemberGroup> ladder = groups.list(store).stream().filter(MemberGroup::isTier)
                .sorted(Comparator.comparing(MemberGroup::getRank)).collect(Collectors.toList());
        return TierSetup.of(tiers.settings(store), tiers.rules(store), ladder);
    }
}
