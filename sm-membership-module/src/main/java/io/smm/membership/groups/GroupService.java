package io.smm.membership.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipException;
import io.smm.membership.web.Violation;

/**
 * A store's member groups. A store with tiers always has exactly one default tier (the first tier created
 * becomes it) and at most one guest group; codes and tier ranks are unique per store.
 */
public class GroupService {

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final GroupApplicationRepository applications;
    private final Clock clock;

    GroupService(GroupRepository groups, MembershipRepository memberships, GroupApplicationRepository applications,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.applications = applications;
        this.clock = clock;
    }

    /** Tiers by rank, then manual groups by code. */
    @Transactional(readOnly = true)
    public List<MemberGroup> list(String storeCode) {
        return groups.findByStoreCodeOrderByKindDescRankAscCodeAsc(storeCode);
    }

    @Transactional(readOnly = true)
    public MemberGroup get(String storeCode, long id) {
        return groups.findByIdAndStoreCode(id, storeCode)
                .orElseThrow(() -> MembershipException.notFound("membership.group.not-found", id));
    }

    @Transactional(readOnly = true)
    public MemberGroup getByCode(String storeCode, String code) {
        return findByCode(storeCode, code)
                .orElseThrow(() -> MembershipException.notFound("membership.group.not-found", code));
    }

    @Transactional(readOnly = true)
    public Optional<MemberGroup> findByCode(String storeCode, String code) {
        return code == null ? Optional.empty() : groups.findByStoreCodeAndCode(storeCode, code.trim().toUpperCase());
    }

    @Transactional(readOnly = true)
    public Optional<MemberGroup> defaultTier(String storeCode) {
        return groups.findByStoreCodeAndDefaultTierTrue(storeCode);
    }

    @Transactional(readOnly = true)
    public Optional<MemberGroup> guestGroup(String storeCode) {
        return groups.findByStoreCodeAndGuestGroupTrue(storeCode);
    }

    @Transactional
    public MemberGroup create(String storeCode, GroupDraft draft) {
        List<MemberGroup> others = list(storeCode);
        reject(GroupRules.check(draft, others));
        Instant now = clock.instant();
        MemberGroup group = new MemberGroup(storeCode, draft, now);
        boolean firstTier = group.isTier() && others.stream().noneMatch(MemberGroup::isDefaultTier);
        if (firstTier) {
            group.makeDefaultTier();
        }
        clearFlagsTakenBy(group, others);
        return saveChecked(group);
    }

    @Transactional
    public MemberGroup update(String storeCode, long id, GroupDraft draft) {
        MemberGroup group = get(storeCode, id);
        List<MemberGroup> others = list(storeCode).stream()
                .filter(other -> !other.getId().equals(group.getId()))
                .collect(Collectors.toList());
        reject(GroupRules.check(draft, others));
        if (draft.getKind() != group.getKind() && hasMembersOrApplicants(group)) {
            reject(List.of(new Violation("kind", "membership.group.kind.has-members")));
        }
        if (group.isDefaultTier() && !draft.isDefaultTier()) {
            reject(List.of(new Violation("defaultTier", "membership.group.default-tier.required")));
        }
        group.apply(draft, clock.instant());
        clearFlagsTakenBy(group, others);
        return saveChecked(group);
    }

    @Transactional
    public void delete(String storeCode, long id) {
        MemberGroup group = get(storeCode, id);
        if (group.isDefaultTier()) {
            throw MembershipException.conflict("membership.group.delete.default-tier", group.getCode());
        }
        if (hasMembersOrApplicants(group)) {
            throw MembershipException.conflict("membership.group.delete.has-members", group.getCode());
        }
        groups.delete(group);
    }

    private boolean hasMembersOrApplicants(MemberGroup group) {
        return memberships.countByGroup(group) > 0
                || applications.countByGroupAndStatus(group, GroupApplication.Status.PENDING) > 0;
    }

    private static void clearFlagsTakenBy(MemberGroup group, List<MemberGroup> others) {
        for (MemberGroup other : others) {
            if (group.isDefaultTier()) {
                other.clearDefaultTier();
            }
            if (group.isGuestGroup()) {
                other.clearGuestGroup();
            }
        }
    }

    private MemberGroup saveChecked(MemberGroup group) {
        try {
            return groups.saveAndFlush(group);
        } catch (DataIntegrityViolationException raced) {
            // another owner took the code or rank between our check and our insert
            throw new InvalidInputException(new Violation("code", "membership.group.code.taken-concurrently"));
        }
    }

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
