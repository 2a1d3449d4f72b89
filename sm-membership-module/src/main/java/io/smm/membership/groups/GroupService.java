package io.smm.membership.groups;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
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
                .orElseThrow(() -> new NotFoundException("membership.group.not-found", id));
    }

    @Transactional(readOnly = true)
    public MemberGroup getByCode(String storeCode, String code) {
        return findByCode(storeCode, code)
                .orElseThrow(() -> new NotFoundException("membership.group.not-found", code));
    }

    @Transactional(readOnly = true)
    public Optional<MemberGroup> findByCode(String storeCode, String code) {
        return code == null ? Optional.empty()
                : groups.findByStoreCodeAndCode(storeCode, code.trim().toUpperCase(Locale.ROOT));
    }

    /** The store's group codes by group id, for views that show a rule's or a coupon's groups by code. */
    @Transactional(readOnly = true)
    public Map<Long, String> codesById(String storeCode) {
        return codesById(list(storeCode));
    }

    /** These groups' codes by group id. */
    public static Map<Long, String> codesById(Collection<MemberGroup> groups) {
        return groups.stream().collect(Collectors.toMap(MemberGroup::getId, MemberGroup::getCode));
    }

    /** The codes of these group ids, sorted; ids of groups no longer there are left out. */
    public static List<String> sortedCodes(Collection<Long> groupIds, Map<Long, String> codesById) {
        return groupIds.stream().filter(codesById::containsKey).map(codesById::get).sorted()
                .collect(Collectors.toList());
    }

    /**
     * The ids of the groups with these codes, for a form that names groups by code: each unknown code adds a
     * violation of {@code field} with the message {@code unknownKey} and the code.
     */
    @Transactional(readOnly = true)
    public Set<Long> idsOf(String storeCode, Collection<String> codes, String field, String unknownKey,
            List<Violation> violations) {
        Set<Long> ids = new HashSet<>();
        for (String code : codes) {
            Optional<MemberGroup> group = findByCode(storeCode, code);
            group.ifPresentOrElse(found -> ids.add(found.getId()),
                    () -> violations.add(new Violation(field, unknownKey, code)));
        }
        return ids;
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
        draft.requireNoProblems(GroupValidation.check(draft, others));
        return save(new MemberGroup(storeCode, clock.instant()), draft, others);
    }

    @Transactional
    public MemberGroup update(String storeCode, long id, GroupDraft draft) {
        MemberGroup group = get(storeCode, id);
        List<MemberGroup> others = list(storeCode).stream()
                .filter(other -> !other.getId().equals(group.getId()))
                .collect(Collectors.toList());
        List<Violation> violations = new ArrayList<>(GroupValidation.check(draft, others));
        if (draft.getKind() != null && draft.getKind() != group.getKind() && hasMembersOrApplicants(group)) {
            violations.add(new Violation("kind", "membership.group.kind.has-members"));
        }
        if (group.isDefaultTier() && !draft.isDefaultTier()) {
            violations.add(new Violation("defaultTier", "membership.group.default-tier.required"));
        }
        draft.requireNoProblems(violations);
        if (draft.getVersion() != null && draft.getVersion() != group.getVersion()) {
            throw new ConflictException("membership.group.changed-meanwhile", group.getCode());
        }
        return save(group, draft, others);
    }

    @Transactional
    public void delete(String storeCode, long id) {
        MemberGroup group = get(storeCode, id);
        if (group.isDefaultTier()) {
            throw new ConflictException("membership.group.delete.default-tier", group.getCode());
        }
        if (hasMembersOrApplicants(group)) {
            throw new ConflictException("membership.group.delete.has-members", group.getCode());
        }
        applications.deleteDecided(group); // the history keeps the group's code
        try {
            groups.delete(group);
            groups.flush();
        } catch (DataIntegrityViolationException namedByACoupon) {
            throw new ConflictException("membership.group.delete.used-by-coupons", group.getCode());
        }
    }

    private boolean hasMembersOrApplicants(MemberGroup group) {
        return memberships.countByGroup(group) > 0
                || applications.countByGroupAndStatus(group, GroupApplication.Status.PENDING) > 0;
    }

    /**
     * The first tier of a store becomes its default tier. The database holds one default tier and one guest group
     * per store, so the flags move off the other groups (flushed) before they are set on this one.
     */
    private MemberGroup save(MemberGroup group, GroupDraft draft, List<MemberGroup> others) {
        boolean tier = draft.getKind() == GroupKind.TIER;
        boolean defaultTier = tier && (draft.isDefaultTier() || others.stream().noneMatch(MemberGroup::isDefaultTier));
        for (MemberGroup other : others) {
            if (defaultTier) {
                other.clearDefaultTier();
            }
            if (draft.isGuestGroup()) {
                other.clearGuestGroup();
            }
        }
        try {
            groups.flush();
            group.apply(draft, defaultTier, clock.instant());
            return groups.saveAndFlush(group);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // another owner changed this store's groups between our checks and our write: keys or versions held
            throw new ConflictException("membership.group.concurrent-change");
        }
    }
}
