package io.smm.membership.admin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.thymeleaf.spring5.SpringTemplateEngine;

import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.AffiliateSettingsService;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.analytics.AnalyticsSettingsService;
import io.smm.membership.analytics.RfmGridService;
import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmRuns;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.commissions.PayoutService;
import io.smm.membership.commissions.ReportService;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponSettingsService;
import io.smm.membership.coupons.CouponUsage;
import io.smm.membership.dashboard.DashboardService;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.tiers.SpendBackfill;
import io.smm.membership.tiers.TierCharts;
import io.smm.membership.tiers.TierJob;
import io.smm.membership.tiers.TierJobSchedule;
import io.smm.membership.tiers.TierPreviewer;
import io.smm.membership.tiers.TierService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.offers.OfferService;
import io.smm.membership.pricing.OrderLinePriceService;
import io.smm.membership.pricing.PriceRuleImport;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsOwnerService;
import io.smm.membership.points.PointsReports;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.pricing.PriceSimulator;
import io.smm.membership.profile.MemberProfileService;
import io.smm.membership.rewards.ReferralReport;
import io.smm.membership.rewards.RewardSettingsService;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.settings.MembershipProperties;

class MembershipAdminAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MembershipAdminAutoConfiguration.class));

    @Test
    void pagesOnAHostWithTheModuleAndFormLogin() {
        runner.withUserConfiguration(Module.class, HostSecurity.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasBean("membershipGroupAdminController")
                    .hasBean("membershipMemberAdminController").hasBean("membershipApplicationAdminController")
                    .hasBean("membershipTierAdminController").hasBean("membershipCouponAdminController")
                    .hasBean("membershipCouponSettingsAdminController")
                    .hasBean("membershipSegmentAdminController").hasBean("membershipOfferAdminController")
                    .hasBean("membershipRfmAdminController")
                    .hasBean("membershipDashboardAdminController")
                    .hasBean("membershipAdminLoginController").hasBean("membershipAdminPageAdvice")
                    .hasBean("membershipAdminWebMvcConfigurer").hasBean("membershipAdminMessagesRegistrar");
            assertThat(context).hasSingleBean(WebSecurityConfigurerAdapter.class);
            assertThat(context.getBean(MembershipAdminProperties.class).getPageSize()).isEqualTo(20);
        });
    }

    @Test
    void everyBeanIsPrefixed() {
        runner.withUserConfiguration(Module.class, HostSecurity.class).run(context -> {
            ConfigurableListableBeanFactory factory = context.getBeanFactory();

            List<String> declaredByUs = Arrays.stream(factory.getBeanDefinitionNames())
                    .filter(name -> isDeclaredByUs(factory.getBeanDefinition(name))).collect(Collectors.toList());

            assertThat(declaredByUs).hasSizeGreaterThan(5).allMatch(name -> name.startsWith("membership"));
        });
    }

    @Test
    void addsOurBundlesToTheHostMessageSource() {
        runner.withUserConfiguration(Module.class, HostSecurity.class, HostMessages.class).run(context -> {
            ReloadableResourceBundleMessageSource messages = context.getBean("messageSource",
                    ReloadableResourceBundleMessageSource.class);
            assertThat(messages.getBasenameSet()).containsExactly("classpath:bundles/shopizer",
                    "classpath:membership/i18n/admin", "classpath:membership/i18n/messages");
            assertThat(context.getMessage("membership.admin.menu.groups", null, Locale.TRADITIONAL_CHINESE))
                    .isEqualTo("群組");
            assertThat(context.getMessage("membership.group.rank.required", null, Locale.ENGLISH))
                    .isEqualTo("A tier needs a rank (0 is the lowest).");
        });
    }

    @Test
    void backsOffWhenMembershipIsDisabled() {
        runner.withUserConfiguration(Module.class, HostSecurity.class)
                .withPropertyValues("sm.membership.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("membershipGroupAdminController")
                        .doesNotHaveBean(WebSecurityConfigurerAdapter.class));
    }

    @Test
    void backsOffWithoutTheModule() {
        runner.withUserConfiguration(HostSecurity.class)
                .run(context -> assertThat(context).doesNotHaveBean("membershipGroupAdminController")
                        .doesNotHaveBean(WebSecurityConfigurerAdapter.class));
    }

    @Test
    void backsOffWithoutHostSecurity() {
        runner.withUserConfiguration(Module.class)
                .run(context -> assertThat(context).doesNotHaveBean("membershipGroupAdminController"));
    }

    @Test
    void backsOffWithoutThymeleaf() {
        runner.withUserConfiguration(Module.class, HostSecurity.class)
                .withClassLoader(new FilteredClassLoader(SpringTemplateEngine.class))
                .run(context -> assertThat(context).doesNotHaveBean("membershipGroupAdminController"));
    }

    @Test
    void readsPageSizeAndTimeZone() {
        runner.withUserConfiguration(Module.class, HostSecurity.class)
                .withPropertyValues("sm.membership.admin.page-size=50", "sm.membership.admin.time-zone=Asia/Taipei")
                .run(context -> {
                    MembershipAdminProperties properties = context.getBean(MembershipAdminProperties.class);
                    assertThat(properties.getPageSize()).isEqualTo(50);
                    assertThat(properties.getTimeZone()).hasToString("Asia/Taipei");
                });
    }

    private static boolean isDeclaredByUs(BeanDefinition definition) {
        String factory = definition.getFactoryBeanName();
        String type = definition.getBeanClassName();
        return (factory != null && factory.startsWith("io.smm.membership.admin"))
                || (factory == null && type != null && type.startsWith("io.smm.membership.admin")
                        && definition.getFactoryMethodName() != null);
    }

    /** What {@link MembershipAutoConfiguration} gives the pages. */
    @Configuration(proxyBeanMethods = false)
    static class Module {

        @Bean
        GroupService membershipGroupService() {
            return mock(GroupService.class);
        }

        @Bean
        MembershipService membershipMembershipService() {
            return mock(MembershipService.class);
        }

        @Bean
        ApplicationService membershipApplicationService() {
            return mock(ApplicationService.class);
        }

        @Bean
        MemberQueries membershipMemberQueries() {
            return mock(MemberQueries.class);
        }

        @Bean
        MemberProfileService membershipMemberProfileService() {
            return mock(MemberProfileService.class);
        }

        @Bean
        CurrentOwner membershipCurrentOwner() {
            return mock(CurrentOwner.class);
        }

        @Bean(MembershipAutoConfiguration.MESSAGES_BEAN)
        MessageSource membershipMessages() {
            return mock(MessageSource.class);
        }

        /** The host's, into which {@link PriceRuleService} (mocked here) has its entity manager injected. */
        @Bean
        EntityManagerFactory entityManagerFactory() {
            return mock(EntityManagerFactory.class);
        }

        @Bean
        PriceRuleService membershipPriceRuleService() {
            return mock(PriceRuleService.class);
        }

        @Bean
        PriceRuleImport membershipPriceRuleImport() {
            return mock(PriceRuleImport.class);
        }

        @Bean
        PriceSimulator membershipPriceSimulator() {
            return mock(PriceSimulator.class);
        }

        @Bean
        TierService membershipTierService() {
            return mock(TierService.class);
        }

        @Bean
        TierJob membershipTierJob() {
            return mock(TierJob.class);
        }

        @Bean
        SpendBackfill membershipSpendBackfill() {
            return mock(SpendBackfill.class);
        }

        @Bean
        TierJobSchedule membershipTierJobSchedule() {
            return mock(TierJobSchedule.class);
        }

        @Bean
        TierPreviewer membershipTierPreviewer() {
            return mock(TierPreviewer.class);
        }

        @Bean
        TierCharts membershipTierCharts() {
            return mock(TierCharts.class);
        }

        @Bean
        GroupPricingService membershipGroupPricingService() {
            return mock(GroupPricingService.class);
        }

        @Bean
        OrderLinePriceService membershipOrderLinePriceService() {
            return mock(OrderLinePriceService.class);
        }

        @Bean
        CatalogDirectory membershipCatalogDirectory() {
            return mock(CatalogDirectory.class);
        }

        @Bean
        CatalogLookupService membershipCatalogLookupService() {
            return mock(CatalogLookupService.class);
        }

        @Bean
        StoreCurrencies membershipStoreCurrencies() {
            return mock(StoreCurrencies.class);
        }

        @Bean
        OrderHistory membershipOrderHistory() {
            return mock(OrderHistory.class);
        }

        @Bean
        OrderRefundService membershipOrderRefundService() {
            return mock(OrderRefundService.class);
        }

        @Bean
        CouponService membershipCouponService() {
            return mock(CouponService.class);
        }

        @Bean
        CouponUsage membershipCouponUsage() {
            return mock(CouponUsage.class);
        }

        @Bean
        CouponBatchService membershipCouponBatchService() {
            return mock(CouponBatchService.class);
        }

        @Bean
        CouponSettingsService membershipCouponSettingsService() {
            return mock(CouponSettingsService.class);
        }

        @Bean
        RewardSettingsService membershipRewardSettingsService() {
            return mock(RewardSettingsService.class);
        }

        @Bean
        ReferralReport membershipReferralReport() {
            return mock(ReferralReport.class);
        }

        @Bean
        SegmentService membershipSegmentService() {
            return mock(SegmentService.class);
        }

        @Bean
        OfferService membershipOfferService() {
            return mock(OfferService.class);
        }

        @Bean
        CategoryAccessOwnerService categoryAccessOwnerService() {
            return mock(CategoryAccessOwnerService.class);
        }

        @Bean
        AffiliateService membershipAffiliateService() {
            return mock(AffiliateService.class);
        }

        @Bean
        AffiliateDirectory membershipAffiliateDirectory() {
            return mock(AffiliateDirectory.class);
        }

        @Bean
        AffiliateSettingsService membershipAffiliateSettingsService() {
            return mock(AffiliateSettingsService.class);
        }

        @Bean
        ClickReports membershipClickReports() {
            return mock(ClickReports.class);
        }

        @Bean
        PayoutService membershipPayoutService() {
            return mock(PayoutService.class);
        }

        @Bean
        ReportService membershipReportService() {
            return mock(ReportService.class);
        }

        @Bean
        PointsSettingsService membershipPointsSettingsService() {
            return mock(PointsSettingsService.class);
        }

        @Bean
        PointsCampaignService membershipPointsCampaignService() {
            return mock(PointsCampaignService.class);
        }

        @Bean
        PointsOwnerService membershipPointsOwnerService() {
            return mock(PointsOwnerService.class);
        }

        @Bean
        PointsLedger membershipPointsLedger() {
            return mock(PointsLedger.class);
        }

        @Bean
        PointsReports membershipPointsReports() {
            return mock(PointsReports.class);
        }

        @Bean
        AnalyticsSettingsService membershipAnalyticsSettingsService() {
            return mock(AnalyticsSettingsService.class);
        }

        @Bean
        RfmGridService membershipRfmGridService() {
            return mock(RfmGridService.class);
        }

        @Bean
        RfmRuns membershipRfmRuns() {
            return mock(RfmRuns.class);
        }

        @Bean
        RfmReport membershipRfmReport() {
            return mock(RfmReport.class);
        }

        @Bean
        DashboardService membershipDashboardService() {
            return mock(DashboardService.class);
        }

        @Bean
        MembershipProperties membershipProperties() {
            return new MembershipProperties();
        }

        @Bean
        Clock membershipClock() {
            return Clock.systemUTC();
        }
    }

    /** The host's form-login beans and its Spring Security setup (docs/host-seams.md#auto-configuration). */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class HostSecurity {

        @Bean
        UserDetailsService userDetailsService() {
            return username -> null;
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }

    /** The host's message source (docs/host-seams.md#message-source). */
    @Configuration(proxyBeanMethods = false)
    static class HostMessages {

        @Bean
        MessageSource messageSource() {
            ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
            messages.setBasenames("classpath:bundles/shopizer");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }
    }
}
