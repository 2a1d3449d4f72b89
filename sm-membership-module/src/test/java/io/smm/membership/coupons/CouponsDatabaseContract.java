package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testdb.DatabaseContract;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * What the coupons feature must do on every database the host runs on: searches and usage reports filtered and
 * counted by the database, and limits, holds and give-backs exact under concurrent checkouts.
 */
abstract class CouponsDatabaseContract extends DatabaseContract {

    @Test
    void findsCouponsByTextAndStatusWithTheDatabaseFiltering() {
        CouponService coupons = context.getBean(CouponService.class);
        Coupon active = coupons.create(STORE, coupon("FIND-ACTIVE", null));
        Coupon scheduled = coupons.create(STORE, coupon("FIND-LATER", Instant.now().plusSeconds(3_600)));
        Coupon disabled = coupons.disable(STORE, coupons.create(STORE, coupon("FIND-OFF", null)).getId());
        PageRequest page = PageRequest.of(0, 10, Sort.by(Sort.Order.desc("id")));

        assertThat(coupons.search(STORE, "find-", null, page).getContent()).extracting(Coupon::getId)
                .containsExactly(disabled.getId(), scheduled.getId(), active.getId());
        assertThat(coupons.search(STORE, "find-", CouponStatus.ACTIVE, page).getContent()).extracting(Coupon::getId)
                .containsExactly(active.getId());
        assertThat(coupons.search(STORE, "", CouponStatus.SCHEDULED, page).getContent()).extracting(Coupon::getId)
                .containsExactly(scheduled.getId());
        assertThat(coupons.search(STORE, "later", CouponStatus.DISABLED, page).getContent()).isEmpty();
    }

    @Test
    void findsExpiredAndUsedUpCouponsAsTheirStatusSaysAndTakesUnderscoresLiterally() {
        CouponService coupons = context.getBean(CouponService.class);
        Instant now = Instant.now();
        CouponDraft ended = coupon("FOUND_ENDED", now.minusSeconds(7_200));
        ended.setEndsAt(now.minusSeconds(1));
        Coupon expired = coupons.create(STORE, ended);
        CouponDraft once = coupon("FOUNDXONCE", null);
        once.setTotalLimit(1);
        Coupon usedUp = coupons.create(STORE, once);
        new TransactionTemplate(context.getBean(JpaTransactionManager.class)).executeWithoutResult(status ->
                context.getBean(CouponUseLedger.class).redeem(usedUp, 9_100, CouponShopper.customer(160, Set.of()),
                        BigDecimal.ONE, "CAD"));
        PageRequest page = PageRequest.of(0, 10, Sort.by(Sort.Order.desc("id")));

        assertThat(coupons.search(STORE, "found", CouponStatus.EXPIRED, page).getContent()).extracting(Coupon::getId)
                .containsExactly(expired.getId());
        assertThat(coupons.search(STORE, "found", CouponStatus.USED_UP, page).getContent()).extracting(Coupon::getId)
                .containsExactly(usedUp.getId());
        assertThat(coupons.search(STORE, "found", CouponStatus.ACTIVE, page).getContent()).isEmpty();
        assertThat(coupons.get(STORE, usedUp.getId()).statusAt(Instant.now())).isEqualTo(CouponStatus.USED_UP);
        assertThat(coupons.search(STORE, "found_", null, page).getContent()).extracting(Coupon::getId)
                .containsExactly(expired.getId());
    }

    @Test
    void countsExactlyAsManyRedemptionsAsTheLimitsAllowUnderConcurrentCheckouts() throws Exception {
        CouponService coupons = context.getBean(CouponService.class);
        CouponUseLedger redemptions = context.getBean(CouponUseLedger.class);
        CouponDraft hundred = coupon("RACE-100", null);
        hundred.setTotalLimit(100);
        Coupon total = coupons.create(STORE, hundred);
        CouponDraft once = coupon("RACE-ONCE", null);
        once.setPerShopperLimit(1);
        Coupon perShopper = coupons.create(STORE, once);

        Map<String, Long> byEveryone = redeemConcurrently(redemptions, total, 500,
                order -> CouponShopper.customer(order, Set.of()));
        Map<String, Long> byOne = redeemConcurrently(redemptions, perShopper, 50,
                order -> CouponShopper.guest("Same.Shopper@Example.com", Set.of()));

        assertThat(byEveryone).containsExactlyInAnyOrderEntriesOf(Map.of("redeemed", 100L, "USED_UP", 400L));
        assertThat(byOne).containsExactlyInAnyOrderEntriesOf(Map.of("redeemed", 1L, "USED_BY_YOU", 49L));
        assertThat(count("select USES from " + table("SMM_COUPON") + " where ID = " + total.getId())).isEqualTo(100);
        assertThat(count("select count(*) from " + table("SMM_COUPON_REDEMPTION") + " where COUPON_ID = "
                + total.getId())).isEqualTo(100);
    }

    @Test
    void letsTwoShoppersCheckOutDifferentOncePerShopperCouponsWhileTheirOrdersArePlaced() throws Exception {
        CouponService coupons = context.getBean(CouponService.class);
        CouponUseLedger redemptions = context.getBean(CouponUseLedger.class);
        List<Coupon> both = new ArrayList<>();
        for (String code : List.of("HELD-ONE", "HELD-TWO")) {
            CouponDraft once = coupon(code, null);
            once.setPerShopperLimit(1);
            both.add(coupons.create(STORE, once));
        }
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED); // as the order's, OrderAdvice
        CountDownLatch bothReserved = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> checkouts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Coupon coupon = both.get(i);
                long order = 9_300 + i;
                CouponShopper shopper = CouponShopper.customer(170 + order, Set.of());
                checkouts.add(pool.submit(() -> {
                    redemptions.hold(coupon, "cart-" + order, shopper, Instant.now().plusSeconds(900));
                    transaction.executeWithoutResult(status -> {
                        redemptions.confirm(coupon, "cart-" + order, shopper, order, BigDecimal.ONE, "CAD");
                        bothReserved.countDown();
                        awaitQuietly(bothReserved); // both orders' transactions are open at once
                    });
                }));
            }
            for (Future<?> checkout : checkouts) {
                checkout.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("select count(*) from " + table("SMM_COUPON_REDEMPTION") + " where ORDER_ID in (9300, 9301)"
                + " and COUPON_ID in (" + both.get(0).getId() + ", " + both.get(1).getId() + ")")).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void givesAUseBackOnceAndKeepsBothEventsInTheLedger() {
        CouponService coupons = context.getBean(CouponService.class);
        CouponUseLedger redemptions = context.getBean(CouponUseLedger.class);
        CouponDraft one = coupon("BACK-ONE", null);
        one.setTotalLimit(1);
        Coupon coupon = coupons.create(STORE, one);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        CouponShopper shopper = CouponShopper.customer(150, Set.of());
        transaction.executeWithoutResult(status -> redemptions.redeem(coupon, 9_001, shopper, BigDecimal.ONE, "CAD"));

        int given = transaction.execute(status -> redemptions.giveBack(STORE, 9_001,
                CouponRedemption.GivenBackFor.CANCELED));
        int givenAgain = transaction.execute(status -> redemptions.giveBack(STORE, 9_001,
                CouponRedemption.GivenBackFor.REFUNDED));
        transaction.executeWithoutResult(status -> redemptions.redeem(coupon, 9_002, shopper, BigDecimal.ONE, "CAD"));

        assertThat(List.of(given, givenAgain)).containsExactly(1, 0);
        assertThat(count("select count(*) from " + table("SMM_COUPON_REDEMPTION") + " where COUPON_ID = "
                + coupon.getId() + " and GIVEN_BACK_FOR = 'CANCELED' and GIVEN_BACK_AT is not null")).isEqualTo(1);
        assertThat(count("select USES from " + table("SMM_COUPON") + " where ID = " + coupon.getId())).isEqualTo(1);
    }

    @Test
    void keepsAGroupThatACouponIsLimitedTo() {
        GroupDraft club = draft("COUPONCLUB", GroupKind.MANUAL, null);
        MemberGroup group = groups.create(STORE, club);
        CouponDraft forTheClub = coupon("CLUB-ONLY", null);
        forTheClub.setGroups(List.of("COUPONCLUB"));
        Coupon coupon = context.getBean(CouponService.class).create(STORE, forTheClub);

        assertThatThrownBy(() -> groups.delete(STORE, group.getId())).isInstanceOfSatisfying(
                ConflictException.class, refused -> assertThat(refused.code())
                        .isEqualTo("membership.group.delete.used-by-coupons"));
        assertThat(context.getBean(CouponService.class).get(STORE, coupon.getId()).getGroupIds())
                .containsExactly(group.getId());
    }

    @Test
    void givesAnOrdersUseBackOnceWhenTwoGiveBacksRace() throws Exception {
        CouponService coupons = context.getBean(CouponService.class);
        CouponUseLedger redemptions = context.getBean(CouponUseLedger.class);
        CouponDraft one = coupon("BACK-RACE", null);
        one.setTotalLimit(1);
        Coupon coupon = coupons.create(STORE, one);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        transaction.executeWithoutResult(status -> redemptions.redeem(coupon, 9_200,
                CouponShopper.customer(170, Set.of()), BigDecimal.ONE, "CAD"));

        List<Optional<Boolean>> gave = race(i -> transaction.execute(status -> redemptions.giveBack(STORE, 9_200,
                i % 2 == 0 ? CouponRedemption.GivenBackFor.CANCELED : CouponRedemption.GivenBackFor.REFUNDED) == 1));

        assertThat(gave).filteredOn(outcome -> outcome.orElseThrow()).hasSize(1);
        assertThat(count("select USES from " + table("SMM_COUPON") + " where ID = " + coupon.getId())).isZero();
    }

    @Test
    void generatesCodesThatNoCouponHasInAnyCaseAndNoMoreThanThePatternHolds() throws Exception {
        CouponService coupons = context.getBean(CouponService.class);
        CouponBatchService batches = context.getBean(CouponBatchService.class);
        Coupon template = coupons.create(STORE, coupon("GEN-TEMPLATE", null));
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String bits = String.format("%10s", Integer.toBinaryString(i * 20)).replace(' ', '0');
            existing.add(coupons.create(STORE, coupon("gen" + bits.replace('0', 'a').replace('1', 'b'), null))
                    .getCode());
        }
        // alphabet AB and 10 characters: 1,024 codes, a tenth of them 102, of which the 50 above take 50
        CouponBatchDraft rest = batchOf(52, "gen", 10, "ab");

        CouponBatchView started = batches.start(STORE, template.getId(), rest);
        // refused whether the first batch is still running (its codes to come count) or done (its codes count)
        assertThatThrownBy(() -> batches.start(STORE, template.getId(), batchOf(1, "GEN", 10, "AB")))
                .isInstanceOfSatisfying(InvalidInputException.class, full -> assertThat(full.violations())
                        .extracting(Violation::field).containsExactly("count"));

        CouponBatchView done = untilFinished(batches, started.getId());
        assertThat(done.getStatus()).as(done.getFailure()).isEqualTo(CouponBatchStatus.DONE);
        assertThat(done.getCreated()).isEqualTo(52);
        List<String> codes = jdbc.queryForList("select CODE from " + table("SMM_COUPON") + " where BATCH_ID = ?",
                String.class, started.getId());
        assertThat(codes).hasSize(52).doesNotHaveDuplicates().allMatch(code -> code.matches("GEN[AB]{10}"))
                .noneMatch(existing::contains);
    }

    private static CouponBatchDraft batchOf(int count, String prefix, int length, String alphabet) {
        CouponBatchDraft draft = new CouponBatchDraft();
        draft.setCount(count);
        draft.setPrefix(prefix);
        draft.setLength(length);
        draft.setAlphabet(alphabet);
        return draft;
    }

    private static CouponBatchView untilFinished(CouponBatchService batches, long batchId) throws InterruptedException {
        return untilFinished(batches, STORE, batchId);
    }

    private static CouponBatchView untilFinished(CouponBatchService batches, String store, long batchId)
            throws InterruptedException {
        CouponBatchView batch = batches.get(store, batchId);
        for (int polls = 0; batch.getStatus() == CouponBatchStatus.RUNNING && polls < 600; polls++) {
            Thread.sleep(50);
            batch = batches.get(store, batchId);
        }
        return batch;
    }

    @Test
    void listsHandMadeCouponsBatchesAndRewardCodesOneRowEachWithTheBatchCodesCountedByTheDatabase()
            throws Exception {
        String store = "LISTS";
        CouponService coupons = context.getBean(CouponService.class);
        CouponBatchService batches = context.getBean(CouponBatchService.class);
        Coupon older = coupons.create(store, coupon("OLDER", null));
        CouponDraft once = coupon("SINGLE", null);
        once.setTotalLimit(1);
        Coupon template = coupons.create(store, once);
        long batchId = untilFinished(batches, store, batches.start(store, template.getId(), batchOf(30, "ONE-", 8,
                null)).getId()).getId();
        Coupon newer = coupons.create(store, coupon("NEWER", null));
        String reward = new TransactionTemplate(context.getBean(JpaTransactionManager.class))
                .execute(status -> batches.issueSingleUse(store, older.getId()));
        List<String> codes = jdbc.queryForList("select CODE from " + table("SMM_COUPON")
                + " where BATCH_ID = ? order by ID", String.class, batchId);
        jdbc.update("update " + table("SMM_COUPON") + " set USES = 1 where CODE in (?, ?)", codes.get(3),
                codes.get(7));
        PageRequest page = PageRequest.of(0, 10);

        Set<CouponOrigin> handMadeAndBatches = Set.of(CouponOrigin.HAND_MADE, CouponOrigin.GENERATED);
        Page<CouponListEntry> all = coupons.rows(store, "", null, handMadeAndBatches, page);

        assertThat(all.getTotalElements()).isEqualTo(4);
        assertThat(all.getContent()).extracting(entry -> entry.getCoupon().getCode()).containsExactly("NEWER",
                codes.get(0), "SINGLE", "OLDER");
        assertThat(all.getContent()).extracting(entry -> entry.getBatch() == null ? null
                : entry.getBatch().getBatch().getId()).containsExactly(null, batchId, null, null);
        CouponBatchSummary batch = all.getContent().get(1).getBatch();
        assertThat(batch.getTemplateCode()).isEqualTo("SINGLE");
        assertThat(batch.getCodes()).isEqualTo(30);
        assertThat(batch.getCodesUsed()).isEqualTo(2);
        assertThat(batch.getUses()).isEqualTo(2);
        assertThat(coupons.rows(store, "", null, Set.of(CouponOrigin.HAND_MADE), page).getContent())
                .extracting(entry -> entry.getCoupon().getId())
                .containsExactly(newer.getId(), template.getId(), older.getId());
        assertThat(coupons.rows(store, "", null, Set.of(CouponOrigin.GENERATED), page).getContent())
                .extracting(entry -> entry.getBatch().getCodes()).containsExactly(30L);
        assertThat(coupons.rows(store, "", null, Set.of(CouponOrigin.REWARD), page).getContent())
                .singleElement().satisfies(row -> assertThat(row.getCoupon().getIssuedFrom()).isEqualTo(older.getId()));
        assertThat(coupons.rows(store, "", null, Set.of(CouponOrigin.ALL), page).getContent())
                .extracting(entry -> entry.getCoupon().getCode()).containsExactly(reward, "NEWER", codes.get(0),
                        "SINGLE", "OLDER");
        assertThat(coupons.rows(store, codes.get(5).toLowerCase(), null, handMadeAndBatches, page).getContent())
                .singleElement().satisfies(row -> assertThat(row.getBatch().getCodes()).isEqualTo(30));
        assertThat(coupons.rows(store, "", CouponStatus.USED_UP, handMadeAndBatches, page).getContent())
                .singleElement().satisfies(row -> assertThat(row.getBatch().getCodesUsed()).isEqualTo(2));
        assertThat(coupons.rows(store, "", null, handMadeAndBatches, PageRequest.of(1, 3)).getContent())
                .extracting(entry -> entry.getCoupon().getCode()).containsExactly("OLDER");
        assertThat(coupons.search(store, "", null, CouponOrigin.GENERATED, page).getTotalElements()).isEqualTo(30);
        assertThat(coupons.search(store, "", null, CouponOrigin.HAND_MADE, page).getContent())
                .extracting(Coupon::getOrigin).containsOnly(CouponOrigin.HAND_MADE).hasSize(3);
        assertThat(coupons.search(store, "", null, CouponOrigin.REWARD, page).getContent())
                .extracting(Coupon::getCode, Coupon::getOrigin).containsExactly(tuple(reward, CouponOrigin.REWARD));
        assertThat(coupons.search(store, "", null, CouponOrigin.ALL, page).getTotalElements()).isEqualTo(34);
        assertThat(batches.codes(store, batchId, "", null, PageRequest.of(2, 12, Sort.by("id"))).getContent())
                .extracting(Coupon::getCode).containsExactlyElementsOf(codes.subList(24, 30));
        assertThat(batches.codes(store, batchId, codes.get(7).substring(2), CouponStatus.USED_UP, page)
                .getContent()).extracting(Coupon::getCode).containsExactly(codes.get(7));
    }

    /** Redeems the coupon for {@code orders} orders at once, each in its own transaction; outcomes counted. */
    private Map<String, Long> redeemConcurrently(CouponUseLedger redemptions, Coupon coupon, int orders,
            LongFunction<CouponShopper> shopperOf) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long order = 1; order <= orders; order++) {
            long orderId = coupon.getId() * 10_000 + order;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    transaction.executeWithoutResult(status -> redemptions.redeem(coupon, orderId,
                            shopperOf.apply(orderId), BigDecimal.ONE, "CAD"));
                    return "redeemed";
                } catch (CouponRefusedException refused) {
                    return refused.refusal().name();
                }
            }));
        }
        start.countDown();
        Map<String, Long> counted = new HashMap<>();
        for (Future<String> outcome : outcomes) {
            counted.merge(outcome.get(60, TimeUnit.SECONDS), 1L, Long::sum);
        }
        pool.shutdown();
        return counted;
    }

    @Test
    void countsACouponsUsesPerDayAndInTotalWithTheDatabaseCounting() {
        Coupon used = context.getBean(CouponService.class).create(STORE, coupon("USAGEDAYS", null));
        CouponUseLedger redemptions = context.getBean(CouponUseLedger.class);
        new TransactionTemplate(context.getBean(JpaTransactionManager.class)).executeWithoutResult(status -> {
            for (long order = 9_300; order < 9_303; order++) {
                redemptions.redeem(used, order, CouponShopper.customer(order, Set.of()), new BigDecimal("2.50"),
                        "CAD");
            }
            redemptions.giveBack(STORE, 9_302, CouponRedemption.GivenBackFor.CANCELED);
        });
        CouponUsage usage = context.getBean(CouponUsage.class);
        Instant today = LocalDate.now(usage.zone()).atStartOfDay(usage.zone()).toInstant();
        redeemedAt(9_300, today.minusSeconds(15 * 60));
        redeemedAt(9_301, today.minusSeconds(1));
        redeemedAt(9_302, today);

        CouponUsageTotals totals = usage.totals(STORE, used.getId());

        assertThat(usage.byDay(STORE, used.getId(), 2).getRedemptions()).containsExactly(2L, 1L);
        assertThat(totals.getCounted()).isEqualTo(2);
        assertThat(totals.getGivenBack()).isEqualTo(1);
        assertThat(totals.getDiscounts()).singleElement().satisfies(cad -> {
            assertThat(cad.getGiven()).isEqualByComparingTo("5.00");
            assertThat(cad.getGivenBack()).isEqualByComparingTo("2.50");
        });
    }

    private void redeemedAt(long order, Instant at) {
        jdbc.update("update " + table("SMM_COUPON_REDEMPTION") + " set REDEEMED_AT = ? where ORDER_ID = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)), order);
    }

    private static CouponDraft coupon(String code, Instant startsAt) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName("Coupon " + code);
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(BigDecimal.TEN);
        draft.setStartsAt(startsAt);
        return draft;
    }
}
