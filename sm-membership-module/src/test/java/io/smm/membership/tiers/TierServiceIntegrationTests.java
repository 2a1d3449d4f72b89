package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ch.qos.logback.classic.Level;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.ChangeView;
import io.smm.membership.groups.StandingLock;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupFixtures;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.testhost.LogCapture;

/** Tiers moved by recorded orders, on the host's database, in a store of their own. */
@SpringBootTest(classes = { StandInShopApplication.class, RecordedTierChanges.class })
class TierServiceIntegrationTests {

    private static final AtomicLong IDS = new AtomicLong(9_000_000 + System.nanoTime() % 1_000_000 * 10);

    @Autowired
    private GroupService groups;

    @Autowired
    private TierService tiers;

    @Autowired
    private TierUpkeep upkeep;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private StandingLock standings;

    @Autowired
    private RecordedTierChanges changes;

    @Autowired
    private TierPreviewer previewer;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("membershipMessages")
    private MessageSource messages;

    private String store;

    private Currency currency = Currency.getInstance("CAD");

    @BeforeEach
    void ladder() {
        store = "TIERS" + IDS.incrementAndGet();
        tier("BASE", 0, true);
        tier("SILVER", 1, false);
        tier("GOLD", 2, false);
        save(30);
    }

    @Test
    void anOrderThatBringsTheSpendToTheThresholdUpgradesAndTheHistoryNamesTheRule() {
        long customer = IDS.incrementAndGet();

        place(customer, "600.00");
        place(customer, "399.99");
        String tierBefore = tierOf(customer);
        place(customer, "50.01");

        assertThat(tierBefore).isEqualTo("BASE");
        assertThat(tierOf(customer)).isEqualTo("SILVER");
        assertThat(changes.of(customer)).extracting(TierChanged::kind).containsExactly(TierChanged.Kind.UPGRADE);
        assertThat(latestReason(customer, Locale.ENGLISH)).isEqualTo("upgraded: spend in 365 days 1,050.00 ≥ 1,000.00");
        assertThat(latestReason(customer, Locale.TRADITIONAL_CHINESE))
                .isEqualTo("升級：近 365 天消費 1,050.00 ≥ 1,000.00");
    }

    @Test
    void amountsAreAtTheStoreCurrencysScale() {
        currency = Currency.getInstance("JPY");
        long customer = IDS.incrementAndGet();

        place(customer, "600");
        place(customer, "450.4");
        TierProgress progress = tiers.progress(store, customer, Instant.now());

        assertThat(latestReason(customer, Locale.ENGLISH)).isEqualTo("upgraded: spend in 365 days 1,050 ≥ 1,000");
        assertThat(progress.getSpend()).isEqualTo(new BigDecimal("1050"));
        assertThat(progress.getKeepAt()).isEqualTo(new BigDecimal("800"));
    }

    @Test
    void oneLargeOrderGoesStraightToTheExpressTier() {
        long customer = IDS.incrementAndGet();

        long order = place(customer, "1600.00");

        assertThat(tierOf(customer)).isEqualTo("GOLD");
        assertThat(latestReason(customer, Locale.ENGLISH))
                .isEqualTo("express: order #" + order + " of 1,600.00 ≥ 1,500.00");
        assertThat(changes.of(customer)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(TierChanged.Kind.EXPRESS);
            assertThat(change.fromTier()).isEqualTo("BASE");
            assertThat(change.toTier()).isEqualTo("GOLD");
        });
        assertThat(changes.heard).filteredOn(heard -> heard.change.customerId() == customer)
                .extracting(heard -> heard.thread).containsExactly(Thread.currentThread());
    }

    @Test
    void aCanceledOrderStartsTheGraceAndWithoutGraceDowngradesAtOnce() {
        long graced = IDS.incrementAndGet();
        long order = place(graced, "1200.00");

        upkeep.orderChanged(order(order, graced, "CANCELED", "1200.00"));

        assertThat(standings.current(store, graced).orElseThrow().getFellBelowAt()).isNotNull();
        assertThat(tierOf(graced)).isEqualTo("SILVER");

        save(0);
        int moved = tiers.reevaluate(store, List.of(graced));

        assertThat(moved).isOne();
        assertThat(tierOf(graced)).isEqualTo("BASE");
        assertThat(latestReason(graced, Locale.ENGLISH))
                .isEqualTo("downgraded after 0-day grace: spend in 365 days 0.00 < 800.00");
    }

    @Test
    void aMoveRolledBackWithItsTransactionIsNeitherKeptNorAnnounced() {
        long customer = IDS.incrementAndGet();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            place(customer, "1200.00");
            status.setRollbackOnly();
        });

        assertThat(tierOf(customer)).isEqualTo("BASE");
        assertThat(changes.of(customer)).isEmpty();
    }

    @Test
    void previewsWhoALadderWouldMoveWithoutMovingAnyone() {
        long spender = IDS.incrementAndGet();
        long silver = IDS.incrementAndGet();
        place(spender, "900.00");
        place(silver, "1200.00");
        TierSettingsDraft noGrace = settings(0);
        List<TierRuleDraft> lower = List.of(rule("BASE", "0", "0", null), rule("SILVER", "500", "400", null),
                rule("GOLD", "2000", "1500", null));
        List<TierRuleDraft> higher = List.of(rule("BASE", "0", "0", null), rule("SILVER", "1500", "1300", null),
                rule("GOLD", "2000", "1500", null));

        TierPreview easier = previewer.preview(store, noGrace, lower);
        TierPreview harder = previewer.preview(store, noGrace, higher);

        assertThat(easier.getEvaluated()).isEqualTo(2);
        assertThat(easier.getUpgrades()).isEqualTo(1);
        assertThat(easier.getMoves()).containsExactly(entry("BASE → SILVER", 1));
        assertThat(harder.getDowngrades()).isEqualTo(1);
        assertThat(harder.getMoves()).containsExactly(entry("SILVER → BASE", 1));
        assertThat(tierOf(spender)).isEqualTo("BASE");
        assertThat(tierOf(silver)).isEqualTo("SILVER");
    }

    @Test
    void aDefaultTierWithoutARuleIsTheBottomStepMembersClimbFrom() {
        tiers.save(store, settings(30), List.of(rule("SILVER", "1000", "800", null),
                rule("GOLD", "2000", "1500", "1500")));
        long customer = IDS.incrementAndGet();

        place(customer, "1000.00");

        assertThat(tierOf(customer)).isEqualTo("SILVER");
    }

    @Test
    void aListenerThatFailsLeavesTheMoveAndTheOrderAlone() {
        long customer = IDS.incrementAndGet();
        changes.failing = true;
        LogCapture log = LogCapture.expectingErrorsFrom("io.smm.membership.tiers.TierChangeNotices");
        try (log) {
            place(customer, "1600.00");
        } finally {
            changes.failing = false;
        }

        assertThat(tierOf(customer)).isEqualTo("GOLD");
        assertThat(changes.of(customer)).hasSize(1);
        assertThat(log.messages("io.smm.membership.tiers.TierChangeNotices", Level.WARN))
                .containsExactly("A TierChanged listener failed; the move stands");
    }

    @Test
    void movesNobodyWhileTheStoreHasTiersSwitchedOff() {
        TierSettingsDraft off = settings(30);
        off.setEnabled(false);
        tiers.save(store, off, ladderDrafts());
        long customer = IDS.incrementAndGet();

        place(customer, "5000.00");

        assertThat(tierOf(customer)).isEqualTo("BASE");
    }

    private long place(long customer, String total) {
        long order = IDS.incrementAndGet();
        upkeep.orderPlaced(order(order, customer, "ORDERED", total));
        return order;
    }

    private OrderFacts order(long order, long customer, String status, String total) {
        return new OrderFacts(order, customer, store, Instant.now(), status, new BigDecimal(total), BigDecimal.ZERO,
                BigDecimal.ZERO, currency);
    }

    private String tierOf(long customer) {
        return memberships.statusOf(store, customer).tier().map(MemberGroup::getCode).orElse(null);
    }

    private String latestReason(long customer, Locale locale) {
        return ChangeView.of(memberships.history(store, customer).get(0), messages, locale).getReason();
    }

    private void tier(String code, int rank, boolean defaultTier) {
        GroupDraft draft = GroupFixtures.tier(code, rank);
        draft.setDefaultTier(defaultTier);
        groups.create(store, draft);
    }

    private void save(int graceDays) {
        tiers.save(store, settings(graceDays), ladderDrafts());
    }

    private static TierSettingsDraft settings(int graceDays) {
        TierSettingsDraft settings = new TierSettingsDraft();
        settings.setEnabled(true);
        settings.setWindowDays(365);
        settings.setGraceDays(graceDays);
        return settings;
    }

    private static List<TierRuleDraft> ladderDrafts() {
        return List.of(rule("BASE", "0", "0", null), rule("SILVER", "1000", "800", null),
                rule("GOLD", "2000", "1500", "1500"));
    }

    private static TierRuleDraft rule(String tier, String upgradeAt, String keepAt, String expressAt) {
        TierRuleDraft draft = new TierRuleDraft();
        draft.setTier(tier);
        draft.setUpgradeAt(new BigDecimal(upgradeAt));
        draft.setKeepAt(new BigDecimal(keepAt));
        draft.setExpressAt(expressAt == null ? null : new BigDecimal(expressAt));
        return draft;
    }
}
