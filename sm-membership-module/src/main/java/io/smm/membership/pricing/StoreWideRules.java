package io.smm.membership.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store's store-wide rules. They are the same for every product, so for a shopper, a quantity and a moment
 * they are narrowed once to those that can still set a price, and that short list is kept until a rule's window
 * opens or closes: pricing a product then weighs a handful of store-wide rules, however many the store has.
 */
final class StoreWideRules {

    private static final int REMEMBERED_SELECTIONS = 4_096;
    /** Rank order of resolution's tie-break: the higher priority, then the older rule. */
    private static final Comparator<IndexedRule> RANK = Comparator.<IndexedRule>comparingInt(rule -> -rule.priority)
            .thenComparingLong(rule -> rule.id);

    private final RuleList rules;
    private final GroupBits bits;
    private final Instant[] windowEdges;
    private final Map<Selection, Contenders> remembered = new ConcurrentHashMap<>();

    StoreWideRules(List<IndexedRule> storeWide, GroupBits bits) {
        this.rules = new RuleList(storeWide, bits);
        this.bits = bits;
        TreeSet<Instant> edges = new TreeSet<>();
        for (IndexedRule rule : storeWide) {
            if (rule.startsAt != null) {
                edges.add(rule.startsAt);
            }
            if (rule.endsAt != null) {
                edges.add(rule.endsAt);
            }
        }
        windowEdges = edges.toArray(new Instant[0]);
    }

    /** Every store-wide rule for the shopper, whatever the quantity and time. */
    List<IndexedRule> forShopper(ShopperGroups shopper) {
        List<IndexedRule> found = new ArrayList<>();
        rules.addRulesFor(shopper, bits.of(shopper.groupIds), found);
        return found;
    }

    /**
     * The shopper's rules open at this quantity and moment, less those another of them beats at any base price:
     * what resolution would choose from them is unchanged.
     */
    List<IndexedRule> contenders(ShopperGroups shopper, int quantity, Instant at) {
        Selection selection = new Selection(shopper, quantity);
        Contenders known = remembered.get(selection);
        if (known != null && known.covers(at)) {
            return known.rules;
        }
        Contenders fresh = new Contenders(narrow(shopper, quantity, at), lastEdgeUpTo(at), firstEdgeAfter(at));
        if (remembered.size() >= REMEMBERED_SELECTIONS) {
            remembered.clear();
        }
        remembered.put(selection, fresh);
        return fresh.rules;
    }

    /**
     * Walks the open rules in rank order and keeps, per kind of adjustment, only a rule that beats every one kept
     * before it: a dropped rule is outranked by one whose price is never higher, so it can never be chosen, even
     * when a higher exclusive rule bars part of the list. The first exclusive rule is kept too, as it sets the
     * store-wide rules' bar; later ones set no higher bar.
     */
    private List<IndexedRule> narrow(ShopperGroups shopper, int quantity, Instant at) {
        List<IndexedRule> open = new ArrayList<>();
        for (IndexedRule rule : forShopper(shopper)) {
            if (rule.isOpenFor(quantity, at)) {
                open.add(rule);
            }
        }
        open.sort(RANK);
        Map<Adjustment.Kind, Adjustment> bestSoFar = new EnumMap<>(Adjustment.Kind.class);
        boolean barSet = false;
        List<IndexedRule> kept = new ArrayList<>();
        for (IndexedRule rule : open) {
            Adjustment best = bestSoFar.get(rule.adjustment.kind());
            boolean beatsTheBest = best == null || !best.neverAbove(rule.adjustment);
            boolean setsTheBar = rule.exclusive && !barSet;
            if (beatsTheBest) {
                bestSoFar.put(rule.adjustment.kind(), rule.adjustment);
            }
            if (beatsTheBest || setsTheBar) {
                kept.add(rule);
            }
            barSet |= rule.exclusive;
        }
        return List.copyOf(kept);
    }

    private Instant lastEdgeUpTo(Instant at) {
        int found = Arrays.binarySearch(windowEdges, at);
        int index = found >= 0 ? found : -found - 2;
        return index >= 0 ? windowEdges[index] : null;
    }

    private Instant firstEdgeAfter(Instant at) {
        int found = Arrays.binarySearch(windowEdges, at);
        int index = found >= 0 ? found + 1 : -found - 1;
        return index < windowEdges.length ? windowEdges[index] : null;
    }

    /** The contenders of one selection, good between two window edges. */
    private static final class Contenders {
        final List<IndexedRule> rules;
        final Instant from;
        final Instant until;

        Contenders(List<IndexedRule> rules, Instant from, Instant until) {
            this.rules = rules;
            this.from = from;
            this.until = until;
        }

        boolean covers(Instant at) {
            return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
        }
    }

    /** Who buys and how many: what the contenders depend on besides time. */
    private static final class Selection {
        final ShopperGroups shopper;
        final int quantity;

        Selection(ShopperGroups shopper, int quantity) {
            this.shopper = shopper;
            this.quantity = quantity;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Selection && ((Selection) other).quantity == quantity
                    && ((Selection) other).shopper.equals(shopper);
        }

        @Override
        public int hashCode() {
            return 31 * shopper.hashCode() + quantity;
        }
    }
}
