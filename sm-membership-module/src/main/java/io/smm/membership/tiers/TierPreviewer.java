package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.groups.CustomerStanding;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.StandingLock;
import io.smm.membership.groups.TierPlacement;

/**
 * The owner's "what if": evaluates every customer the rules could move against a ladder not yet saved, moving
 * nobody. Spend is summed per customer in one query per window, so a store's preview costs a few queries.
 */
public class TierPreviewer {

    private final GroupService groups;
    private final SpendOrderRepository orders;
    private final TierPlacement placement;
    private final StandingLock standings;
    private final Optional<TierMeasure> measure;
    private final Clock clock;
    private final ZoneId zone;

    TierPreviewer(GroupService groups, SpendOrderRepository orders, TierPlacement placement,
            StandingLock standings, Optional<TierMeasure> measure, Clock clock, ZoneId zone) {
        this.groups = groups;
        this.orders = orders;
        this.placement = placement;
        this.standings = standings;
        this.measure = measure;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public TierPreview preview(String storeCode, TierSettingsDraft settingsDraft, List<TierRuleDraft> ladderDrafts) {
        List<MemberGroup> storeGroups = groups.list(storeCode);
        Map<String, MemberGroup> tiers = TierLadderValidation.requireValid(settingsDraft, ladderDrafts, storeGroups);
        Instant now = clock.instant();
        TierSettings settings = TierSettings.defaults(storeCode, now);
        settings.apply(settingsDraft, now);
        TierLadder ladder = TierLadder.of(ladderDrafts.stream().map(draft -> {
            TierRule rule = new TierRule(storeCode, tiers.get(draft.getTier()).getId());
            rule.apply(draft, now);
            return rule;
        }).collect(Collectors.toList()), tiers.values(), settings.window());
        Optional<MemberGroup> defaultTier = storeGroups.stream().filter(MemberGroup::isDefaultTier).findFirst();
        Map<Long, Long> tierOf = placement.tierGroupIdsOf(storeCode);
        Map<Long, CustomerStanding> standingOf = standings.currentOfStore(storeCode);
        Map<SpendWindow, Map<Long, BigDecimal>> spendByWindow = new HashMap<>();
        for (SpendWindow window : ladder.windows()) {
            spendByWindow.put(window, spendIn(storeCode, settings, window, now));
        }
        Set<Long> customers = new TreeSet<>(tierOf.keySet());
        spendByWindow.values().forEach(spend -> customers.addAll(spend.keySet()));
        return count(customers, ladder, settings, now, customer -> {
            Long tier = tierOf.getOrDefault(customer, defaultTier.map(MemberGroup::getId).orElse(null));
            return tier == null ? null : TierStanding.of(tier, standingOf.get(customer));
        }, customer -> {
            Map<SpendWindow, BigDecimal> totals = new HashMap<>();
            spendByWindow.forEach((window, spend) -> totals.put(window, spend.getOrDefault(customer,
                    BigDecimal.ZERO)));
            return new SpendTotals(totals);
        });
    }

    private static TierPreview count(Set<Long> customers, TierLadder ladder, TierSettings settings, Instant now,
            Function<Long, TierStanding> standingOf,
            Function<Long, SpendTotals> spendOf) {
        int upgrades = 0;
        int downgrades = 0;
        int graces = 0;
        Map<String, Integer> moves = new HashMap<>();
        for (Long customer : customers) {
            TierStanding standing = standingOf.apply(customer);
            Optional<TierMove> move = standing == null ? Optional.empty()
                    : TierEvaluator.evaluate(ladder, standing, spendOf.apply(customer), null, now, settings.grace());
            if (move.isEmpty()) {
                continue;
            }
            TierMove decided = move.get();
            if (decided.kind == TierMove.Kind.DOWNGRADE_PENDING) {
                graces++;
            } else if (decided.changesTier()) {
                upgrades += decided.kind == TierMove.Kind.DOWNGRADE ? 0 : 1;
                downgrades += decided.kind == TierMove.Kind.DOWNGRADE ? 1 : 0;
                moves.merge(decided.from.code + " → " + decided.to.code, 1, Integer::sum);
            }
        }
        return new TierPreview(customers.size(), upgrades, downgrades, graces, moves);
    }

    /** Each customer's counted spend in a window, from one grouped query, or their measure where it decides. */
    private Map<Long, BigDecimal> spendIn(String storeCode, TierSettings settings, SpendWindow window,
            Instant now) {
        Instant start = window.startAt(now, zone);
        Optional<TierMeasure> instead = measure.filter(other -> other.decides(storeCode));
        if (instead.isPresent()) {
            return instead.get().ofStore(storeCode, start);
        }
        Map<Long, BigDecimal> spend = new HashMap<>();
        for (Object[] row : orders.sumsByCustomer(storeCode, settings.getCountedStatuses(),
                start == null ? Instant.EPOCH : start)) {
            spend.put((Long) row[0], settings.counted((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return spend;
    }
}
