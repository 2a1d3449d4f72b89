package io.smm.membership.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.Shopper;

/**
 * The catalog as each shopper sees it, from views cached per store and set of groups. A store's rules are reloaded
 * when its access stamp, its category tree or its groups changed, checked at most once per refresh interval (so a
 * change on another node shows within it), and its views are rebuilt when an early access opens. A category the
 * tree does not have makes it read the tree again at once (at most once per interval), so that a category created
 * in the host's admin is placed under its parent.
 */
public class CategoryAccessService implements AccessViews {

    private final CategoryAccessRepository accesses;
    private final CategoryAccessRuleRepository rules;
    private final AccessSettingsRepository settings;
    private final CategoryTree tree;
    private final GroupService groups;
    private final MembershipService memberships;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Map<String, StoreState> stores = new ConcurrentHashMap<>();
    /** When a category the views did not know last made this node read a store's tree. */
    private final Map<String, AtomicReference<Instant>> unknownReads = new ConcurrentHashMap<>();

    CategoryAccessService(CategoryAccessRepository accesses, CategoryAccessRuleRepository rules,
            AccessSettingsRepository settings, CategoryTree tree, GroupService groups,
            MembershipService memberships, PlatformTransactionManager transactionManager, Clock clock,
            Duration refreshInterval) {
        this.accesses = accesses;
        this.rules = rules;
        this.settings = settings;
        this.tree = tree;
        this.groups = groups;
        this.memberships = memberships;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    @Override
    public AccessView viewOf(Shopper shopper) {
        List<Long> groupIds = memberships.groupsOf(shopper).stream().map(MemberGroup::getId)
                .collect(Collectors.toList());
        return viewOf(shopper.storeCode(), new ShopperAudiences(shopper.isGuest(), groupIds));
    }

    CategoryAccessView viewOf(String storeCode, ShopperAudiences audiences) {
        return current(storeCode).view(audiences, clock.instant());
    }

    /** The store's rules as the views now use them. */
    StoreRules rulesOf(String storeCode) {
        return current(storeCode).rules;
    }

    /** Reads the store's rules from the database now, within the caller's transaction if there is one. */
    StoreRules load(String storeCode) {
        return readOnly.execute(status -> new StoreRules(tree.parents(storeCode), rules.findByStoreCode(storeCode),
                accesses.findByStoreCode(storeCode), settingsOf(storeCode), groupsOf(storeCode)));
    }

    AccessSettings settingsOf(String storeCode) {
        return settings.findById(storeCode).orElseGet(() -> AccessSettings.defaults(storeCode));
    }

    /** Whether the store has the category, reading the tree again (at most once per interval) if not known. */
    boolean hasCategory(String storeCode, long categoryId) {
        if (current(storeCode).rules.category(categoryId).isPresent()) {
            return true;
        }
        unknown(storeCode, new ShopperAudiences(true, List.of()), categoryId);
        return current(storeCode).rules.category(categoryId).isPresent();
    }

    /** A group of a store this node has views of: the groups an {@link AccessReason} names. */
    Optional<AudienceGroup> group(long groupId) {
        return stores.values().stream().map(store -> store.rules.groups.get(groupId)).filter(Objects::nonNull)
                .findFirst();
    }

    /** Drops what this node knows of the store: after a change it made itself. */
    void forget(String storeCode) {
        stores.remove(storeCode);
    }

    /** The ids of the store's groups, the only groups a rule may name. */
    Set<Long> groupIdsOf(String storeCode) {
        return groups.list(storeCode).stream().map(MemberGroup::getId).collect(Collectors.toSet());
    }

    private List<AudienceGroup> groupsOf(String storeCode) {
        return groups.list(storeCode).stream().map(AudienceGroup::of).collect(Collectors.toList());
    }

    private StoreState current(String storeCode) {
        Instant now = clock.instant();
        StoreState known = stores.get(storeCode);
        if (known != null && now.isBefore(known.checkedAt.plus(refreshInterval))) {
            return known;
        }
        StoreState fresh = readOnly.execute(status -> {
            long stamp = accesses.stampOf(storeCode).orElse(0L);
            Map<Long, Long> parents = tree.parents(storeCode);
            List<AudienceGroup> storeGroups = groupsOf(storeCode);
            if (known != null && known.stamp == stamp && known.parents.equals(parents)
                    && known.groups.equals(storeGroups)) {
                return known.checkedAgainAt(now);
            }
            return new StoreState(storeCode, stamp, parents, storeGroups, now,
                    new StoreRules(parents, rules.findByStoreCode(storeCode), accesses.findByStoreCode(storeCode),
                            settingsOf(storeCode), storeGroups));
        });
        stores.put(storeCode, fresh);
        return fresh;
    }

    /** A category the views do not know: read the tree again, at most once per interval, and ask the new view. */
    private CategoryAccessView.Decided unknown(String storeCode, ShopperAudiences audiences, long categoryId) {
        StoreState known = stores.get(storeCode);
        Instant now = clock.instant();
        AtomicReference<Instant> readAt = unknownReads.computeIfAbsent(storeCode, store -> new AtomicReference<>());
        Instant lastRead = readAt.get();
        if (known == null || lastRead != null && now.isBefore(lastRead.plus(refreshInterval))
                || !readAt.compareAndSet(lastRead, now)) {
            return CategoryAccessView.Decided.OPEN;
        }
        Map<Long, Long> parents = readOnly.execute(status -> tree.parents(storeCode));
        if (parents.equals(known.parents)) {
            return CategoryAccessView.Decided.OPEN;
        }
        stores.remove(storeCode, known);
        CategoryAccessView fresh = viewOf(storeCode, audiences);
        return fresh.knows(categoryId) ? fresh.decided(categoryId) : CategoryAccessView.Decided.OPEN;
    }

    /** One store's rules at one stamp, and the views built from them between two early-access openings. */
    private final class StoreState {

        final String storeCode;
        final long stamp;
        final Map<Long, Long> parents;
        final List<AudienceGroup> groups;
        final Instant checkedAt;
        final StoreRules rules;
        /** Shared by the states that only checked the stamp again. */
        private final AtomicReference<Period> period;

        StoreState(String storeCode, long stamp, Map<Long, Long> parents, List<AudienceGroup> groups,
                Instant checkedAt, StoreRules rules) {
            this(storeCode, stamp, parents, groups, checkedAt, rules, new AtomicReference<>());
        }

        private StoreState(String storeCode, long stamp, Map<Long, Long> parents, List<AudienceGroup> groups,
                Instant checkedAt, StoreRules rules, AtomicReference<Period> period) {
            this.storeCode = storeCode;
            this.stamp = stamp;
            this.parents = parents;
            this.groups = groups;
            this.checkedAt = checkedAt;
            this.rules = rules;
            this.period = period;
        }

        StoreState checkedAgainAt(Instant now) {
            return new StoreState(storeCode, stamp, parents, groups, now, rules, period);
        }

        /**
         * The view of these audiences in the period holding {@code now}: a new period drops every view of the last,
         * and a view built late in the old one goes into the old one's map, never the new one's.
         */
        CategoryAccessView view(ShopperAudiences audiences, Instant now) {
            Period current = period.get();
            if (current == null || !current.holds(now)) {
                Period next = new Period(Objects.requireNonNullElse(rules.lastEdgeUpTo(now), Instant.MIN),
                        Objects.requireNonNullElse(rules.nextEdgeAfter(now), Instant.MAX));
                current = period.compareAndSet(current, next) ? next : period.get();
                if (!current.holds(now)) {
                    current = next;
                }
            }
            return current.views.computeIfAbsent(audiences, set -> rules.view(set, now,
                    categoryId -> unknown(storeCode, set, categoryId)));
        }
    }

    /** From one early-access opening to the next, every view of a store stays the same. */
    private static final class Period {

        final Instant from;
        final Instant until;
        final Map<ShopperAudiences, CategoryAccessView> views = new ConcurrentHashMap<>();

        Period(Instant from, Instant until) {
            this.from = from;
            this.until = until;
        }

        boolean holds(Instant now) {
            return !now.isBefore(from) && now.isBefore(until);
        }
    }
}
