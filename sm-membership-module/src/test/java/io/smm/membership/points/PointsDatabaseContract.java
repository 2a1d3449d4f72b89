package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.checkout.CartKey;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.testdb.DatabaseContract;

/**
 * The points ledger on every database the host runs on: concurrent holds take exactly what the balance pays, the
 * expiry job racing holds and give-backs loses or doubles nothing, a replayed give-back is taken once, a movement
 * the database fails half-way leaves nothing behind; after each, balance = sum of entries = sum of lot remainders.
 */
abstract class PointsDatabaseContract extends DatabaseContract {

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private PointsLedger ledger;
    private TransactionTemplate inTransaction;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { PointsWiring.class };
    }

    @BeforeAll
    void pointsBeans() {
        ledger = context.getBean(PointsLedger.class);
        inTransaction = new TransactionTemplate(context.getBean("transactionManager",
                PlatformTransactionManager.class));
    }

    @Test
    void fiveHundredConcurrentHoldsOnOneAccountHoldExactlyWhatItsBalancePays() throws Exception {
        long customer = IDS.incrementAndGet();
        for (int i = 0; i < 12; i++) {
            ledger.grant(STORE, customer, 1000, "grant:" + customer + ":" + i, "test");
        }
        List<Callable<Boolean>> holds = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String cart = "c" + customer + "-" + i;
            holds.add(() -> tryHold(customer, cart, 100));
        }

        List<Boolean> outcomes = all(holds, 32);

        assertThat(outcomes.stream().filter(held -> held).count()).isEqualTo(120);
        assertThat(ledger.account(STORE, customer).usable()).isZero();
        assertInvariant(customer);
        assertThat(count("select count(*) from " + table("SMM_POINTS_LOT") + " where REMAINING < 0")).isZero();
    }

    @Test
    void theExpiryJobRacingHoldsAndGiveBacksLosesAndDoublesNothing() throws Exception {
        long customer = IDS.incrementAndGet();
        List<Long> lotIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ledger.grant(STORE, customer, 100, "grant:" + customer + ":" + i, "test");
            lotIds.add(lastLotOf(customer));
        }
        OrderFacts order = order(customer);
        ledger.hold(STORE, customer, "paid-" + order.orderId(), 200, Instant.now());
        inTransaction.executeWithoutResult(status -> ledger.confirm(STORE, customer, "paid-" + order.orderId(),
                order.orderId()));
        expire(lotIds.subList(5, 10), Instant.now().minusSeconds(1));

        List<Optional<Boolean>> outcomes = race(i -> {
            if (i == 0) {
                while (ledger.expireDue(Instant.now(), 2) > 0) {
                    Thread.onSpinWait();
                }
                return true;
            }
            if (i == 1) {
                giveBack(OrderGiveBack.whole(order, OrderGiveBack.Kind.REFUNDED));
                return true;
            }
            return tryHold(customer, "race-" + customer + "-" + i, 100);
        });

        long held = outcomes.subList(2, THREADS).stream().filter(outcome -> outcome.orElse(false)).count();
        assertThat(sumOf(customer, "EXPIRE")).isEqualTo(-500);
        assertThat(sumOf(customer, "RETURN")).isEqualTo(200);
        assertThat(ledger.check(STORE, customer).balance()).isEqualTo(500 - 100 * held);
        assertThat(held).isBetween(3L, 5L);
        assertInvariant(customer);
    }

    @Test
    void pointsReturnedIntoAnExpiredLotAreNotShownAndTheJobExpiresThemAgain() {
        long customer = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 300, "grant:" + customer, "test");
        long lot = lastLotOf(customer);
        OrderFacts order = order(customer);
        ledger.hold(STORE, customer, "cart-" + order.orderId(), 200, Instant.now());
        inTransaction.executeWithoutResult(status -> ledger.confirm(STORE, customer, "cart-" + order.orderId(),
                order.orderId()));
        expire(List.of(lot), Instant.now().minusSeconds(1));
        ledger.expireDue(Instant.now(), 100);

        giveBack(OrderGiveBack.whole(order, OrderGiveBack.Kind.CANCELED));
        long shownBeforeTheJob = ledger.account(STORE, customer).usable();
        long totalBeforeTheJob = ledger.account(STORE, customer).total();
        ledger.expireDue(Instant.now(), 100);

        assertThat(shownBeforeTheJob).isZero();
        assertThat(totalBeforeTheJob).isEqualTo(200);
        assertThat(ledger.account(STORE, customer).total()).isZero();
        assertThat(count("select count(*) from " + table("SMM_POINTS_ENTRY") + " where ENTRY_KEY = 'lot:" + lot
                + ":expire:2'")).isEqualTo(1);
        assertInvariant(customer);
    }

    @Test
    void aGiveBackReplayedAtOnceIsTakenOnce() throws Exception {
        long customer = IDS.incrementAndGet();
        OrderFacts order = order(customer);
        ledger.grant(STORE, customer, 1000, "grant:" + customer, "test");
        ledger.hold(STORE, customer, "cart-" + order.orderId(), 500, Instant.now());
        inTransaction.executeWithoutResult(status -> {
            ledger.confirm(STORE, customer, "cart-" + order.orderId(), order.orderId());
            ledger.earn(STORE, customer, order.orderId(), 113, order.placedAt(), order.placedAt());
        });
        OrderGiveBack refund = OrderGiveBack.partial(order, new BigDecimal("40.00"), order.total(), "once");

        race(i -> giveBack(refund));
        giveBack(refund);

        // 113 × 40 / 113 = 40 unearned; 500 × 40 / 113 = 176.99 → 176 returned
        assertThat(sumOf(customer, "UNEARN")).isEqualTo(-40);
        assertThat(sumOf(customer, "RETURN")).isEqualTo(176);
        assertThat(count("select count(*) from " + table("SMM_POINTS_ENTRY") + " where ORDER_ID = "
                + order.orderId())).isEqualTo(3);
        assertInvariant(customer);
    }

    @Test
    void aGrantReplayedAtOnceIsGrantedOnce() throws Exception {
        long customer = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 1, "first:" + customer, "test");

        List<Optional<Boolean>> outcomes = race(i -> ledger.grant(STORE, customer, 50, "welcome:" + customer, "test"));

        assertThat(outcomes).filteredOn(outcome -> outcome.orElse(false)).hasSize(1);
        assertThat(ledger.check(STORE, customer).balance()).isEqualTo(51);
        assertInvariant(customer);
    }

    @Test
    void pendingPointsAreShownButCannotBeHeld() {
        long customer = IDS.incrementAndGet();
        OrderFacts order = order(customer);
        inTransaction.executeWithoutResult(status -> ledger.earn(STORE, customer, order.orderId(), 400,
                order.placedAt(), Instant.now().plus(Duration.ofDays(29))));

        PointsAccountView shown = ledger.account(STORE, customer);

        assertThat(shown.usable()).isZero();
        assertThat(shown.pending()).isEqualTo(400);
        assertThatThrownBy(() -> ledger.hold(STORE, customer, "pending-" + customer, 100, Instant.now()))
                .isInstanceOf(PointsRefusedException.class).extracting("refusal").isEqualTo(PointsRefusal.BALANCE);
        assertInvariant(customer);
    }

    @Test
    void aNegativeAdjustmentTakesTheSoonestExpiringLotsAndIsRefusedBelowZero() {
        long customer = IDS.incrementAndGet();
        ledger.adjust(STORE, customer, 100, "survey", "owner@example.com", "adjust:" + customer + ":1");
        long first = lastLotOf(customer);
        ledger.adjust(STORE, customer, 100, "review", "owner@example.com", "adjust:" + customer + ":2");
        expire(List.of(lastLotOf(customer)), Instant.now().plus(Duration.ofDays(400)));

        ledger.adjust(STORE, customer, -150, "typo", "owner@example.com", "adjust:" + customer + ":3");
        ledger.adjust(STORE, customer, -150, "typo", "owner@example.com", "adjust:" + customer + ":3");

        assertThat(count("select REMAINING from " + table("SMM_POINTS_LOT") + " where ID = " + first)).isZero();
        assertThat(ledger.account(STORE, customer).usable()).isEqualTo(50);
        assertThatThrownBy(() -> ledger.adjust(STORE, customer, -51, "too much", "owner@example.com",
                "adjust:" + customer + ":4")).isInstanceOf(PointsRefusedException.class);
        assertThat(count("select count(*) from " + table("SMM_POINTS_ENTRY") + " where KIND = 'ADJUST' and ACTOR ="
                + " 'owner@example.com' and ACCOUNT_ID = " + accountOf(customer))).isEqualTo(3);
        assertInvariant(customer);
    }

    @Test
    void savedSettingsAreReadBackWithTheirTierRatesAndSetTheExpiryOfNewLots() {
        PointsSettingsService settings = context.getBean(PointsSettingsService.class);
        PointsSettingsDraft draft = new PointsSettingsDraft();
        draft.setEnabled(true);
        draft.setPointsPerUnit(new BigDecimal("2.5"));
        draft.setCashValue(new BigDecimal("0.005"));
        draft.setMinRedeem(50L);
        draft.setMaxOrderShare(new BigDecimal("30"));
        draft.setExpiryMode(PointsTerms.ExpiryMode.DAYS_AFTER_EARNING);
        draft.setExpiryDays(10);
        draft.setExpiryPeriod(PointsTerms.Period.MONTH);
        draft.setReturnWindowDays(7);
        draft.setTiersByPoints(true);
        PointsSettingsDraft.TierRate gold = new PointsSettingsDraft.TierRate();
        gold.setGroupId(3L);
        gold.setMultiplier(new BigDecimal("1.5"));
        draft.setTierRates(List.of(gold));
        long customer = IDS.incrementAndGet();
        PointsTerms terms;
        try {
            settings.save(STORE, draft);
            terms = settings.termsOf(STORE);
            ledger.grant(STORE, customer, 10, "grant:" + customer, "test");
        } finally {
            draft.setTierRates(List.of());
            draft.setExpiryDays(365);
            settings.save(STORE, draft);
        }

        assertThat(terms.cashValue()).isEqualByComparingTo("0.005");
        assertThat(terms.multiplierOf(3L)).isEqualByComparingTo("1.5");
        assertThat(terms.multiplierOf(4L)).isEqualByComparingTo("1");
        assertThat(settings.termsOf(STORE).tierMultipliers()).isEmpty();
        Timestamp expires = jdbc.queryForObject("select EXPIRES_AT from " + table("SMM_POINTS_LOT") + " where ID = ?",
                Timestamp.class, lastLotOf(customer));
        assertThat(expires.toLocalDateTime().toInstant(ZoneOffset.UTC))
                .isBetween(Instant.now().plus(Duration.ofDays(10)), Instant.now().plus(Duration.ofDays(12)));
    }

    @Test
    void partialRefundsOfTheWholeOrderEndWhereOneFullRefundDoes() {
        long partly = IDS.incrementAndGet();
        long fully = IDS.incrementAndGet();
        OrderFacts partlyRefunded = placedWithPoints(partly);
        OrderFacts fullyRefunded = placedWithPoints(fully);

        for (String part : List.of("33.33", "33.33", "46.34")) {
            giveBack(OrderGiveBack.partial(partlyRefunded, new BigDecimal(part), partlyRefunded.total(), part
                    + IDS.incrementAndGet()));
        }
        giveBack(OrderGiveBack.whole(fullyRefunded, OrderGiveBack.Kind.REFUNDED));

        assertThat(ledger.check(STORE, partly).balance()).isEqualTo(ledger.check(STORE, fully).balance())
                .isEqualTo(1000);
        assertInvariant(partly);
        assertInvariant(fully);
    }

    @Test
    void pointsOfARefundedOrderSpentOnAnotherOrderAreTakenWhenThatOrderIsRefundedToo() {
        long customer = IDS.incrementAndGet();
        OrderFacts earned = earnedAndSpent(customer, "spent-");
        OrderFacts spentOn = order(customer);
        inTransaction.executeWithoutResult(status -> ledger.confirm(STORE, customer, "spent-" + customer,
                spentOn.orderId()));

        giveBack(OrderGiveBack.whole(earned, OrderGiveBack.Kind.REFUNDED));
        giveBack(OrderGiveBack.whole(spentOn, OrderGiveBack.Kind.REFUNDED));

        assertThat(ledger.check(STORE, customer).balance()).isZero();
        assertThat(sumOf(customer, "UNEARN")).isEqualTo(-100);
        assertThat(count("select OWED from " + table("SMM_POINTS_LOT") + " where ID = " + lastLotOf(customer)))
                .isZero();
        assertInvariant(customer);
    }

    @Test
    void pointsOfARefundedOrderHeldForACartAreTakenWhenTheHoldIsReleased() {
        long customer = IDS.incrementAndGet();
        OrderFacts earned = earnedAndSpent(customer, "held-");

        giveBack(OrderGiveBack.whole(earned, OrderGiveBack.Kind.REFUNDED));
        ledger.release(STORE, "held-" + customer);

        assertThat(ledger.check(STORE, customer).balance()).isZero();
        assertThat(sumOf(customer, "UNEARN")).isEqualTo(-100);
        assertInvariant(customer);
    }

    @Test
    void aMovementTheDatabaseFailsHalfWayLeavesNothingBehind() {
        long customer = IDS.incrementAndGet();
        long other = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 1000, "grant:" + customer, "test");
        String cart = "fault-" + customer;
        // another account already has an entry under the key the hold will write: its insert breaks the unique key
        // after the balance was moved, in the middle of the hold
        ledger.grant(STORE, other, 10, "cart:" + cart + ":redeem:1", "test");

        assertThatThrownBy(() -> ledger.hold(STORE, customer, cart, 300, Instant.now()))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(ledger.account(STORE, customer).usable()).isEqualTo(1000);
        assertThat(count("select count(*) from " + table("SMM_POINTS_HOLD") + " where CART_CODE = '" + cart + "'"))
                .isZero();
        assertThat(count("select count(*) from " + table("SMM_POINTS_LOT_MOVE") + " m join "
                + table("SMM_POINTS_LOT") + " l on l.ID = m.LOT_ID where m.POINTS < 0 and l.ACCOUNT_ID = "
                + accountOf(customer))).isZero();
        assertInvariant(customer);
        assertInvariant(other);
    }

    @Test
    void theDatabaseRefusesALotBelowZero() {
        long customer = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 10, "grant:" + customer, "test");

        assertThatThrownBy(() -> jdbc.update("update " + table("SMM_POINTS_LOT") + " set REMAINING = -1 where ID = ?",
                lastLotOf(customer))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theExpiryJobLeavesItsWorkToTheNodeHoldingItsLease() {
        long customer = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 10, "grant:" + customer, "test");
        expire(List.of(lastLotOf(customer)), Instant.now().minusSeconds(1));
        PointsExpiry expiry = context.getBean(PointsExpiry.class);
        String lease = "update " + table("SMM_JOB_LEASE") + " set LEASE_OWNER = ?, LEASE_UNTIL = ? where JOB = ?";
        jdbc.update(lease, "another-node", Timestamp.from(Instant.now().plus(Duration.ofDays(1))), PointsExpiry.JOB);
        int whileLeased;
        try {
            whileLeased = expiry.expireDue();
        } finally {
            jdbc.update(lease, null, null, PointsExpiry.JOB);
        }
        int afterwards = expiry.expireDue();

        assertThat(whileLeased).isEqualTo(-1);
        assertThat(afterwards).isGreaterThanOrEqualTo(1);
        assertThat(ledger.check(STORE, customer).balance()).isZero();
        assertInvariant(customer);
    }

    @Test
    void anAccountCreatedByManyMovementsAtOnceIsOneAccountWithEveryGrant() throws Exception {
        long customer = IDS.incrementAndGet();

        race(i -> ledger.grant(STORE, customer, 10 + i, "first:" + customer + ":" + i, "test"));

        assertThat(count("select count(*) from " + table("SMM_POINTS_ACCOUNT") + " where CUSTOMER_ID = "
                + customer)).isEqualTo(1);
        assertThat(ledger.check(STORE, customer).balance()).isEqualTo(10L * THREADS + THREADS * (THREADS - 1) / 2);
        assertInvariant(customer);
    }

    @Test
    void aReleasedHoldGivesItsPointsBackAndTheOrderCannotConfirmIt() {
        long customer = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 500, "grant:" + customer, "test");
        String cart = "released-" + customer;
        ledger.hold(STORE, customer, cart, 400, Instant.now());

        ledger.release(STORE, cart);
        ledger.release(STORE, cart);

        assertThat(ledger.account(STORE, customer).usable()).isEqualTo(500);
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(
                status -> ledger.confirm(STORE, customer, cart, 1L)))
                .isInstanceOf(PointsRefusedException.class);
        assertInvariant(customer);
    }

    @Test
    void theSweeperRacingTheOrderEitherReleasesTheHoldOrLeavesItConfirmed() throws Exception {
        long customer = IDS.incrementAndGet();
        ledger.grant(STORE, customer, 500, "grant:" + customer, "test");
        String cart = "swept-" + customer;
        ledger.hold(STORE, customer, cart, 300, Instant.now());
        jdbc.update("update " + table("SMM_POINTS_HOLD") + " set EXPIRES_AT = ? where CART_CODE = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneOffset.UTC)), cart);
        long orderId = IDS.incrementAndGet();

        List<Optional<Boolean>> outcomes = race(i -> i % 2 == 0 ? ledger.releaseExpiredHolds(Instant.now(), 10) >= 0
                : confirmed(customer, cart, orderId));

        boolean confirmed = IntStream.range(0, THREADS).anyMatch(i -> i % 2 == 1 && outcomes.get(i).isPresent());
        String state = jdbc.queryForObject("select STATE from " + table("SMM_POINTS_HOLD") + " where CART_CODE = ?",
                String.class, cart);
        assertThat(state).isEqualTo(confirmed ? "CONFIRMED" : "RELEASED");
        assertThat(ledger.account(STORE, customer).usable()).isEqualTo(confirmed ? 200 : 500);
        assertThat(sumOf(customer, "RELEASE")).isEqualTo(confirmed ? 0 : 300);
        assertInvariant(customer);
    }

    @Test
    void theRunningCampaignsComeWithTheirCategoriesAndGroupsOutsideATransaction() {
        PointsCampaignRepository campaigns = context.getBean(PointsCampaignRepository.class);
        String store = "C" + IDS.incrementAndGet() % 100_000;
        Instant now = Instant.now();
        campaigns.save(new PointsCampaign(store, "Tea", now.minusSeconds(60), now.plusSeconds(60), BigDecimal.TEN,
                Set.of(7L, 8L), Set.of(3L)));
        campaigns.save(new PointsCampaign(store, "Over", now.minusSeconds(120), now.minusSeconds(60), BigDecimal.ONE,
                Set.of(), Set.of()));

        List<PointsCampaign> running = campaigns.runningAt(store, now);

        assertThat(running).singleElement().satisfies(campaign -> {
            assertThat(campaign.getCategoryIds()).containsExactlyInAnyOrder(7L, 8L);
            assertThat(campaign.getGroupIds()).containsExactly(3L);
        });
    }

    @Test
    void aCartsChoiceIsOneRowPerStoreAndCartChosenAgainInPlaceAndForgottenAlone() {
        CartChoiceRepository choices = context.getBean(CartChoiceRepository.class);
        long customer = IDS.incrementAndGet();
        String cart = "choice-" + customer;
        Instant chosenAt = Instant.parse("2026-12-06T04:00:00Z");

        inTransaction.executeWithoutResult(status -> {
            choose(choices, STORE, cart, customer, 500, chosenAt);
            choose(choices, "OTHER", cart, customer, 300, chosenAt);
        });
        inTransaction.executeWithoutResult(status -> choose(choices, STORE, cart, customer, 700, chosenAt));
        long mine = choices.findById(new CartKey(STORE, cart)).orElseThrow().pointsOf(customer);
        long anothers = choices.findById(new CartKey(STORE, cart)).orElseThrow().pointsOf(customer + 1);
        Timestamp stored = jdbc.queryForObject("select CHOSEN_AT from " + table("SMM_POINTS_CART_CHOICE")
                + " where STORE_CODE = ? and CART_CODE = ?", Timestamp.class, STORE, cart);
        int forgotten = Objects.requireNonNull(inTransaction.execute(status -> choices.forget(STORE, cart)));

        assertThat(mine).isEqualTo(700);
        assertThat(anothers).as("a cart passed on to another customer").isZero();
        assertThat(stored.toLocalDateTime().toInstant(ZoneOffset.UTC)).isEqualTo(chosenAt);
        assertThat(forgotten).isEqualTo(1);
        assertThat(choices.findById(new CartKey(STORE, cart))).isEmpty();
        assertThat(choices.findById(new CartKey("OTHER", cart)).orElseThrow().pointsOf(customer)).isEqualTo(300);
        assertThatThrownBy(() -> jdbc.update("insert into " + table("SMM_POINTS_CART_CHOICE")
                + " (STORE_CODE, CART_CODE, CUSTOMER_ID, POINTS, CHOSEN_AT) values (?, ?, ?, ?, ?)", "OTHER", cart,
                customer, 1, stored)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void choose(CartChoiceRepository choices, String store, String cart, long customer, long points,
            Instant at) {
        CartChoice choice = choices.findById(new CartKey(store, cart)).orElseGet(() -> new CartChoice(store, cart));
        choice.choose(customer, points, at);
        choices.saveAndFlush(choice);
    }

    private boolean confirmed(long customer, String cart, long orderId) {
        inTransaction.executeWithoutResult(status -> ledger.confirm(STORE, customer, cart, orderId));
        return true;
    }

    /** An order of 1000 points redeemed and 113 earned, paid 113.00. */
    private OrderFacts placedWithPoints(long customer) {
        OrderFacts order = order(customer);
        ledger.grant(STORE, customer, 1000, "grant:" + customer, "test");
        ledger.hold(STORE, customer, "cart-" + order.orderId(), 1000, Instant.now());
        inTransaction.executeWithoutResult(status -> {
            ledger.confirm(STORE, customer, "cart-" + order.orderId(), order.orderId());
            ledger.earn(STORE, customer, order.orderId(), 113, order.placedAt(), order.placedAt());
        });
        return order;
    }

    /** An order that earned 100 points, usable at once, all held for the cart {@code cartPrefix + customer}. */
    private OrderFacts earnedAndSpent(long customer, String cartPrefix) {
        OrderFacts order = order(customer);
        inTransaction.executeWithoutResult(status -> ledger.earn(STORE, customer, order.orderId(), 100,
                order.placedAt(), order.placedAt()));
        ledger.hold(STORE, customer, cartPrefix + customer, 100, Instant.now());
        return order;
    }

    private boolean tryHold(long customer, String cart, long points) {
        try {
            ledger.hold(STORE, customer, cart, points, Instant.now());
            return true;
        } catch (PointsRefusedException refused) {
            return false;
        }
    }

    private boolean giveBack(OrderGiveBack giveBack) {
        inTransaction.executeWithoutResult(status -> ledger.giveBack(giveBack));
        return true;
    }

    private void expire(List<Long> lotIds, Instant at) {
        lotIds.forEach(id -> jdbc.update("update " + table("SMM_POINTS_LOT") + " set EXPIRES_AT = ? where ID = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)), id));
    }

    private void assertInvariant(long customer) {
        PointsLedger.Invariant invariant = ledger.check(STORE, customer);
        assertThat(invariant.holds()).as(invariant.toString()).isTrue();
        assertThat(count("select coalesce(sum(m.POINTS), 0) from " + table("SMM_POINTS_LOT_MOVE") + " m join "
                + table("SMM_POINTS_LOT") + " l on l.ID = m.LOT_ID where l.ACCOUNT_ID = " + accountOf(customer)))
                .as("the lots' moves").isEqualTo(invariant.lots());
    }

    private long accountOf(long customer) {
        return count("select ID from " + table("SMM_POINTS_ACCOUNT") + " where CUSTOMER_ID = " + customer);
    }

    private long lastLotOf(long customer) {
        return count("select max(ID) from " + table("SMM_POINTS_LOT") + " where ACCOUNT_ID = " + accountOf(customer));
    }

    private long sumOf(long customer, String kind) {
        return count("select coalesce(sum(POINTS), 0) from " + table("SMM_POINTS_ENTRY") + " where KIND = '" + kind
                + "' and ACCOUNT_ID = " + accountOf(customer));
    }

    private static OrderFacts order(long customer) {
        return new OrderFacts(IDS.incrementAndGet(), customer, STORE, Instant.now().minus(Duration.ofDays(1)),
                "ORDERED", new BigDecimal("113.00"), new BigDecimal("8.00"), new BigDecimal("5.00"), CAD);
    }

    private static <T> List<T> all(List<Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> outcomes = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    @Configuration(proxyBeanMethods = false)
    @Import(PointsConfiguration.class)
    static class PointsWiring {
    }
}
