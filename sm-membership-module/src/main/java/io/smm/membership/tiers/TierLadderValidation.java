package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.smm.membership.groups.MemberGroup;
import io.smm.membership.web.Amounts;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Checks an owner's tier settings and ladder: a window of at least a day, counted statuses the host knows, and
 * per tier keep ≤ upgrade, upgrade thresholds that rise with rank, keep thresholds that never fall with rank.
 */
final class TierLadderValidation {

    private static final int MAX_DAYS = 3_650;

    private TierLadderValidation() {
    }

    /**
     * The store's tiers by code, once the settings and the ladder pass every check.
     *
     * @throws InvalidInputException naming every field that does not
     */
    static Map<String, MemberGroup> requireValid(TierSettingsDraft settings, List<TierRuleDraft> ladder,
            List<MemberGroup> storeGroups) {
        Map<String, MemberGroup> tiers = storeGroups.stream().filter(MemberGroup::isTier)
                .collect(Collectors.toMap(MemberGroup::getCode, tier -> tier));
        List<Violation> violations = new ArrayList<>(check(settings));
        violations.addAll(check(ladder, tiers));
        settings.requireNoProblems(violations);
        return tiers;
    }

    static List<Violation> check(TierSettingsDraft settings) {
        List<Violation> violations = new ArrayList<>();
        if (settings.getWindowDays() != null && outOfDays(settings.getWindowDays(), 1)) {
            violations.add(new Violation("windowDays", "membership.tier.window-days.range", 1, MAX_DAYS));
        }
        if (settings.getGraceDays() == null || outOfDays(settings.getGraceDays(), 0)) {
            violations.add(new Violation("graceDays", "membership.tier.grace-days.range", 0, MAX_DAYS));
        }
        if (settings.getCountedStatuses().isEmpty() || !TierSettings.HOST_STATUSES.containsAll(settings.getCountedStatuses())) {
            violations.add(new Violation("countedStatuses", "membership.tier.counted-statuses.unknown",
                    String.join(", ", new TreeSet<>(TierSettings.HOST_STATUSES))));
        }
        return violations;
    }

    /** @param tiersByCode the store's tiers */
    static List<Violation> check(List<TierRuleDraft> ladder, Map<String, MemberGroup> tiersByCode) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ladder.size(); i++) {
            TierRuleDraft draft = ladder.get(i);
            String field = "tiers[" + i + "].";
            if (draft.getTier() == null || !tiersByCode.containsKey(draft.getTier())) {
                violations.add(new Violation(field + "tier", "membership.tier.unknown", draft.getTier()));
            } else if (!seen.add(draft.getTier())) {
                violations.add(new Violation(field + "tier", "membership.tier.twice", draft.getTier()));
            }
            checkAmounts(draft, field, violations);
        }
        if (violations.isEmpty()) {
            checkRising(ladder, tiersByCode, violations);
        }
        return violations;
    }

    private static void checkAmounts(TierRuleDraft draft, String field, List<Violation> violations) {
        if (negativeOrMissing(draft.getUpgradeAt())) {
            violations.add(new Violation(field + "upgradeAt", "membership.tier.amount.required"));
        }
        if (negativeOrMissing(draft.getKeepAt())) {
            violations.add(new Violation(field + "keepAt", "membership.tier.amount.required"));
        } else if (draft.getUpgradeAt() != null && draft.getKeepAt().compareTo(draft.getUpgradeAt()) > 0) {
            violations.add(new Violation(field + "keepAt", "membership.tier.keep-above-upgrade"));
        }
        if (draft.getExpressAt() != null && draft.getExpressAt().signum() <= 0) {
            violations.add(new Violation(field + "expressAt", "membership.tier.express.positive"));
        }
        checkStorable(field + "upgradeAt", draft.getUpgradeAt(), violations);
        checkStorable(field + "keepAt", draft.getKeepAt(), violations);
        checkStorable(field + "expressAt", draft.getExpressAt(), violations);
        if (draft.getWindowKind() == null) {
            violations.add(new Violation(field + "windowKind", "membership.tier.window-kind.required"));
        } else if (draft.getWindowKind() == TierRule.WindowKind.ROLLING
                && (draft.getWindowDays() == null || outOfDays(draft.getWindowDays(), 1))) {
            violations.add(new Violation(field + "windowDays", "membership.tier.window-days.range", 1, MAX_DAYS));
        }
    }

    private static void checkRising(List<TierRuleDraft> ladder, Map<String, MemberGroup> tiersByCode,
            List<Violation> violations) {
        List<Integer> byRank = new ArrayList<>();
        for (int i = 0; i < ladder.size(); i++) {
            byRank.add(i);
        }
        byRank.sort(Comparator.comparing(i -> tiersByCode.get(ladder.get(i).getTier()).getRank()));
        for (int k = 1; k < byRank.size(); k++) {
            TierRuleDraft lower = ladder.get(byRank.get(k - 1));
            int index = byRank.get(k);
            TierRuleDraft higher = ladder.get(index);
            if (higher.getUpgradeAt().compareTo(lower.getUpgradeAt()) <= 0) {
                violations.add(new Violation("tiers[" + index + "].upgradeAt", "membership.tier.upgrade.not-rising",
                        lower.getTier()));
            }
            if (higher.getKeepAt().compareTo(lower.getKeepAt()) < 0) {
                violations.add(new Violation("tiers[" + index + "].keepAt", "membership.tier.keep.falling",
                        lower.getTier()));
            }
        }
    }

    private static void checkStorable(String field, BigDecimal amount, List<Violation> violations) {
        if (amount != null && !Amounts.fitColumn(amount)) {
            violations.add(Amounts.outOfColumn(field));
        }
    }

    private static boolean negativeOrMissing(BigDecimal amount) {
        return amount == null || amount.signum() < 0;
    }

    private static boolean outOfDays(int days, int min) {
        return days < min || days > MAX_DAYS;
    }
}
