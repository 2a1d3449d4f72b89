package io.smm.membership.testdb;

import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import io.smm.membership.autoconfigure.SchemaConfiguration;
import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.CouponsConfiguration;
import io.smm.membership.errors.ConflictException;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupsConfiguration;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.jobs.JobsConfiguration;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderChanges;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.tiers.TierChartsConfiguration;
import io.smm.membership.tiers.TiersConfiguration;

/**
 * What every feature's database contract starts from: our schema and features on a fresh database of one kind
 * (a new one on the JVM's shared server, see {@link TestDatabases}), Liquibase run and Hibernate's mapping validated,
 * the DEFAULT store's groups created, and helpers to count rows and race calls. One thin subclass per feature and
 * database names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {

    protected static final String STORE = "DEFAULT";
    protected static final int THREADS = 8;

    protected AnnotationConfigApplicationContext context;
    protected GroupService groups;
    protected MembershipService memberships;
    protected JdbcTemplate jdbc;

    /** A fresh database of the kind the subclass tests. */
    protected abstract DataSource dataSource();

    /** More configuration a feature's contract needs beside the shared wiring: none unless it says. */
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[0];
    }

    @BeforeAll
    void startContext() {
        DataSource dataSource = dataSource();
        context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(Wiring.class);
        Class<?>[] more = moreConfiguration();
        if (more.length > 0) {
            context.register(more);
        }
        context.refresh();
        groups = context.getBean(GroupService.class);
        memberships = context.getBean(MembershipService.class);
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

    /**
     * Runs the action from many threads released together. Each outcome is the action's result, or empty when it
     * was refused with a conflict; any other failure fails the test.
     */
    protected List<Optional<Boolean>> race(IndexedAction action) throws Exception {
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

    /** A spend order (CAD, no shipping or tax) as the order listeners record it. */
    protected void spendOrder(String store, long orderId, long customer, String placedAt, String status,
            String total) {
        jdbc.update("insert into " + table("SMM_SPEND_ORDER") + " (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT,"
                + " STATUS, TOTAL, SHIPPING, TAX, CURRENCY, UPDATED_AT) values (?, ?, ?, ?, ?, ?, 0, 0, 'CAD', ?)",
                store, orderId, customer, utc(placedAt), status, new BigDecimal(total), utc(placedAt));
    }

    /** A refund of an order, recorded on 2026-03-09. */
    protected void refund(String store, long orderId, String key, String amount) {
        jdbc.update("insert into " + table("SMM_ORDER_REFUND") + " (STORE_CODE, ORDER_ID, REFUND_KEY, AMOUNT,"
                + " CURRENCY, SOURCE, RECORDED_AT) values (?, ?, ?, ?, 'CAD', 'OWNER', ?)", store, orderId, key,
                new BigDecimal(amount), utc("2026-03-09T00:00:00Z"));
    }

    protected static Timestamp utc(String instant) {
        return NativeRows.utc(Instant.parse(instant));
    }

    protected long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    protected static String table(String name) {
        return TestDatabases.SCHEMA + "." + name;
    }

    protected static GroupDraft draft(String code, GroupKind kind, Integer rank) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setKind(kind);
        draft.setRank(rank);
        draft.setNameEn(code.charAt(0) + code.substring(1).toLowerCase());
        return draft;
    }

    protected interface IndexedAction {
        boolean run(int index);
    }

    /** Our schema and features on the given data source, with the host's persistence set-up around them. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    @Import({ SchemaConfiguration.class, GroupsConfiguration.class, TiersConfiguration.class,
            TierChartsConfiguration.class, CouponsConfiguration.class, JobsConfiguration.class })
    static class Wiring {

        /** The dashboard's order figures are not counted here (DashboardDatabaseContract counts them). */
        @Bean
        OrderChanges membershipOrderChanges() {
            return (storeCode, customerId) -> {
            };
        }

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
        GroupPricingService groupPricingService() {
            return mock(GroupPricingService.class);
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
        public Map<String, MemberSummary> findByEmails(String storeCode, Collection<String> emails) {
            return Map.of();
        }

        @Override
        public Page<MemberSummary> search(String storeCode, String text, GroupFilter filter,
                org.springframework.data.domain.Pageable page) {
            return new PageImpl<>(List.of());
        }
    }
}
