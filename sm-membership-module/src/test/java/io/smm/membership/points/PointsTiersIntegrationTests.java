package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.tiers.NoGraceLadder;
import io.smm.membership.tiers.TierService;

/**
 * Tiers decided by points earned in their window instead of spend, on the host's database, each case in a store of
 * its own.
 */
@SpringBootTest(classes = StandInShopApplication.class)
class PointsTiersIntegrationTests {

    private static final AtomicLong IDS = new AtomicLong(7_000_000 + System.nanoTime() % 1_000_000 * 10);

    @Autowired
    private ApplicationContext context;

    @Autowired
    private TierService tiers;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private PointsSettingsService settings;

    @Autowired
    private PointsLedger ledger;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aMemberWithEnoughPointsAndLittleSpendMovesUpWhenTiersGoByPoints() {
        String store = storeWithTiers(true);

        String tier = tierAfterAnOrderEarning(store, 1200);

        assertThat(tier).isEqualTo("SILVER");
    }

    @Test
    void theSameMemberStaysWhenTiersGoBySpend() {
        String store = storeWithTiers(false);

        String tier = tierAfterAnOrderEarning(store, 1200);

        assertThat(tier).isEqualTo("BASE");
    }

    @Test
    void pointsUnearnedByARefundNoLongerCount() {
        String store = storeWithTiers(true);
        long customer = IDS.incrementAndGet();
        OrderFacts first = order(store, customer);
        inTransaction(() -> ledger.earn(store, customer, first.orderId(), 1200, Instant.now(), Instant.now()));
        inTransaction(() -> ledger.giveBack(OrderGiveBack.partial(first,
                new BigDecimal("5.00"), first.total(), "half")));

        String tier = tierAfterOrder(store, customer, order(store, customer));

        assertThat(tier).as("1200 earned, 600 unearned").isEqualTo("BASE");
    }

    /** A customer's order of 10.00 that earns {@code points}: their tier once the order is recorded. */
    private String tierAfterAnOrderEarning(String store, long points) {
        long customer = IDS.incrementAndGet();
        OrderFacts order = order(store, customer);
        inTransaction(() -> ledger.earn(store, customer, order.orderId(), points, Instant.now(), Instant.now()));
        return tierAfterOrder(store, customer, order);
    }

    private String tierAfterOrder(String store, long customer, OrderFacts order) {
        inTransaction(() -> tiers.recordAndReevaluate(order, true));
        return memberships.statusOf(store, customer).tier().map(MemberGroup::getCode).orElse(null);
    }

    /** BASE and SILVER (1,000 to reach over 365 days), and points on, deciding tiers or not. */
    private String storeWithTiers(boolean byPoints) {
        String store = "PTIER" + IDS.incrementAndGet();
        NoGraceLadder.create(context, store);
        PointsSettingsDraft points = PointsSettingsDraftTests.valid();
        points.setReturnWindowDays(0);
        points.setTiersByPoints(byPoints);
        points.setTierRates(List.of());
        settings.save(store, points);
        return store;
    }

    private static OrderFacts order(String store, long customer) {
        return new OrderFacts(IDS.incrementAndGet(), customer, store, Instant.now(), "ORDERED",
                new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
