package io.smm.membership.dashboard;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.jobs.RepeatingSchedule;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.points.PointsReports;
import io.smm.membership.settings.MembershipProperties;

/**
 * The owner's dashboard: read-only over the other features' tables and the host's customers; a member sleeps after
 * the store's analytics setting's sleep days.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardConfiguration {

    @Bean
    JoinDates membershipJoinDates(@Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock) {
        return new JoinDates(transactions, clock);
    }

    @Bean
    OrderSpanChanges membershipOrderSpanChanges() {
        return new OrderSpanChanges();
    }

    @Bean
    OrderSpanStore membershipOrderSpanStore() {
        return new OrderSpanStore();
    }

    @Bean
    OrderSpanRefresher membershipOrderSpanRefresher(OrderSpanStore spans, GroupService groups, JobLeaseTaker leases,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new OrderSpanRefresher(spans, groups, leases, clock, properties.storeTimeZone(),
                properties.getDashboard().getRefreshInterval());
    }

    /** The order figures of every store brought up to date every few minutes, one node at a time. */
    @Bean
    RepeatingSchedule membershipOrderSpanSchedule(OrderSpanRefresher refresher, MembershipProperties properties) {
        return new RepeatingSchedule("dashboard-order-spans", properties.getDashboard().getRefreshInterval(),
                refresher::refresh);
    }

    @Bean
    DashboardQueries membershipDashboardQueries() {
        return new DashboardQueries();
    }

    @Bean
    DashboardService membershipDashboardService(DashboardQueries queries, MemberRoll roll, GroupService groups,
            MemberDirectory directory, ObjectProvider<PointsReports> points, StoreCurrencies currencies,
            MoneyRule money, @Qualifier("membershipClock") Clock clock, MembershipProperties properties,
            SleepDays sleepDays) {
        return new DashboardService(queries, roll, groups, directory, points, currencies, money, clock,
                properties.storeTimeZone(), sleepDays);
    }

    @Bean
    DashboardApiController membershipDashboardApiController(CurrentOwner owner, DashboardService dashboard) {
        return new DashboardApiController(owner, dashboard);
    }
}
