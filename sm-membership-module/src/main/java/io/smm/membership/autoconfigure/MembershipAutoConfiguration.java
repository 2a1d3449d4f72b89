package io.smm.membership.autoconfigure;

import java.time.Clock;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.smm.membership.access.AccessConfiguration;
import io.smm.membership.affiliates.AffiliateTrackingConfiguration;
import io.smm.membership.affiliates.AffiliatesConfiguration;
import io.smm.membership.catalog.CatalogConfiguration;
import io.smm.membership.checkout.CheckoutConfiguration;
import io.smm.membership.commissions.CommissionsConfiguration;
import io.smm.membership.commissions.PayoutsConfiguration;
import io.smm.membership.coupons.CouponProperties;
import io.smm.membership.coupons.CouponsConfiguration;
import io.smm.membership.analytics.AnalyticsConfiguration;
import io.smm.membership.dashboard.DashboardConfiguration;
import io.smm.membership.groups.GroupsConfiguration;
import io.smm.membership.host.HostSeamConfiguration;
import io.smm.membership.jobs.ExpiredHolds;
import io.smm.membership.jobs.HoldSweeper;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.jobs.JobsConfiguration;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.offers.OffersConfiguration;
import io.smm.membership.points.PointsConfiguration;
import io.smm.membership.points.PointsTillConfiguration;
import io.smm.membership.profile.ProfileConfiguration;
import io.smm.membership.pricing.PricingConfiguration;
import io.smm.membership.rewards.RewardsConfiguration;
import io.smm.membership.segments.SegmentsConfiguration;
import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.tiers.TierChartsConfiguration;
import io.smm.membership.tiers.TiersConfiguration;
import io.smm.membership.web.ProblemAdvice;

/**
 * The membership extension inside a Shopizer host: active when the host's persistence beans are there and
 * {@code sm.membership.enabled} is not false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "com.salesmanager.core.model.customer.Customer")
@ConditionalOnBean(name = { "dataSource", "entityManagerFactory", "transactionManager" })
@ConditionalOnProperty(prefix = "sm.membership", name = "enabled", matchIfMissing = true)
@AutoConfigureBefore(name = "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration")
@EnableConfigurationProperties(MembershipProperties.class)
@Import({ SchemaConfiguration.class, HostSeamConfiguration.class, GroupsConfiguration.class,
        TiersConfiguration.class, TierChartsConfiguration.class, PricingConfiguration.class, CouponsConfiguration.class,
        CatalogConfiguration.class, JobsConfiguration.class, CheckoutConfiguration.class, AccessConfiguration.class,
        AffiliatesConfiguration.class, AffiliateTrackingConfiguration.class, CommissionsConfiguration.class,
        PayoutsConfiguration.class, PointsConfiguration.class, PointsTillConfiguration.class,
        RewardsConfiguration.class, DashboardConfiguration.class, SegmentsConfiguration.class,
        OffersConfiguration.class, ProfileConfiguration.class, AnalyticsConfiguration.class })
public class MembershipAutoConfiguration {

    /** Our API's texts, apart from the host's message source, which our pages extend instead. */
    public static final String MESSAGES_BEAN = "membershipMessages";

    @Bean
    @ConditionalOnMissingBean(name = "membershipClock")
    Clock membershipClock() {
        return Clock.systemUTC();
    }

    /** How every amount is rounded: the store currency's scale and the configured rounding mode. */
    @Bean
    MoneyRule membershipMoneyRule(MembershipProperties properties) {
        return new MoneyRule(properties.roundingMode());
    }

    @Bean(MESSAGES_BEAN)
    MessageSource membershipMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("membership/i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    ProblemAdvice membershipProblemAdvice(@Qualifier(MESSAGES_BEAN) MessageSource messages) {
        return new ProblemAdvice(messages);
    }

    /**
     * One sweeper for the holds of every feature that holds at the till; its interval is the coupons' setting, which
     * came first (docs/checkout.md#settings).
     */
    @Bean
    HoldSweeper membershipHoldSweeper(ObjectProvider<ExpiredHolds> holds, JobLeaseTaker leases,
            @Qualifier("membershipClock") Clock clock, CouponProperties coupons) {
        return new HoldSweeper(holds.orderedStream().collect(Collectors.toList()), leases, clock,
                coupons.getHoldSweepInterval());
    }
}
