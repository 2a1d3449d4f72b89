package io.smm.membership.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Drops what this node knows of the store: after a change it made itself. */
    void forget(String storeCode) {
        stores.remove(storeCode);
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
        if (known == null || now.isBefore(known.treeReadAt.plus(refreshInterval))) {
            return CategoryAccessView.Decided.OPEN;
        }
        known.treeReadAt = now;
        Map<Long, Long> parents = readOnly.execute(status -> tree.parents(storeCode));
        if (parents.equals(known.parents)) {
            return CategoryAccessView.Decided.OPEN;
        }
        stores.remove(storeCode, known);
        CategoryAccessView fresh = viewOf(storeCode, audiences);
        return fresh.knows(categoryId) ? fresh.decided(categoryId) : CategoryAccessView.Decided.OPEN;
    }

    /** One store's rules at one stamp, and the views built from them until the next early access opens. */
    private final class StoreState {

        final String storeCode;
        final long stamp;
        final Map<Long, Long> parents;
        final List<AudienceGroup> groups;
        final Instant checkedAt;
        final StoreRules rules;
        volatile Instant treeReadAt;
        private final Map<ShopperAudiences, CategoryAccessView> views;
        private volatile Instant builtAt;
        private volatile Instant validUntil;

        StoreState(String storeCode, long stamp, Map<Long, Long> parents, List<AudienceGroup> groups,
                Instant checkedAt, StoreRules rules) {
            this(storeCode, stamp, parents, groups, checkedAt, rules, new ConcurrentHashMap<>(), null);
        }

        private StoreState(String storeCode, long stamp, Map<Long, Long> parents, List<AudienceGroup> groups,
                Instant checkedAt, StoreRules rules, Map<ShopperAudiences, CategoryAccessView> views,
                Instant validUntil) {
            this.storeCode = storeCode;
            this.stamp = stamp;
            this.parents = parents;
            this.groups = groups;
            this.checkedAt = checkedAt;
            this.treeReadAt = checkedAt;
            this.rules = rules;
            this.views = views;
            this.validUntil = validUntil;
            this.builtAt = checkedAt;
        }

        StoreState checkedAgainAt(Instant now) {
            return new StoreState(storeCode, stamp, parents, groups, now, rules, views, validUntil);
        }

        CategoryAccessView view(ShopperAudiences audiences, Instant now) {
            if (validUntil == null || now.isBefore(builtAt) || !now.isBefore(validUntil)) {
                synchronized (this) {
                    if (validUntil == null || now.isBefore(builtAt) || !now.isBefore(validUntil)) {
                        views.clear();
                        builtAt = now;
                        validUntil = Objects.requireNonNullElse(rules.nextEdgeAfter(now), Instant.MAX);
                    }
                }
            }
            return views.computeIfAbsent(audiences, set -> rules.view(set, now,
                    categoryId -> unknown(storeCode, set, categoryId)));
        }
    }
}
