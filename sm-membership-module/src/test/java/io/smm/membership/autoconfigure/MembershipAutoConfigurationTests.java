package io.smm.membership.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import io.smm.membership.coupons.CouponProperties;
import io.smm.membership.groups.GroupService;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.pricing.PricingProperties;
import io.smm.membership.pricing.SpecialPricePolicy;
import io.smm.membership.tiers.TierProperties;
import liquibase.integration.spring.SpringLiquibase;

class MembershipAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, MembershipAutoConfiguration.class));

    @Test
    void startsInsideAHost() {
        runner.withUserConfiguration(Host.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(GroupService.class);
            assertThat(context).hasBean("membershipLiquibase");
            assertThat(context.getBean(SpringLiquibase.class).getDatabaseChangeLogTable())
                    .isEqualTo("SMM_DATABASECHANGELOG");
        });
    }

    @Test
    void addsItsEntitiesToTheHostsEntityManagerFactory() {
        runner.withUserConfiguration(Host.class).run(context -> {
            EntityManagerFactory factory = context.getBean("entityManagerFactory", EntityManagerFactory.class);
            List<String> entities = factory.getMetamodel().getEntities().stream().map(e -> e.getName())
                    .collect(Collectors.toList());
            assertThat(entities).contains("SmmMemberGroup", "SmmMembership", "SmmGroupApplication",
                    "SmmMembershipChange");
        });
    }

    @Test
    void namesEveryBeanOfItsOwnWithTheMembershipPrefix() {
        runner.withUserConfiguration(Host.class).run(context -> {
            List<String> ours = Arrays.stream(context.getBeanDefinitionNames())
                    .filter(name -> isOurs(context, name)).collect(Collectors.toList());
            assertThat(ours).isNotEmpty().allSatisfy(name -> assertThat(name)
                    .matches("membership.*|io\\.smm\\..*Configuration|sm\\.membership(\\.[a-z-]+)?-.*Properties"));
        });
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withUserConfiguration(Host.class).withPropertyValues("sm.membership.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(GroupService.class);
            assertThat(context.getBeanDefinitionNames()).noneMatch(name -> isOurs(context, name));
        });
    }

    @Test
    void backsOffOutsideAShopizerHost() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(GroupService.class);
        });
    }

    @Test
    void refusesToStartWithATierJobBatchTooLargeForOneQuery() {
        runner.withUserConfiguration(Host.class).withPropertyValues("sm.membership.tiers.batch-size=5001")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("must be from 1 to 5000, not 5001"));
        runner.withUserConfiguration(Host.class).withPropertyValues("sm.membership.tiers.batch-size=5000")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void roundsEveryAmountByTheConfiguredMode() {
        runner.withUserConfiguration(Host.class).withPropertyValues("sm.membership.money.rounding-mode=half-even")
                .run(context -> assertThat(context.getBean(MoneyRule.class).rounding())
                        .isEqualTo(RoundingMode.HALF_EVEN));
        runner.withUserConfiguration(Host.class).withPropertyValues("sm.membership.pricing.rounding-mode=half-even")
                .run(context -> assertThat(context.getBean(MoneyRule.class).rounding())
                        .isEqualTo(RoundingMode.HALF_EVEN));
    }

    @Test
    void bindsEachFeaturesSettingsToItsOwnProperties() {
        runner.withUserConfiguration(Host.class)
                .withPropertyValues("sm.membership.pricing.special-price=member-replaces-special",
                        "sm.membership.tiers.lease=5m", "sm.membership.coupons.hold-for=20m")
                .run(context -> {
                    assertThat(context.getBean(PricingProperties.class).getSpecialPrice())
                            .isEqualTo(SpecialPricePolicy.MEMBER_REPLACES_SPECIAL);
                    assertThat(context.getBean(TierProperties.class).getLease()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(CouponProperties.class).getHoldFor()).isEqualTo(Duration.ofMinutes(20));
                });
    }

    @Test
    void letsTheInstallerReplaceTheClock() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        runner.withUserConfiguration(Host.class).withBean("membershipClock", Clock.class, () -> fixed)
                .run(context -> assertThat(context.getBean("membershipClock")).isSameAs(fixed));
    }

    private static boolean isOurs(ConfigurableApplicationContext context, String name) {
        Class<?> type = context.getType(name);
        if (type == null || type.getName().startsWith(MembershipAutoConfigurationTests.class.getName())) {
            return false;
        }
        boolean ourRepository = Arrays.stream(type.getInterfaces())
                .anyMatch(anInterface -> anInterface.getName().startsWith("io.smm."));
        return type.getName().startsWith("io.smm.") || ourRepository;
    }

    /** The host beans the extension binds to, as Shopizer names them (docs/host-seams.md#auto-configuration). */
    @Configuration(proxyBeanMethods = false)
    static class Host {

        @Bean
        DataSource dataSource() {
            return new DriverManagerDataSource("jdbc:h2:mem:autoconfig" + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS SALESMANAGER", "test", "password");
        }

        @Bean
        LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource) {
            LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
            factory.setDataSource(dataSource);
            factory.setPackagesToScan("io.smm.nothing.here"); // our entities must arrive through the registrar
            factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
            factory.getJpaPropertyMap().put("hibernate.default_schema", "SALESMANAGER");
            factory.getJpaPropertyMap().put("hibernate.hbm2ddl.auto", "validate");
            return factory;
        }

        @Bean
        JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
            return new JpaTransactionManager(entityManagerFactory);
        }

        @Bean("JWTTokenUtil")
        Object jwtTokenUtil() {
            return new TokenUtil();
        }
    }

    /** Has the one method the extension calls on the host's JWTTokenUtil. */
    public static class TokenUtil {
        public String getUsernameFromToken(String token) {
            return token;
        }
    }
}
