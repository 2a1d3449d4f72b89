package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.points.PointsGrants;
import io.smm.membership.testdb.DatabaseContract;

/**
 * What rewards need of every database the host runs on: its unique keys hold under concurrency, so a friend bound
 * twice at once is bound once, a reward granted twice at once is granted (and its points given) once, a member
 * drawing a code twice at once gets one code, and a birthday set twice at once is set once.
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

        List<Optional<Boolean>> outcomes = race(i -> grants.grant(STORE, 3001, RewardKind.WELCOME, "once", 50,
                "welcome:3001"));

        assertThat(outcomes).filteredOn(outcome -> outcome.orElse(false)).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_REWARD") + " where CUSTOMER_ID = 3001")).isEqualTo(1);
        assertThat(points.calls.get() - before).isEqualTo(1);
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
        RewardGrants rewardGrants(RewardRepository rewards, CountingGrants points,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            return new RewardGrants(rewards, points, transactions, Clock.systemUTC());
        }

        @Bean
        InviteService inviteService(InviteCodeRepository codes, ReferralBindingRepository referrals,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            return new InviteService(codes, referrals, new InviteCodes(), transactions, Clock.systemUTC());
        }

        @Bean
        BirthdayService birthdayService(CustomerBirthdayRepository birthdays,
                @Qualifier("transactionManager") PlatformTransactionManager transactions) {
            return new BirthdayService(birthdays, new NoCustomers(), transactions, Clock.systemUTC());
        }
    }

    private static final class NoCustomers implements RewardCustomers {

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
            return Optional.empty();
        }
    }
}
