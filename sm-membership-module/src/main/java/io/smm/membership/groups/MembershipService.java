package io.smm.membership.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Who is in which group. Every real change writes one history entry in the same transaction; asking for a change
 * that is already true changes nothing and writes nothing.
 */
public class MembershipService {

    private final GroupService groupService;
    private final MembershipRepository memberships;
    private final StandingLock standings;
    private final MembershipChangeRepository history;
    private final MemberDirectory directory;
    private final Clock clock;

    MembershipService(GroupService groupService, MembershipRepository memberships, MembershipChangeRepository history,
            StandingLock standings, MemberDirectory directory, Clock clock) {
        this.groupService = groupService;
        this.standings = standings;
        this.memberships = memberships;
        this.history = history;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MemberSummary member(String storeCode, long customerId) {
        return directory.find(storeCode, customerId)
                .orElseThrow(() -> new NotFoundException("membership.member.not-found", customerId));
    }

    @Transactional(readOnly = true)
    public MemberStatus statusOf(String storeCode, long customerId) {
        return statusFrom(storeCode, memberships.findByCustomerIdAndStoreCode(customerId, storeCode));
    }

    /** Statuses of many customers at once, for a page of the members list. */
    @Transactional(readOnly = true)
    public Map<Long, MemberStatus> statusesOf(String storeCode, Collection<Long> customerIds) {
        Map<Long, List<Membership>> byCustomer = new HashMap<>();
        for (Membership membership : memberships.findByCustomerIdInAndStoreCode(customerIds, storeCode)) {
            byCustomer.computeIfAbsent(membership.getCustomerId(), id -> new ArrayList<>()).add(membership);
        }
        Map<Long, MemberStatus> statuses = new HashMap<>();
        for (Long customerId : customerIds) {
            statuses.put(customerId, statusFrom(storeCode, byCustomer.getOrDefault(customerId, List.of())));
        }
        return statuses;
    }

    /** The groups a shopper shops as: a customer's tier and manual groups, or the store's guest group. */
    @Transactional(readOnly = true)
    public List<MemberGroup> groupsOf(Shopper shopper) {
        if (shopper.isGuest()) {
            return groupService.guestGroup(shopper.storeCode()).map(List::of).orElse(List.of());
        }
        MemberStatus status = statusOf(shopper.storeCode(), shopper.customerId().orElseThrow());
        List<MemberGroup> all = new ArrayList<>();
        status.tier().ifPresent(all::add);
        all.addAll(status.manualGroups());
        return all;
    }

    @Transactional(readOnly = true)
    public List<MembershipChange> history(String storeCode, long customerId) {
        return history.findByStoreCodeAndCustomerIdOrderByChangedAtDescIdDesc(storeCode, customerId);
    }

    /** Puts a customer in a tier. Returns false when the customer already held it. */
    @Transactional
    public boolean moveTier(String storeCode, long customerId, String tierCode, Actor actor, String reason) {
        MemberGroup target = tierToMoveTo(storeCode, customerId, tierCode, reason);
        standings.lock(storeCode, customerId); // first, as an evaluation locks: an approval waits for one under way
        return placeByHand(storeCode, customerId, target, actor, reason);
    }

    /** As {@link #moveTier}, for a caller that holds the customer's standing lock already. */
    boolean moveTierHoldingStanding(String storeCode, long customerId, String tierCode, Actor actor, String reason) {
        return placeByHand(storeCode, customerId, tierToMoveTo(storeCode, customerId, tierCode, reason), actor,
                reason);
    }

    private MemberGroup tierToMoveTo(String storeCode, long customerId, String tierCode, String reason) {
        requireGroup(tierCode);
        Texts.checkLength("reason", reason);
        member(storeCode, customerId);
        MemberGroup target = groupService.getByCode(storeCode, tierCode);
        if (!target.isTier()) {
            throw new ConflictException("membership.group.not-a-tier", target.getCode());
        }
        return target;
    }

    private boolean placeByHand(String storeCode, long customerId, MemberGroup target, Actor actor, String reason) {
        HeldTier held = lockTierOf(storeCode, customerId);
        return placeInTier(customerId, held, target, (from, now) -> new MembershipChange(storeCode, customerId,
                MembershipChange.Type.TIER_CHANGED, codeOf(from), target.getCode(), actor, Texts.blankToNull(reason),
                now));
    }

    /**
     * Moves a customer's tier as a tier rule decided, in the caller's transaction, which locked their tier
     * already ({@code held}); the history names the rule.
     */
    void moveTierByRule(String storeCode, long customerId, HeldTier held, MemberGroup target, String reasonKey,
            List<String> reasonArgs) {
        placeInTier(customerId, held, target, (from, now) -> MembershipChange.byRule(storeCode, customerId,
                MembershipChange.Type.TIER_CHANGED, codeOf(from), target.getCode(), reasonKey, reasonArgs, now));
    }

    /** The customer's tier, locked for the rest of the transaction: the default tier when they have no row. */
    HeldTier lockTierOf(String storeCode, long customerId) {
        Optional<Membership> row = memberships.lockTier(customerId);
        return new HeldTier(row, row.map(Membership::getGroup)
                .orElseGet(() -> groupService.defaultTier(storeCode).orElse(null)));
    }

    /** The tiers of these customers, locked in customer id order, as {@link #lockTierOf} locks one. */
    Map<Long, HeldTier> lockTiersOf(String storeCode, Collection<Long> customerIds) {
        Map<Long, Membership> rows = new HashMap<>();
        memberships.lockTiers(customerIds).forEach(row -> rows.put(row.getCustomerId(), row));
        MemberGroup base = groupService.defaultTier(storeCode).orElse(null);
        Map<Long, HeldTier> tiers = new HashMap<>();
        for (Long customerId : customerIds) {
            Optional<Membership> row = Optional.ofNullable(rows.get(customerId));
            tiers.put(customerId, new HeldTier(row, row.map(Membership::getGroup).orElse(base)));
        }
        return tiers;
    }

    private boolean placeInTier(long customerId, HeldTier held, MemberGroup target,
            BiFunction<MemberGroup, Instant, MembershipChange> entry) {
        Instant now = clock.instant();
        MemberGroup from = held.tier();
        if (from != null && from.getId().equals(target.getId())) {
            return false;
        }
        if (held.row.isPresent()) {
            held.row.get().moveTo(target, now);
        } else {
            insert(new Membership(customerId, target, now));
        }
        history.save(entry.apply(from, now));
        return true;
    }

    private static String codeOf(MemberGroup group) {
        return group == null ? null : group.getCode();
    }

    /** Adds a customer to a manual group. Returns false when already a member. */
    @Transactional
    public boolean join(String storeCode, long customerId, String groupCode, Actor actor, String reason) {
        requireGroup(groupCode);
        Texts.checkLength("reason", reason);
        member(storeCode, customerId);
        MemberGroup group = manualGroup(storeCode, groupCode);
        if (memberships.findByCustomerIdAndGroup(customerId, group).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        insert(new Membership(customerId, group, now));
        record(storeCode, customerId, MembershipChange.Type.GROUP_JOINED, null, group, actor, reason, now);
        return true;
    }

    /**
     * Adds many customers to a manual group at once (what an offer to a segment does), one history entry each;
     * customers already in it are passed over. The customers are taken as they are, not looked up in the host.
     *
     * @return how many joined
     */
    @Transactional
    public int joinAll(String storeCode, long groupId, Collection<Long> customerIds, Actor actor, String reason) {
        MemberGroup group = groupService.get(storeCode, groupId);
        if (group.isTier()) {
            throw new ConflictException("membership.group.is-a-tier", group.getCode());
        }
        Set<Long> inGroup = memberships.findByCustomerIdInAndStoreCode(customerIds, storeCode).stream()
                .filter(row -> row.getGroup().getId().equals(group.getId())).map(Membership::getCustomerId)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        int joined = 0;
        for (Long customerId : customerIds) {
            if (inGroup.add(customerId)) {
                memberships.save(new Membership(customerId, group, now));
                record(storeCode, customerId, MembershipChange.Type.GROUP_JOINED, null, group, actor, reason, now);
                joined++;
            }
        }
        return joined;
    }

    /** Removes a customer from a manual group. Returns false when not a member. */
    @Transactional
    public boolean leave(String storeCode, long customerId, String groupCode, Actor actor, String reason) {
        requireGroup(groupCode);
        Texts.checkLength("reason", reason);
        member(storeCode, customerId);
        MemberGroup group = manualGroup(storeCode, groupCode);
        Optional<Membership> membership = memberships.findByCustomerIdAndGroup(customerId, group);
        if (membership.isEmpty()) {
            return false;
        }
        memberships.delete(membership.get());
        Instant now = clock.instant();
        record(storeCode, customerId, MembershipChange.Type.GROUP_LEFT, group, null, actor, reason, now);
        return true;
    }

    /** Joins a group of either kind: a tier replaces the current tier, a manual group is added. */
    @Transactional
    public boolean enter(String storeCode, long customerId, MemberGroup group, Actor actor, String reason) {
        return group.isTier()
                ? moveTier(storeCode, customerId, group.getCode(), actor, reason)
                : join(storeCode, customerId, group.getCode(), actor, reason);
    }

    private static void requireGroup(String groupCode) {
        List<Violation> violations = checkGroup(groupCode);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The violation of a move or join naming no group, if it names none. */
    static List<Violation> checkGroup(String groupCode) {
        return groupCode == null || groupCode.isBlank()
                ? List.of(new Violation("group", "membership.member.group.required")) : List.of();
    }

    private MemberGroup manualGroup(String storeCode, String groupCode) {
        MemberGroup group = groupService.getByCode(storeCode, groupCode);
        if (group.isTier()) {
            throw new ConflictException("membership.group.is-a-tier", group.getCode());
        }
        return group;
    }

    private void insert(Membership membership) {
        try {
            memberships.save(membership); // inserted at once, its id coming from the database
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // a concurrent request gave this customer a tier (or this group) first: the unique key kept one
            // (MariaDB reports the same race as a deadlock between the two inserts)
            throw new ConflictException("membership.member.concurrent-change", membership.getCustomerId());
        }
    }

    private void record(String storeCode, long customerId, MembershipChange.Type type, MemberGroup from,
            MemberGroup to, Actor actor, String reason, Instant now) {
        history.save(new MembershipChange(storeCode, customerId, type, from == null ? null : from.getCode(),
                to == null ? null : to.getCode(), actor, Texts.blankToNull(reason), now));
    }

    private MemberStatus statusFrom(String storeCode, List<Membership> rows) {
        MemberGroup tier = null;
        List<MemberGroup> manual = new ArrayList<>();
        for (Membership row : rows) {
            if (row.getGroup().isTier()) {
                tier = row.getGroup();
            } else {
                manual.add(row.getGroup());
            }
        }
        manual.sort((a, b) -> a.getCode().compareTo(b.getCode()));
        if (tier != null) {
            return new MemberStatus(tier, false, manual);
        }
        return new MemberStatus(groupService.defaultTier(storeCode).orElse(null), true, manual);
    }
}
