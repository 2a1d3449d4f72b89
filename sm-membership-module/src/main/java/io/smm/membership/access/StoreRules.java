package io.smm.membership.access;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import io.smm.membership.groups.GroupKind;

/**
 * A store's category rules resolved over its category tree at one stamp (docs/category-access.md): every category
 * with the cell each audience and permission has after inheritance, its before-opening choice, whether any rule
 * reaches it. Pure: what a shopper may do follows from it, the audiences and an instant.
 */
final class StoreRules {

    private static final Permission[] PERMISSIONS = Permission.values();

    /** One category after inheritance. */
    static final class Resolved {

        final long id;
        final Long parentId;
        final int depth;
        /** Per audience key, the cell of each permission (by ordinal; null when none reaches it). */
        final Map<String, Cell[]> cells;
        final BeforeOpening ownBeforeOpening;
        final BeforeOpening beforeOpening;

        Resolved(long id, Long parentId, int depth, Map<String, Cell[]> cells, BeforeOpening ownBeforeOpening,
                BeforeOpening beforeOpening) {
            this.id = id;
            this.parentId = parentId;
            this.depth = depth;
            this.cells = cells;
            this.ownBeforeOpening = ownBeforeOpening;
            this.beforeOpening = beforeOpening;
        }

        /** Whether any rule reaches the category: then audiences without a cell get the store's default. */
        boolean restricted() {
            return !cells.isEmpty();
        }

        Cell cell(String audienceKey, Permission permission) {
            Cell[] row = cells.get(audienceKey);
            return row == null ? null : row[permission.ordinal()];
        }
    }

    /** A state with the instant it opens (NOT_YET only). */
    static final class Verdict {

        final Access.State state;
        final Instant opensAt;

        Verdict(Access.State state, Instant opensAt) {
            this.state = state;
            this.opensAt = opensAt;
        }
    }

    private final Map<Long, Resolved> categories;
    private final List<Resolved> treeOrder;
    final Unlisted unlisted;
    final MultiCategory multiCategory;
    final Map<Long, AudienceGroup> groups;
    private final TreeSet<Instant> edges = new TreeSet<>();

    /**
     * @param parents every category of the store, id to parent id, siblings in the host's order
     * @param groups the store's groups, in the order the owner's pages list them
     */
    StoreRules(Map<Long, Long> parents, Collection<CategoryAccessRule> rules, Collection<CategoryAccess> accesses,
            AccessSettings settings, Collection<AudienceGroup> groups) {
        this.unlisted = settings.getUnlisted();
        this.multiCategory = settings.getMultiCategory();
        this.groups = new LinkedHashMap<>();
        groups.forEach(group -> this.groups.put(group.id, group));
        Map<Long, Map<String, Cell[]>> own = new HashMap<>();
        for (CategoryAccessRule rule : rules) {
            Cell cell = rule.cell();
            own.computeIfAbsent(rule.getCategoryId(), id -> new HashMap<>())
                    .computeIfAbsent(rule.getAudience(), key -> new Cell[PERMISSIONS.length])
                    [rule.getPermission().ordinal()] = cell;
            if (cell.opensAt != null) {
                edges.add(cell.opensAt);
            }
        }
        Map<Long, BeforeOpening> ownBeforeOpening = new HashMap<>();
        accesses.stream().filter(access -> access.getBeforeOpening() != null)
                .forEach(access -> ownBeforeOpening.put(access.getCategoryId(), access.getBeforeOpening()));
        this.categories = new HashMap<>(parents.size() * 4 / 3 + 1);
        this.treeOrder = new ArrayList<>(parents.size());
        resolve(parents, own, ownBeforeOpening);
    }

    /** Depth first from the top categories; a category whose parent is unknown (or in a cycle) is a top one. */
    private void resolve(Map<Long, Long> parents, Map<Long, Map<String, Cell[]>> own,
            Map<Long, BeforeOpening> ownBeforeOpening) {
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> tops = new ArrayList<>();
        parents.forEach((id, parent) -> {
            if (parent == null || !parents.containsKey(parent) || parent.equals(id)) {
                tops.add(id);
            } else {
                children.computeIfAbsent(parent, any -> new ArrayList<>()).add(id);
            }
        });
        Deque<Resolved> stack = new ArrayDeque<>();
        for (int i = tops.size() - 1; i >= 0; i--) {
            stack.push(resolved(tops.get(i), null, null, own, ownBeforeOpening));
        }
        while (!stack.isEmpty()) {
            Resolved category = stack.pop();
            if (categories.putIfAbsent(category.id, category) != null) {
                continue;
            }
            treeOrder.add(category);
            List<Long> below = children.getOrDefault(category.id, List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(resolved(below.get(i), category.id, category, own, ownBeforeOpening));
            }
        }
        parents.keySet().stream().filter(id -> !categories.containsKey(id)).forEach(id -> { // cycles
            Resolved top = resolved(id, null, null, own, ownBeforeOpening);
            categories.put(id, top);
            treeOrder.add(top);
        });
    }

    private static Resolved resolved(long id, Long parentId, Resolved parent, Map<Long, Map<String, Cell[]>> own,
            Map<Long, BeforeOpening> ownBeforeOpening) {
        Map<String, Cell[]> inherited = parent == null ? Map.of() : parent.cells;
        Map<String, Cell[]> set = own.get(id);
        Map<String, Cell[]> cells = inherited;
        if (set != null) {
            cells = new HashMap<>(inherited);
            for (Map.Entry<String, Cell[]> row : set.entrySet()) {
                Cell[] merged = cells.containsKey(row.getKey()) ? cells.get(row.getKey()).clone()
                        : new Cell[PERMISSIONS.length];
                for (int i = 0; i < merged.length; i++) {
                    if (row.getValue()[i] != null) {
                        merged[i] = row.getValue()[i];
                    }
                }
                cells.put(row.getKey(), merged);
            }
        }
        BeforeOpening mine = ownBeforeOpening.get(id);
        BeforeOpening effective = mine != null ? mine : parent != null ? parent.beforeOpening : BeforeOpening.HIDDEN;
        return new Resolved(id, parentId, parent == null ? 0 : parent.depth + 1, cells, mine, effective);
    }

    Optional<Resolved> category(long id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** Every category, parents before children, depth first. */
    List<Resolved> inTreeOrder() {
        return treeOrder;
    }

    /** The last instant up to {@code now} at which an early access opened; null when none has. */
    Instant lastEdgeUpTo(Instant now) {
        return edges.floor(now);
    }

    /** The first instant after {@code now} at which an early access opens; null when none is left. */
    Instant nextEdgeAfter(Instant now) {
        return edges.higher(now);
    }

    /** The state of one audience alone for a permission, the store's default when no cell reaches it. */
    Access.State alone(Resolved category, String audienceKey, Permission permission, Instant now) {
        return verdict(category, List.of(audienceKey), permission, now).state;
    }

    /**
     * The most generous state over the audiences: allowed, else not yet (the earliest), else denied; when none of
     * them has a cell, the store's default in a restricted category and allowed in any other.
     */
    Verdict verdict(Resolved category, List<String> audienceKeys, Permission permission, Instant now) {
        Access.State best = null;
        Instant opensAt = null;
        for (String key : audienceKeys) {
            Cell cell = category.cell(key, permission);
            if (cell == null) {
                continue;
            }
            Access.State state = cell.at(now);
            if (state == Access.State.ALLOWED) {
                return new Verdict(state, null);
            }
            if (state == Access.State.NOT_YET) {
                opensAt = opensAt == null || cell.opensAt.isBefore(opensAt) ? cell.opensAt : opensAt;
                best = state;
            } else if (best == null) {
                best = state;
            }
        }
        if (best == null) {
            boolean open = !category.restricted() || unlisted == Unlisted.OPEN;
            return new Verdict(open ? Access.State.ALLOWED : Access.State.DENIED, null);
        }
        return new Verdict(best, opensAt);
    }

    /** What these audiences may do with the category at {@code now}; the reason is the first missing permission's. */
    Access access(Resolved category, ShopperAudiences audiences, Instant now) {
        if (!category.restricted()) {
            return Access.open();
        }
        Map<Permission, Access.State> states = new EnumMap<>(Permission.class);
        Map<Permission, Instant> opensAt = new EnumMap<>(Permission.class);
        AccessReason reason = null;
        for (Permission permission : PERMISSIONS) {
            Verdict verdict = verdict(category, audiences.keys, permission, now);
            if (verdict.state == Access.State.ALLOWED) {
                continue;
            }
            states.put(permission, verdict.state);
            if (verdict.opensAt != null) {
                opensAt.put(permission, verdict.opensAt);
            }
            if (reason == null) {
                reason = reason(category, audiences, permission, verdict, now);
            }
        }
        return new Access(states, opensAt, category.beforeOpening == BeforeOpening.COMING, reason);
    }

    /**
     * Why a permission is missing: it opens later for one of the shopper's audiences; a guest gets it by signing
     * in; a manual group has it (those open to apply first); a higher tier has it; else nothing would give it.
     */
    private AccessReason reason(Resolved category, ShopperAudiences audiences, Permission missing, Verdict verdict,
            Instant now) {
        if (verdict.state == Access.State.NOT_YET) {
            return new AccessReason(missing, AccessReason.Kind.WAIT, List.of(), verdict.opensAt);
        }
        if (audiences.guest && allowsUpTo(category, new ShopperAudiences(false, List.of()), missing, now)) {
            return new AccessReason(missing, AccessReason.Kind.SIGN_IN, List.of(), null);
        }
        List<Long> manual = groups.values().stream()
                .filter(group -> group.kind == GroupKind.MANUAL && !group.guestGroup
                        && !audiences.groupIds.contains(group.id)
                        && allowsUpTo(category, joined(audiences, group.id, null), missing, now))
                .sorted(Comparator.comparing(group -> !group.openToApply)).map(group -> group.id)
                .collect(Collectors.toList());
        if (!manual.isEmpty()) {
            return new AccessReason(missing, AccessReason.Kind.JOIN_GROUP, manual, null);
        }
        AudienceGroup tier = audiences.groupIds.stream().map(groups::get)
                .filter(group -> group != null && group.kind == GroupKind.TIER).findFirst().orElse(null);
        List<Long> higher = groups.values().stream()
                .filter(group -> group.kind == GroupKind.TIER && (tier == null || group.rank > tier.rank)
                        && allowsUpTo(category, joined(audiences, group.id, tier == null ? null : tier.id), missing,
                                now))
                .map(group -> group.id).collect(Collectors.toList());
        if (!higher.isEmpty()) {
            return new AccessReason(missing, AccessReason.Kind.REACH_TIER, higher, null);
        }
        return new AccessReason(missing, AccessReason.Kind.NONE, List.of(), null);
    }

    /** The shopper once in the group: a guest signs in first, a customer keeps their groups (and leaves a tier). */
    private static ShopperAudiences joined(ShopperAudiences audiences, long groupId, Long leaving) {
        return audiences.guest ? new ShopperAudiences(false, List.of(groupId)) : audiences.with(groupId, leaving);
    }

    private boolean allowsUpTo(Resolved category, ShopperAudiences audiences, Permission permission, Instant now) {
        for (Permission needed : PERMISSIONS) {
            if (verdict(category, audiences.keys, needed, now).state != Access.State.ALLOWED) {
                return false;
            }
            if (needed == permission) {
                return true;
            }
        }
        throw new IllegalArgumentException(String.valueOf(permission));
    }

    /**
     * The catalog as these audiences see it at {@code now}, valid until {@link #nextEdgeAfter}.
     *
     * @param unknown how to answer a category the tree does not have (it may have been created since)
     */
    CategoryAccessView view(ShopperAudiences audiences, Instant now, LongFunction<CategoryAccessView.Decided> unknown) {
        Map<Long, CategoryAccessView.Decided> decided = new HashMap<>(categories.size() * 4 / 3 + 1);
        Set<Long> unlistedIds = new HashSet<>();
        boolean restrictsNothing = true;
        // a category without rules of its own shares its parent's cells: decided once for the whole subtree
        Map<Map<String, Cell[]>, Access[]> decidedCells = new IdentityHashMap<>();
        for (Resolved category : treeOrder) {
            Access[] byBeforeOpening = decidedCells.computeIfAbsent(category.cells,
                    cells -> new Access[BeforeOpening.values().length]);
            Access access = byBeforeOpening[category.beforeOpening.ordinal()];
            if (access == null) {
                access = access(category, audiences, now);
                byBeforeOpening[category.beforeOpening.ordinal()] = access;
            }
            decided.put(category.id, access == Access.open() ? CategoryAccessView.Decided.OPEN
                    : new CategoryAccessView.Decided(access));
            if (!access.isListed()) {
                unlistedIds.add(category.id);
            }
            restrictsNothing &= access.mayBuy();
        }
        return new CategoryAccessView(decided, unlistedIds, restrictsNothing, multiCategory == MultiCategory.ALL,
                unknown);
    }
}
