package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.coupons.CodePattern;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.points.PointsGrants;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.points.PointsTerms;
import io.smm.membership.testdb.DatabaseContract;

/**
 * What rewards need of every database the host runs on: its unique keys hold under concurrency, so a friend bound
 * twice at once is bound once, a reward granted twice at once is granted (and its points or its one coupon code
 * given) once, a member drawing a code twice at once gets one code, and a birthday set twice at once is set once;
 * and the referrer's lock holds the monthly cap when one referrer's friends are settled at once.
 */
abstract class RewardsDatabaseContract extends DatabaseContract {

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { RewardsWiring.class };
    }

    @Test
    void aFriendBoundTwiceAtOnceIsBoundOnce() throws Exception {
        InviteService invites = context.getBean(InviteService.class);
        String code = invites.codeOf(STORE, 1001);

        List<Optional<Boolean>> outcomes = race(i -> invites.bind(STORE, 2001, code.toLowerCase()));

        assertThat(outcomes).filteredOn(outcome -> outcome.orElse(false)).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_REFERRAL") + " where FRIEND_CUSTOMER_ID = 2001"))
                .isEqualTo(1);
        assertThat(invites.bind(STORE, 2001, invites.codeOf(STORE, 1002))).isFalse();
    }

    @Test
    void aRewardGrantedTwiceAtOnceIsGrantedOnce() throws Exception {
        RewardGrants grants = context.getBean(RewardGrants.class);
        CountingGrants points = context.getBean(CountingGrants.class);
        int before = points.calls.get();

        List<Optional<Boolean>> outcomes = race(i -> grants.grant(STORE, 3001, RewardKind.WELCOME, "once",
                RewardOffer.points(50), "welcome:3001"));

        assertThat(outcomes).filteredOn(outcome -> outcome.orElse(false)).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_REWARD") + " where CUSTOMER_ID = 3001")).isEqualTo(1);
        assertThat(points.calls.get() - before).isEqualTo(1);
    }

    @Test
    void aCouponRewardGrantedTwiceAtOnceIssuesOneSingleUseCode() throws Exception {
        RewardGrants grants = context.getBean(RewardGrants.class);
        Coupon template = context.getBean(CouponService.class).create(STORE, coupon("GIFT10"));
        long couponsBefore = count("select count(*) from " + table("SMM_COUPON"));

        List<Optional<Boolean>> outcomes = race(i -> grants.grant(STORE, 3002, RewardKind.BIRTHDAY, "2027",
                RewardOffer.of(0, template.getId()), "birthday:3002:2027"));

        assertThat(outcomes).filteredOn(outcome -> outcome.orElse(false)).hasSize(1);
        String code = jdbc.queryForObject("select COUPON_CODE from " + table("SMM_REWARD")
                + " where CUSTOMER_ID = 3002", String.class);
        assertThat(code).matches("[" + CodePattern.DEFAULT_ALPHABET + "]{" + CodePattern.DEFAULT_LENGTH + "}");
        assertThat(count("select count(*) from " + table("SMM_COUPON"))).isEqualTo(couponsBefore + 1);
        assertThat(count("select count(*) from " + table("SMM_COUPON") + " where CODE = '" + code
                + "' and TOTAL_LIMIT = 1 and BATCH_ID is null")).isEqualTo(1);
    }

    @Test
    void aReferrersFriendsSettledAtOnceAreRewardedUpToTheCap() throws Exception {
        InviteService invites = context.getBean(InviteService.class);
        context.getBean(RewardSettingsService.class).save(STORE, Map.of("welcomePoints", 0, "birthdayPoints", 0,
                "referrerPoints", 300, "friendPoints", 150, "referralMonthlyCap", 1));
        String code = invites.codeOf(STORE, 6000);
        for (int friend = 6001; friend <= 6000 + THREADS; friend++) {
            invites.bind(STORE, friend, code);
        }
        List<ReferralBinding> friends = invites.friendsOf(STORE, 6000);
        ReferralRewards referrals = context.getBean(ReferralRewards.class);
        Instant now = Instant.now();

        List<Optional<Boolean>> outcomes = race(i -> referrals.settle(friends.get(i), now));

        assertThat(outcomes).filteredOn(outcome -> outcome.orElse(false)).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_REFERRAL") + " where REFERRER_CUSTOMER_ID = 6000"
                + " and STATE = 'REWARDED'")).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_REFERRAL") + " where REFERRER_CUSTOMER_ID = 6000"
                + " and STATE = 'CAPPED'")).isEqualTo(THREADS - 1);
        assertThat(count("select count(*) from " + table("SMM_REWARD") + " where CUSTOMER_ID = 6000")).isEqualTo(1);
    }

    @Test
    void theReportCountsEachReferrersFriendsByStateInTheMonthTheyWereBound() {
        InviteService invites = context.getBean(InviteService.class);
        String code = invites.codeOf(STORE, 7000);
        for (int friend = 7001; friend <= 7003; friend++) {
            invites.bind(STORE, friend, code);
        }
        jdbc.update("update " + table("SMM_REFERRAL") + " set STATE = 'REWARDED' where FRIEND_CUSTOMER_ID = 7002");
        jdbc.update("update " + table("SMM_REFERRAL") + " set STATE = 'REFUSED_SELF', BOUND_AT = ?"
                + " where FRIEND_CUSTOMER_ID = 7003", Timestamp.valueOf(LocalDateTime.of(2020, 1, 31, 23, 0)));
        ReferralReport report = context.getBean(ReferralReport.class);

        List<ReferrerRow> ever = report.referrers(STORE, null, PageRequest.of(0, 100)).getContent();
        List<ReferrerRow> january = report.referrers(STORE, YearMonth.of(2020, 1), PageRequest.of(0, 100))
                .getContent();
        List<ReferrerRow> february = report.referrers(STORE, YearMonth.of(2020, 2), PageRequest.of(0, 100))
                .getContent();

        assertThat(ever).filteredOn(row -> row.getReferrerId() == 7000).singleElement().satisfies(row -> {
            assertThat(row.getInviteCode()).isEqualTo(code);
            assertThat(List.of(row.getFriendsBound(), row.getPending(), row.getRewarded(), row.getCapped(),
                    row.getRefusedSelf())).containsExactly(3L, 1L, 1L, 0L, 1L);
        });
        assertThat(january).singleElement().satisfies(row -> assertThat(List.of(row.getReferrerId(),
                row.getFriendsBound(), row.getRefusedSelf())).containsExactly(7000L, 1L, 1L));
        assertThat(february).isEmpty();
    }

    @Test
    void aMemberDrawingACodeTwiceAtOnceGetsOneCode() throws Exception {
        InviteService invites = context.getBean(InviteService.class);

        race(i -> invites.codeOf(STORE, 4001) != null);

        assertThat(count("select count(*) from " + table("SMM_INVITE_CODE") + " where CUSTOMER_ID = 4001"))
                .isEqualTo(1);
        assertThat(invites.referrerOf(STORE, invites.codeOf(STORE, 4001))).contains(4001L);
        assertThat(invites.referrerOf("OTHER", invites.codeOf(STORE, 4001))).isEmpty();
    }

    @Test
    void aBirthdaySetTwiceAtOnceIsSetOnce() throws Exception {
        BirthdayService birthdays = context.getBean(BirthdayService.class);

        List<Optional<Boolean>> outcomes = race(i -> birthdays.set(STORE, 5001, 2, 29) != null);

        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_CUSTOMER_BIRTHDAY") + " where CUSTOMER_ID = 5001"))
                .isEqualTo(1);
    }

    private static CouponDraft coupon(String code) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName("Coupon " + code);
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(BigDecimal.TEN);
        draft.setBase(CouponTerms.Base.ORDER);
        return draft;
    }

    /** Points that count the grants they were asked for. */
    static final class CountingGrants implements PointsGrants {

        final AtomicInteger calls = new AtomicInteger();

        @Override
        public boolean grant(String store, long customerId, long points, String key, String reason) {
            calls.incrementAndGet();
            return true;
        }
    }

    /** Rewards' services on the contract's database, with counting points and a host that knows no customer. */
    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(basePackageClasses = RewardsConfiguration.class,
            entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
    static class RewardsWiring {

        @Bean
        CountingGrants countingGrants() {
            return new CountingGrants();
        }

        @Bean
        RewardGrants rewardGrants(RewardRepository rewards, CountingGrants points, CouponBatchService coupons,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            return new RewardGrants(rewards, points, coupons, transactions, Clock.systemUTC());
        }

        @Bean
        RewardSettingsService rewardSettingsService(RewardSettingsRepository settings, CouponService coupons) {
            return new RewardSettingsService(settings, coupons, Clock.systemUTC());
        }

        @Bean
        ReferralReport referralReport(ReferralBindingRepository referrals) {
            return new ReferralReport(referrals, new HostWithoutCustomers(), ZoneOffset.UTC);
        }

        /** Referral rewards of friends whose first order is long past the points' default return window. */
        @Bean
        ReferralRewards referralRewards(ReferralBindingRepository referrals, InviteCodeRepository codes,
                RewardSettingsService settings, RewardGrants grants, JobLeaseTaker leases,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            PointsSettingsService points = mock(PointsSettingsService.class);
            when(points.termsOf(STORE)).thenReturn(PointsTerms.defaults());
            return new ReferralRewards(referrals, codes, new HostWithoutCustomers(), new RewardJobs(settings, points,
                    grants, leases, transactions, Clock.systemUTC(), ZoneOffset.UTC, 100));
        }

        @Bean
        InviteService inviteService(InviteCodeRepository codes, ReferralBindingRepository referrals,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            return new InviteService(codes, referrals, new InviteCodes(), transactions, Clock.systemUTC());
        }

        @Bean
        BirthdayService birthdayService(CustomerBirthdayRepository birthdays,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            return new BirthdayService(birthdays, new HostWithoutCustomers(), transactions, Clock.systemUTC());
        }
    }

    /** A host that knows no customer's record, and whose every customer placed an order a year ago. */
    private static final class HostWithoutCustomers implements RewardCustomers {

        @Override
        public Optional<RewardCustomer> find(long customerId) {
            return Optional.empty();
        }

        @Override
        public List<StoreCustomer> bornIn(int month, long afterId, int limit) {
            return List.of();
        }

        @Override
        public Optional<OrderFacts> firstStandingOrder(String storeCode, long customerId) {
            return Optional.of(new OrderFacts(customerId, customerId, storeCode, Instant.now().minus(Duration.ofDays(
                    365)), "DELIVERED", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("USD")));
        }
    }
}
