package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.groups.Actor;
import io.smm.membership.groups.CustomerStanding;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.HeldTier;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.groups.StandingLock;
import io.smm.membership.groups.TierPlacement;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.time.Instants;
import io.smm.membership.web.Violation;

/**
 * A store's tier settings and rules, and moving customers by them. An evaluation locks the customer's standing
 * row first, so that evaluations of one customer (two checkouts, a checkout and a status change) count spend one
 * after the other, each seeing the orders the other committed.
 */
public class TierService {

    static final String REASON_UPGRADE = "membership.tier.reason.upgrade";
    static final String REASON_EXPRESS = "membership.tier.reason.express";
    static final String REASON_DOWNGRADE = "membership.tier.reason.downgrade";

    private final TierSettingsRepository settings;
    private final TierRuleRepository rules;
    private final GroupService groups;
    private final MembershipService memberships;
    private final TierPlacement placement;
    private final StandingLock locks;
    private final SpendOrderRepository orders;
    private final SpendLedger ledger;
    private final TierChangeNotices notices;
    private final MoneyRule money;
    private final StoreCurrencies currencies;
    private final Optional<TierMeasure> measure;
    private final Clock clock;
    private final ZoneId zone;

    /** @param measure what tiers go by instead of spend where it decides; empty: spend everywhere */
    TierService(TierSettingsRepository settings, TierRuleRepository rules, GroupService groups,
            MembershipService memberships, TierPlacement placement, StandingLock locks,
            SpendOrderRepository orders, SpendLedger ledger, TierChangeNotices notices, MoneyRule money,
            StoreCurrencies currencies, Optional<TierMeasure> measure, Clock clock, ZoneId zone) {
        this.settings = settings;
        this.rules = rules;
        this.groups = groups;
        this.memberships = memberships;
        this.placement = placement;
        this.locks = locks;
        this.orders = orders;
        this.ledger = ledger;
        this.notices = notices;
        this.money = money;
        this.currencies = currencies;
        this.measure = measure;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public TierSettings settings(String storeCode) {
        return settings.findById(storeCode).orElseGet(() -> TierSettings.defaults(storeCode, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<String> storesWithTiersOn() {
        return settings.findByEnabledTrue().stream().map(TierSettings::getStoreCode).collect(Collectors.toList());
    }

    @Transactional(readOnly = true)
    public List<TierRule> rules(String storeCode) {
        return rules.findByStoreCode(storeCode);
    }

    /** Saves the settings and the whole ladder at once: every tier's rule is replaced, or nothing is. */
    @Transactional
    public void save(String storeCode, TierSettingsDraft settingsDraft, List<TierRuleDraft> ladder) {
        Map<String, MemberGroup> tiers = TierLadderValidation.requireValid(settingsDraft, ladder,
                groups.list(storeCode));
        Instant now = clock.instant();
        TierSettings stored = settings.findById(storeCode).orElseGet(() -> TierSettings.defaults(storeCode, now));
        stored.apply(settingsDraft, now);
        settings.save(stored);
        rules.deleteAll(rules.findByStoreCode(storeCode));
        rules.flush();
        for (TierRuleDraft draft : ladder) {
            TierRule rule = new TierRule(storeCode, tiers.get(draft.getTier()).getId());
            rule.apply(draft, now);
            rules.save(rule);
        }
    }

    /**
     * Moves a member to a tier by hand, and pins them there until {@code pinnedUntil} when given (null unpins):
     * the tier rules leave a pinned member where they are. One transaction; false when they were in it already.
     */
    @Transactional
    public boolean assign(String storeCode, long customerId, TierAssignment assignment, Actor actor) {
        Instant now = clock.instant();
        List<Violation> violations = assignment.violations();
        if (assignment.getPinnedUntil() != null && !assignment.getPinnedUntil().isAfter(now)) {
            violations.add(new Violation("pinnedUntil", "membership.tier.pin.past"));
        }
        assignment.requireNoProblems(violations);
        CustomerStanding standing = locks.lock(storeCode, customerId); // first, as an evaluation locks
        boolean moved = placement.moveTierHoldingStanding(storeCode, customerId, assignment.getGroup(), actor,
                assignment.getReason());
        standing.pinUntil(assignment.getPinnedUntil());
        return moved;
    }

    /**
     * Records an order placed or changed and re-evaluates its customer, their standing locked first: an
     * evaluation of the same customer under way in another transaction finishes, commits its order, and this one
     * then counts it.
     */
    @Transactional
    public Optional<TierMove> recordAndReevaluate(OrderFacts order, boolean placed) {
        if (!SpendLedger.isRecordable(order)) {
            return Optional.empty();
        }
        TierSettings current = settings(order.storeCode());
        if (!current.isEnabled()) {
            ledger.record(order);
            return Optional.empty();
        }
        CustomerStanding standing = locks.lock(order.storeCode(), order.customerId());
        ledger.record(order);
        return evaluate(order.storeCode(), order.customerId(), placed ? order.orderId() : null, standing, current);
    }

    /**
     * Evaluates a batch of customers now, as the daily job does, in one transaction: the store's rules are read
     * once, and the customers' standings, tiers and counted orders are locked a query each, in the order an
     * evaluation of one customer locks them. Read committed: under MariaDB's repeatable read, locking the tier
     * rows of hundreds of customers would also lock the gaps where customers without a row would get one, and
     * a neighbour's first upgrade at checkout would deadlock with the batch; the standing locks already keep
     * each customer's evaluations one at a time.
     *
     * @return how many of them changed tier
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int reevaluate(String storeCode, List<Long> customerIds) {
        TierSettings current = settings(storeCode);
        Optional<StoreRules> store = storeRules(storeCode, current);
        if (store.isEmpty()) {
            return 0;
        }
        Map<Long, CustomerStanding> standingOf = locks.lockAll(storeCode, customerIds);
        Map<Long, HeldTier> tierOf = placement.lockTiersOf(storeCode, customerIds);
        Map<Long, List<CountedOrder>> countedOf = orders.lockCounted(storeCode, customerIds,
                current.getCountedStatuses()).stream().collect(Collectors.groupingBy(CountedOrder::customerId));
        int moved = 0;
        for (Long customerId : customerIds) {
            Optional<TierMove> move = evaluate(store.get(), customerId, null, standingOf.get(customerId),
                    tierOf.get(customerId), countedOf.getOrDefault(customerId, List.of()));
            moved += move.filter(TierMove::changesTier).isPresent() ? 1 : 0;
        }
        return moved;
    }

    /**
     * Records a page of a store's older orders, as the backfill does, in one transaction, their customers' standings
     * locked first (in customer id order, as everywhere): a status change of one of them, which locks its standing
     * before its orders, then waits for the page instead of deadlocking with it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void recordPage(String storeCode, List<OrderFacts> page) {
        locks.lockAll(storeCode, page.stream().filter(SpendLedger::isRecordable).map(OrderFacts::customerId)
                .distinct().sorted().collect(Collectors.toList()));
        ledger.recordAll(storeCode, page);
    }

    /** @param placedOrderId the order just placed, which may reach a tier at once; null otherwise */
    private Optional<TierMove> evaluate(String storeCode, long customerId, Long placedOrderId,
            CustomerStanding standing, TierSettings current) {
        Optional<StoreRules> store = storeRules(storeCode, current);
        if (store.isEmpty()) {
            return Optional.empty();
        }
        HeldTier tier = placement.lockTierOf(storeCode, customerId);
        List<CountedOrder> counted = orders.lockCounted(storeCode, List.of(customerId),
                current.getCountedStatuses());
        return evaluate(store.get(), customerId, placedOrderId, standing, tier, counted);
    }

    private Optional<TierMove> evaluate(StoreRules store, long customerId, Long placedOrderId,
            CustomerStanding standing, HeldTier held, List<CountedOrder> counted) {
        MemberGroup tier = held.tier();
        if (tier == null) {
            return Optional.empty();
        }
        TierSettings current = store.settings;
        // an express tier is reached by one order's spend, which a measure other than spend has no say in
        OrderSpend placed = store.byMeasure ? null : counted.stream()
                .filter(order -> Long.valueOf(order.orderId()).equals(placedOrderId)).findFirst()
                .map(order -> new OrderSpend(placedOrderId, order.counted(current))).orElse(null);
        Optional<TierMove> move = TierEvaluator.evaluate(store.ladder, TierStanding.of(tier.getId(), standing),
                totals(store.code, customerId, store.byMeasure, counted, current, store.ladder.windows(), store.now),
                placed, store.now, current.grace());
        move.filter(TierMove::changesTier).ifPresent(change -> {
            placement.moveTierByRule(store.code, customerId, held, store.tiers.get(change.to.groupId),
                    reasonKey(change), reasonArgs(change, current, moneyOf(store.code)));
            notices.publishAfterCommit(new TierChanged(store.code, customerId, change.from.code, change.to.code,
                    TierChanged.Kind.valueOf(change.kind.name()), store.now));
        });
        move.ifPresent(decided -> standing.fellBelowSince(
                decided.kind == TierMove.Kind.DOWNGRADE_PENDING ? store.now : null));
        return move;
    }

    /** The store's tier rules for an evaluation; empty when its tiers are off or have no ladder. */
    private Optional<StoreRules> storeRules(String storeCode, TierSettings current) {
        if (!current.isEnabled()) {
            return Optional.empty();
        }
        Map<Long, MemberGroup> tiers = tiersById(storeCode);
        TierLadder ladder = ladder(storeCode, tiers, current);
        return ladder.isEmpty() ? Optional.empty()
                : Optional.of(new StoreRules(storeCode, current, tiers, ladder, byMeasure(storeCode),
                        clock.instant()));
    }

    /** Until when the owner pinned the customer's tier, if they did and the pin still holds. */
    @Transactional(readOnly = true)
    public Optional<Instant> pinnedUntil(String storeCode, long customerId) {
        return locks.current(storeCode, customerId).map(CustomerStanding::getPinnedUntil)
                .filter(until -> until.isAfter(clock.instant()));
    }

    /** Where a customer stands now, read without locking; {@code nextCheck} is the daily job's next run. */
    @Transactional(readOnly = true)
    public TierProgress progress(String storeCode, long customerId, Instant nextCheck) {
        TierSettings current = settings(storeCode);
        TierLadder ladder = ladder(storeCode, tiersById(storeCode), current);
        MemberGroup tier = memberships.statusOf(storeCode, customerId).tier().orElse(null);
        TierStep step = tier == null ? null : ladder.byGroupId(tier.getId()).orElse(null);
        if (!current.isEnabled() || step == null) {
            return TierProgress.off(tier == null ? null : tier.getCode());
        }
        Instant now = clock.instant();
        List<CountedOrder> counted = orders.findCounted(storeCode, List.of(customerId), current.getCountedStatuses());
        SpendTotals spend = totals(storeCode, customerId, byMeasure(storeCode), counted, current, ladder.windows(),
                now);
        UnaryOperator<BigDecimal> money = moneyOf(storeCode);
        List<TierProgress.Step> higher = ladder.above(step).stream().map(next -> new TierProgress.Step(next.code,
                money.apply(next.upgradeAt), money.apply(next.upgradeAt.subtract(spend.in(next.window))
                        .max(BigDecimal.ZERO)), money.apply(next.expressAt))).collect(Collectors.toList());
        CustomerStanding standing = locks.current(storeCode, customerId).orElse(null);
        TierProgress.Downgrade pending = standing == null || standing.getFellBelowAt() == null ? null
                : new TierProgress.Downgrade(ladder.keptBy(spend, step).orElse(ladder.lowest()).code,
                        Instants.iso(standing.getFellBelowAt().plus(current.grace())));
        return new TierProgress(true, step.code, money.apply(spend.in(step.window)), step.window.days(),
                money.apply(step.keepAt), Instants.iso(nextCheck),
                standing == null ? null : Instants.iso(standing.getPinnedUntil()), higher, pending);
    }

    /**
     * Amounts rounded to the scale of the store's currency: the host's, else that of the store's latest recorded
     * order; left as they are for a store known to neither.
     */
    private UnaryOperator<BigDecimal> moneyOf(String storeCode) {
        Optional<Currency> currency = currencyOf(storeCode);
        return amount -> amount == null || currency.isEmpty() ? amount : money.round(amount, currency.get());
    }

    /** The store's tier amounts as they are shown: at the currency's decimals, never rounded. */
    public UnaryOperator<BigDecimal> shownAmounts(String storeCode) {
        int scale = currencyOf(storeCode).map(MoneyRule::scaleOf).orElse(0);
        return amount -> amount == null ? null : MoneyRule.shown(amount, scale);
    }

    private Optional<Currency> currencyOf(String storeCode) {
        return currencies.of(storeCode).or(() -> orders.currencies(storeCode, PageRequest.of(0, 1)).stream()
                .findFirst().map(Currency::getInstance));
    }

    private TierLadder ladder(String storeCode, Map<Long, MemberGroup> tiers, TierSettings current) {
        return TierLadder.of(rules.findByStoreCode(storeCode), tiers.values(), current.window());
    }

    private Map<Long, MemberGroup> tiersById(String storeCode) {
        return groups.list(storeCode).stream().filter(MemberGroup::isTier)
                .collect(Collectors.toMap(MemberGroup::getId, tier -> tier));
    }

    private boolean byMeasure(String storeCode) {
        return measure.filter(other -> other.decides(storeCode)).isPresent();
    }

    /** The customer's spend in each window, or their measure where it decides instead. */
    private SpendTotals totals(String storeCode, long customerId, boolean byMeasure, List<CountedOrder> counted,
            TierSettings current, Set<SpendWindow> windows, Instant now) {
        Map<SpendWindow, BigDecimal> totals = new HashMap<>();
        for (SpendWindow window : windows) {
            Instant start = window.startAt(now, zone);
            if (byMeasure) {
                totals.put(window, measure.orElseThrow().of(storeCode, List.of(customerId), start)
                        .getOrDefault(customerId, BigDecimal.ZERO));
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (CountedOrder order : counted) {
                if (start == null || !order.isPlacedBefore(start)) {
                    sum = sum.add(order.counted(current));
                }
            }
            totals.put(window, sum);
        }
        return new SpendTotals(totals);
    }

    private static String reasonKey(TierMove move) {
        return move.kind == TierMove.Kind.EXPRESS ? REASON_EXPRESS
                : move.kind == TierMove.Kind.UPGRADE ? REASON_UPGRADE : REASON_DOWNGRADE;
    }

    /** The facts the history entry shows: amounts as plain numbers, windows as days (0 for a lifetime). */
    private static List<String> reasonArgs(TierMove move, TierSettings current, UnaryOperator<BigDecimal> money) {
        String days = move.window == null || move.window.isLifetime() ? "0" : String.valueOf(move.window.days());
        String amount = money.apply(move.amount).toPlainString();
        String threshold = money.apply(move.threshold).toPlainString();
        if (move.kind == TierMove.Kind.EXPRESS) {
            return List.of(String.valueOf(move.orderId), amount, threshold);
        }
        if (move.kind == TierMove.Kind.UPGRADE) {
            return List.of(days, amount, threshold);
        }
        return List.of(days, amount, threshold, String.valueOf(current.getGraceDays()));
    }

    /** What every evaluation of a store's customers reads from the store, read once. */
    private static final class StoreRules {

        final String code;
        final TierSettings settings;
        final Map<Long, MemberGroup> tiers;
        final TierLadder ladder;
        final boolean byMeasure;
        final Instant now;

        StoreRules(String code, TierSettings settings, Map<Long, MemberGroup> tiers, TierLadder ladder,
                boolean byMeasure, Instant now) {
            this.code = code;
            this.settings = settings;
            this.tiers = tiers;
            this.ladder = ladder;
            this.byMeasure = byMeasure;
            this.now = now;
        }
    }
}
