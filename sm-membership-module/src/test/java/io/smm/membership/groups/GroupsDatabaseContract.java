package io.smm.membership.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import io.smm.membership.autoconfigure.MembershipProperties;
import io.smm.membership.autoconfigure.SchemaConfiguration;
import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponBatchDraft;
import io.smm.membership.coupons.CouponBatchStatus;
import io.smm.membership.coupons.CouponBatchSummary;
import io.smm.membership.coupons.CouponBatchView;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponListEntry;
import io.smm.membership.coupons.CouponOrigin;
import io.smm.membership.coupons.CouponRedemption;
import io.smm.membership.coupons.CouponUseLedger;
import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponShopper;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.coupons.CouponUsage;
import io.smm.membership.coupons.CouponUsageTotals;
import io.smm.membership.coupons.CouponsConfiguration;
import io.smm.membership.errors.ConflictException;
import io.smm.membership.jobs.JobsConfiguration;
import io.smm.membership.autoconfigure.SchemaConfiguration;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;
import liquibase.integration.spring.SpringLiquibase;

/**
 * What our schema and our concurrency guarantees must do on every database the host runs on: Liquibase creates
 * the tables, Hibernate validates its mapping against them, and the database keeps one tier per customer, one
 * pending application per group and one decision per application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GroupsDatabaseContract {

    private static final String STORE = "DEFAULT";
    private static final int THREADS = 8;

    private AnnotationConfigApplicationContext context;
    private GroupService groups;
    private MembershipService memberships;
    private ApplicationService applications;
    private JdbcTemplate jdbc;

    abstract DataSource dataSource();

    @BeforeAll
    void startContext() {
        DataSource dataSource = dataSource();
        context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(Wiring.class);
        context.refresh();
        groups = context.getBean(GroupService.class);
        memberships = context.getBean(MembershipService.class);
        applications = context.getBean(ApplicationService.class);
        jdbc = new JdbcTemplate(dataSource);
        groups.create(STORE, draft("BRONZE", GroupKind.TIER, 0));
        groups.create(STORE, draft("SILVER", GroupKind.TIER, 1));
        groups.create(STORE, draft("GOLD", GroupKind.TIER, 2));
        groups.create(STORE, draft("PLATINUM", GroupKind.TIER, 3));
        GroupDraft wholesale = draft("WHOLESALE", GroupKind.MANUAL, null);
        wholesale.setOpenToApply(true);
        wholesale.setNeedsApproval(true);
        wholesale.setNameZhTw("批發客戶");
        wholesale.setNameZhCn("批发客户");
        groups.create(STORE, wholesale);
        GroupDraft guests = draft("GUESTS", GroupKind.MANUAL, null);
        guests.setGuestGroup(true);
        groups.create(STORE, guests);
    }

    @AfterAll
    void closeContext() {
        context.close();
    }

    @Test
    void runsTheChangelogOnceWithItsOwnHistoryTables() throws Exception {
        SpringLiquibase again = context.getBean(SpringLiquibase.class);

        again.afterPropertiesSet();

        assertThat(count("select count(*) from " + table("SMM_DATABASECHANGELOG"))).isEqualTo(changeSets());
    }

    /** One change set per file the master changelog includes. */
    private static long changeSets() throws IOException {
        try (InputStream master = GroupsDatabaseContract.class
                .getResourceAsStream("/db/changelog/sm-membership/db.changelog-master.xml")) {
            return Pattern.compile("<include ").matcher(new String(master.readAllBytes(), StandardCharsets.UTF_8))
                    .results().count();
        }
    }

    @Test
    void keepsChineseNames() {
        MemberGroup wholesale = groups.getByCode(STORE, "wholesale");

        assertThat(wholesale.getName().getTraditionalChinese()).isEqualTo("批發客戶");
        assertThat(wholesale.getName().getSimplifiedChinese()).isEqualTo("批发客户");
    }

    @Test
    void letsGuestsShopAsTheGuestGroupAndCustomersAsTheDefaultTierUntilMoved() {
        assertThat(memberships.groupsOf(Shopper.guest(STORE))).extracting(MemberGroup::getCode)
                .containsExactly("GUESTS");
        assertThat(memberships.groupsOf(Shopper.customer(STORE, 104))).extracting(MemberGroup::getCode)
                .containsExactly("BRONZE");
        assertThat(memberships.statusOf(STORE, 104).isDefaultTierByAbsence()).isTrue();

        memberships.moveTier(STORE, 104, "GOLD", Actor.system(), null);

        assertThat(memberships.groupsOf(Shopper.customer(STORE, 104))).extracting(MemberGroup::getCode)
                .containsExactly("GOLD");
        assertThat(memberships.history(STORE, 104)).singleElement()
                .satisfies(change -> assertThat(change.getFromGroup()).isEqualTo("BRONZE"));
    }

    @Test
    void deletesAGroupWhoseApplicationsWereDecidedAndKeepsTheHistory() {
        GroupDraft tasting = draft("TASTING", GroupKind.MANUAL, null);
        tasting.setOpenToApply(true);
        tasting.setNeedsApproval(true);
        MemberGroup group = groups.create(STORE, tasting);
        long rejected = applications.apply(Shopper.customer(STORE, 105), "TASTING", null).getId();
        applications.reject(STORE, rejected, Actor.owner("owner"), "full");
        long approved = applications.apply(Shopper.customer(STORE, 106), "TASTING", null).getId();
        applications.approve(STORE, approved, Actor.owner("owner"));
        memberships.leave(STORE, 106, "TASTING", Actor.owner("owner"), "closing");

        groups.delete(STORE, group.getId());

        assertThat(groups.findByCode(STORE, "TASTING")).isEmpty();
        assertThat(memberships.history(STORE, 106)).extracting(MembershipChange::getType)
                .containsExactly(MembershipChange.Type.GROUP_LEFT, MembershipChange.Type.GROUP_JOINED);
    }

    @Test
    void keepsOneDefaultTierAndOneGuestGroupPerStoreUnderConcurrentCreates() throws Exception {
        String store = "RACE" + System.nanoTime() % 100000;

        race(i -> {
            GroupDraft draft = i % 2 == 0 ? draft("T" + i, GroupKind.TIER, i) : draft("G" + i, GroupKind.MANUAL, null);
            draft.setGuestGroup(i % 2 == 1);
            return groups.create(store, draft) != null;
        });

        List<MemberGroup> created = groups.list(store);
        assertThat(created).filteredOn(MemberGroup::isDefaultTier).hasSize(1);
        assertThat(created).filteredOn(MemberGroup::isGuestGroup).hasSize(1);
    }

    @Test
    void makesAManualGroupTurnedTierTheDefaultOfAStoreWithoutTiers() {
        String store = "TURN" + System.nanoTime() % 100000;
        MemberGroup group = groups.create(store, draft("LATER", GroupKind.MANUAL, null));
        GroupDraft turned = GroupDraft.of(group);
        turned.setKind(GroupKind.TIER);
        turned.setRank(0);

        assertThat(groups.update(store, group.getId(), turned).isDefaultTier()).isTrue();
    }

    @Test
    void refusesAnUpdateOfAGroupChangedMeanwhile() {
        MemberGroup group = groups.create(STORE, draft("EDITED", GroupKind.MANUAL, null));
        GroupDraft first = GroupDraft.of(group);
        GroupDraft second = GroupDraft.of(group);
        first.setNameEn("First");
        groups.update(STORE, group.getId(), first);
        second.setNameEn("Second");

        assertThatThrownBy(() -> groups.update(STORE, group.getId(), second)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("membership.group.changed-meanwhile");
        assertThat(groups.get(STORE, group.getId()).getName().getEnglish()).isEqualTo("First");
    }

    @Test
    void givesACustomerExactlyOneTierUnderConcurrentMoves() throws Exception {
        long customer = 101;
        String[] tiers = { "SILVER", "GOLD", "PLATINUM", "BRONZE" };

        List<Optional<Boolean>> outcomes = race(i -> memberships.moveTier(STORE, customer, tiers[i % tiers.length],
                Actor.owner("owner" + i), "race"));

        long changed = outcomes.stream().filter(outcome -> outcome.orElse(false)).count();
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP")
                + " where CUSTOMER_ID = 101 and TIER_SLOT = 1")).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 101"))
                .isEqualTo(changed);
        assertThat(changed).isPositive();
    }

    @Test
    void keepsOnePendingApplicationPerCustomerAndGroup() throws Exception {
        Shopper shopper = Shopper.customer(STORE, 102);

        List<Optional<Boolean>> outcomes = race(i -> applications.apply(shopper, "WHOLESALE", "please") != null);

        assertThat(outcomes.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_GROUP_APPLICATION")
                + " where CUSTOMER_ID = 102 and STATUS = 'PENDING'")).isEqualTo(1);
    }

    @Test
    void letsOnlyOneOwnerDecideAnApplication() throws Exception {
        long id = applications.apply(Shopper.customer(STORE, 103), "WHOLESALE", null).getId();

        List<Optional<Boolean>> outcomes = race(i -> (i % 2 == 0
                ? applications.approve(STORE, id, Actor.owner("approver" + i))
                : applications.reject(STORE, id, Actor.owner("rejecter" + i), "no")) != null);

        assertThat(outcomes.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        GroupApplication decided = applications.get(STORE, id);
        boolean member = memberships.statusOf(STORE, 103).isIn(groups.getByCode(STORE, "WHOLESALE"));
        assertThat(member).isEqualTo(decided.getStatus() == GroupApplication.Status.APPROVED);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 103"))
                .isEqualTo(member ? 1 : 0);
    }

    @Test
    void countsEveryConcurrentOrderOfACustomerWhileTheJobRunsAndMovesThemOnce() throws Exception {
        String store = "RACE";
        tiersOn(store, "R");
        TierUpkeep upkeep = context.getBean(TierUpkeep.class);
        TierService tiers = context.getBean(TierService.class);
        TransactionTemplate hostTransaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        long customer = 120;

        List<Optional<Boolean>> outcomes = race(i -> hostTransaction.execute(status -> {
            if (i % 2 == 0) {
                upkeep.orderPlaced(new OrderFacts(5_000 + i, customer, store, Instant.now(), "ORDERED",
                        new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD")));
            } else {
                tiers.reevaluate(store, List.of(customer - 1, customer, customer + 1));
            }
            return true;
        }));

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(memberships.statusOf(store, customer).tier().map(MemberGroup::getCode)).contains("RSILVER");
        assertThat(count("select count(*) from " + table("SMM_SPEND_ORDER") + " where CUSTOMER_ID = 120"))
                .isEqualTo(THREADS / 2);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 120"))
                .isEqualTo(1);
    }

    @Test
    void recordsBackfillPagesWhileTheirCustomersOrdersChangeStatusWithoutDeadlocking() throws Exception {
        String store = "PAGE";
        tiersOn(store, "P");
        TierUpkeep upkeep = context.getBean(TierUpkeep.class);
        TierService tiers = context.getBean(TierService.class);
        TransactionTemplate hostTransaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        List<OrderFacts> page = new ArrayList<>();
        for (long order = 7_000; order < 7_040; order++) {
            page.add(pageOrder(store, order, 130 + order % 2, "ORDERED"));
        }
        tiers.recordPage(store, page);

        // a page updates its orders in id order; a status change updates its order, then reads the customer's others
        List<Optional<Boolean>> outcomes = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            outcomes.addAll(race(i -> {
                if (i % 2 == 0) {
                    tiers.recordPage(store, page);
                } else {
                    hostTransaction.executeWithoutResult(status -> upkeep.orderChanged(
                            pageOrder(store, 7_038 + i % 4 / 2, 130 + i % 4 / 2, "PROCESSED")));
                }
                return true;
            }));
        }

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(count("select count(*) from " + table("SMM_SPEND_ORDER") + " where STORE_CODE = 'PAGE'"))
                .isEqualTo(40);
    }

    @Test
    void movesACustomerByHandAndByTheRulesOneAfterTheOther() throws Exception {
        String store = "HAND";
        tiersOn(store, "H");
        TierService tiers = context.getBean(TierService.class);
        long customer = 140;
        tiers.recordPage(store, List.of(new OrderFacts(7_100, customer, store, Instant.now(), "ORDERED",
                new BigDecimal("1200.00"), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"))));

        // as an owner's approval into a tier does, by hand; and as the daily job does, by the rules
        List<Optional<Boolean>> outcomes = race(i -> i % 2 == 0
                ? memberships.moveTier(store, customer, "HSILVER", Actor.system(), null)
                : tiers.reevaluate(store, List.of(customer)) >= 0);

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(memberships.statusOf(store, customer).tier().map(MemberGroup::getCode)).contains("HSILVER");
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 140"))
                .isEqualTo(1);
    }

    /** An order of 30.00: forty of them move nobody, so the race is about the orders alone. */
    private static OrderFacts pageOrder(String store, long orderId, long customer, String status) {
        return new OrderFacts(orderId, customer, store, Instant.now(), status, new BigDecimal("30.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"));
    }

    /** Tiers {prefix}BASE (default) and {prefix}SILVER (1,000, keep 800) for the store, switched on. */
    private void tiersOn(String store, String prefix) {
        GroupDraft base = draft(prefix + "BASE", GroupKind.TIER, 0);
        base.setDefaultTier(true);
        groups.create(store, base);
        groups.create(store, draft(prefix + "SILVER", GroupKind.TIER, 1));
        TierSettingsDraft settings = new TierSettingsDraft();
        settings.setEnabled(true);
        settings.setWindowDays(365);
        settings.setGraceDays(30);
        context.getBean(TierService.class).save(store, settings, List.of(tierRule(prefix + "BASE", "0", "0"),
                tierRule(prefix + "SILVER", "1000", "800")));
    }

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
    void listsHandMadeCouponsAndBatchesOneRowEachWithTheBatchCodesCountedByTheDatabase() throws Exception {
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
        List<String> codes = jdbc.queryForList("select CODE from " + table("SMM_COUPON")
                + " where BATCH_ID = ? order by ID", String.class, batchId);
        jdbc.update("update " + table("SMM_COUPON") + " set USES = 1 where CODE in (?, ?)", codes.get(3),
                codes.get(7));
        PageRequest page = PageRequest.of(0, 10);

        Page<CouponListEntry> all = coupons.rows(store, "", null, CouponOrigin.ALL, page);

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
        assertThat(coupons.rows(store, "", null, CouponOrigin.HAND_MADE, page).getContent())
                .extracting(entry -> entry.getCoupon().getId())
                .containsExactly(newer.getId(), template.getId(), older.getId());
        assertThat(coupons.rows(store, "", null, CouponOrigin.GENERATED, page).getContent())
                .extracting(entry -> entry.getBatch().getCodes()).containsExactly(30L);
        assertThat(coupons.rows(store, codes.get(5).toLowerCase(), null, CouponOrigin.ALL, page).getContent())
                .singleElement().satisfies(row -> assertThat(row.getBatch().getCodes()).isEqualTo(30));
        assertThat(coupons.rows(store, "", CouponStatus.USED_UP, CouponOrigin.ALL, page).getContent())
                .singleElement().satisfies(row -> assertThat(row.getBatch().getCodesUsed()).isEqualTo(2));
        assertThat(coupons.rows(store, "", null, CouponOrigin.ALL, PageRequest.of(1, 3)).getContent())
                .extracting(entry -> entry.getCoupon().getCode()).containsExactly("OLDER");
        assertThat(coupons.search(store, "", null, CouponOrigin.GENERATED, page).getTotalElements()).isEqualTo(30);
        assertThat(coupons.search(store, "", null, CouponOrigin.HAND_MADE, page).getTotalElements()).isEqualTo(3);
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

    @Test
    void chartsTheTierHistoryByMonthWithTheDatabaseCounting() {
        String store = "CHART";
        GroupDraft base = draft("CBASE", GroupKind.TIER, 0);
        base.setDefaultTier(true);
        groups.create(store, base);
        groups.create(store, draft("CSILVER", GroupKind.TIER, 1));
        groups.create(store, draft("CGOLD", GroupKind.TIER, 2));
        ZoneId zone = context.getBean(MembershipProperties.class).storeTimeZone();
        YearMonth month = YearMonth.now(zone);
        Instant lastMonth = month.minusMonths(1).atDay(10).atStartOfDay(zone).toInstant();
        Instant thisMonth = month.atDay(1).atStartOfDay(zone).toInstant();
        MembershipChangeRepository history = context.getBean(MembershipChangeRepository.class);
        history.save(tierChange(store, 1, null, "CSILVER", lastMonth));
        history.save(tierChange(store, 2, null, "CGOLD", lastMonth));
        history.save(tierChange(store, 1, "CSILVER", "CGOLD", thisMonth));
        history.save(tierChange(store, 2, "CGOLD", "CBASE", thisMonth));

        TierChartView chart = context.getBean(TierCharts.class).chart(store, 2, Locale.ENGLISH);

        assertThat(chart.getTiers()).extracting(TierChartView.TierSeries::getCode)
                .containsExactly("CSILVER", "CGOLD");
        assertThat(chart.getTiers().get(0).getCounts()).containsExactly(1L, 0L);
        assertThat(chart.getTiers().get(1).getCounts()).containsExactly(1L, 1L);
        assertThat(chart.getUpgrades()).containsExactly(2L, 1L);
        assertThat(chart.getDowngrades()).containsExactly(0L, 1L);
    }

    private static MembershipChange tierChange(String store, long customer, String from, String to, Instant at) {
        return new MembershipChange(store, customer, MembershipChange.Type.TIER_CHANGED, from, to, Actor.system(),
                null, at);
    }

    private static TierRuleDraft tierRule(String tier, String upgradeAt, String keepAt) {
        TierRuleDraft rule = new TierRuleDraft();
        rule.setTier(tier);
        rule.setUpgradeAt(new BigDecimal(upgradeAt));
        rule.setKeepAt(new BigDecimal(keepAt));
        return rule;
    }

    /**
     * Runs the action from many threads released together. Each outcome is the action's result, or empty when it
     * was refused with a conflict; any other failure fails the test.
     */
    private List<Optional<Boolean>> race(IndexedAction action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Boolean>>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int index = i;
            Callable<Optional<Boolean>> call = () -> {
                start.await();
                try {
                    return Optional.of(action.run(index));
                } catch (ConflictException refused) { // answered 409
                    return Optional.empty();
                }
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<Optional<Boolean>> outcomes = new ArrayList<>();
        try {
            for (Future<Optional<Boolean>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
        } catch (ExecutionException e) {
            throw new AssertionError("a racing call failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String table(String name) {
        return TestDatabases.SCHEMA + "." + name;
    }

    private static GroupDraft draft(String code, GroupKind kind, Integer rank) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(kind);
        draft.setRank(rank);
        draft.setNameEn(code.charAt(0) + code.substring(1).toLowerCase());
        return draft;
    }

    private interface IndexedAction {
        boolean run(int index);
    }

    /** Our schema and groups feature on the given data source, with the host's persistence set-up around them. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    @Import({ SchemaConfiguration.class, GroupsConfiguration.class, TierChartsConfiguration.class,
            CouponsConfiguration.class, JobsConfiguration.class })
    static class Wiring {

        @Bean
        MembershipProperties membershipProperties() {
            return new MembershipProperties();
        }

        @Bean
        LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource) {
            LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
            factory.setDataSource(dataSource);
            factory.setPackagesToScan("io.smm.membership");
            factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
            Properties jpa = new Properties();
            jpa.setProperty("hibernate.hbm2ddl.auto", "validate");
            jpa.setProperty("hibernate.default_schema", TestDatabases.SCHEMA);
            jpa.setProperty("hibernate.id.new_generator_mappings", "false");
            factory.setJpaProperties(jpa);
            return factory;
        }

        @Bean
        JpaTransactionManager transactionManager(javax.persistence.EntityManagerFactory entityManagerFactory) {
            return new JpaTransactionManager(entityManagerFactory);
        }

        @Bean
        Clock membershipClock() {
            return Clock.systemUTC();
        }

        @Bean
        MoneyRule membershipMoneyRule() {
            return new MoneyRule(RoundingMode.HALF_UP);
        }

        @Bean
        StoreCurrencies membershipStoreCurrencies() {
            return storeCode -> Optional.of(Currency.getInstance("CAD"));
        }

        @Bean
        MessageSource membershipMessages() {
            return new StaticMessageSource();
        }

        @Bean
        MemberDirectory memberDirectory() {
            return new EveryoneDirectory();
        }

        @Bean
        CurrentShopper currentShopper() {
            return mock(CurrentShopper.class);
        }

        @Bean
        OrderHistory orderHistory() {
            return mock(OrderHistory.class);
        }

        @Bean
        CurrentOwner currentOwner() {
            return mock(CurrentOwner.class);
        }

        @Bean
        CatalogDirectory catalogDirectory() {
            return mock(CatalogDirectory.class);
        }

        @Bean
        CartCoupons cartCoupons() {
            return mock(CartCoupons.class);
        }
    }

    /** Every customer id exists: the host's customers are not what these tests are about. */
    static class EveryoneDirectory implements MemberDirectory {

        @Override
        public Optional<MemberSummary> find(String storeCode, long customerId) {
            return Optional.of(new MemberSummary(customerId, "c" + customerId, "c" + customerId + "@example.com",
                    null, null));
        }

        @Override
        public Map<Long, MemberSummary> findAll(String storeCode, Collection<Long> customerIds) {
            return customerIds.stream().collect(Collectors.toMap(id -> id, id -> find(storeCode, id).orElseThrow()));
        }

        @Override
        public Page<MemberSummary> search(String storeCode, String text, GroupFilter filter,
                org.springframework.data.domain.Pageable page) {
            return new PageImpl<>(List.of());
        }
    }
}
