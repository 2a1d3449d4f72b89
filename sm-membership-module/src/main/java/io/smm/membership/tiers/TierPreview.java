package io.smm.membership.tiers;

import java.util.Map;
import java.util.TreeMap;

/** What saving a ladder would do to the store's members now: who would move, and between which tiers. */
public final class TierPreview {

    private final int evaluated;
    private final int upgrades;
    private final int downgrades;
    private final int gracePeriodsStarted;
    private final Map<String, Integer> moves;

    TierPreview(int evaluated, int upgrades, int downgrades, int gracePeriodsStarted, Map<String, Integer> moves) {
        this.evaluated = evaluated;
        this.upgrades = upgrades;
        this.downgrades = downgrades;
        this.gracePeriodsStarted = gracePeriodsStarted;
        this.moves = new TreeMap<>(moves);
    }

    /** Customers with orders or a tier row, the ones the rules could move. */
    public int getEvaluated() {
        return evaluated;
    }

    public int getUpgrades() {
        return upgrades;
    }

    /** Downgrades at once: no grace, or a grace period that has ended. */
    public int getDowngrades() {
        return downgrades;
    }

    /** Customers who would start a grace period before a downgrade. */
    public int getGracePeriodsStarted() {
        return gracePeriodsStarted;
    }

    /** Members who would move, by "FROM → TO". */
    public Map<String, Integer> getMoves() {
        return moves;
    }
}
