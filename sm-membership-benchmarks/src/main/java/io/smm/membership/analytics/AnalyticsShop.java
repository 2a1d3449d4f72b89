package io.smm.membership.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.benchmarks.PostgresHost;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;

/**
 * A shop for the analytics benchmarks, seeded with set-based SQL on embedded PostgreSQL inside the stand-in host:
 * {@code customers} host customers ({@code CUSTOMER}, created over the last three years) of store DEFAULT and
 * {@code orders} SMM_SPEND_ORDER rows over the last two years, one order line each (SMM_ORDER_LINE_PRICE) on 40
 * products in 5 categories, 40 % of the customers in a tier above the default one.
 *
 * <p>The shape gives every RFM segment members: customer {@code i}'s last order is {@code i % 730} days old (so
 * half the customers have no order in a 365-day window and some none at all), orders fall on customers with a
 * strong skew (a few customers have dozens, most one to three) and each customer spends on a scale of their own.
 * 3 % of the orders are canceled, 2 % refunded; 3 % of the rest are refunded in part (half) and 0.5 % in full.
 */
public final class AnalyticsShop {

    public static final String STORE = "DEFAULT";
    /** The first customer's id; customer {@code i} (from 0) is {@code FIRST_CUSTOMER + i}. */
    public static final long FIRST_CUSTOMER = 1_000_000L;
    public static final String[] TIERS = { "BASE", "SILVER", "GOLD", "PLATINUM" };
    private static final int CATEGORIES = 5;
    private static final int PRODUCTS_A_CATEGORY = 8;

    private AnalyticsShop() {
    }

    /** Seeds the shop and analyses the tables; prints how long it took. */
    public static void seed(PostgresHost host, int customers, int orders) throws SQLException {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = host.context();
        List<Long> tierIds = tiers(context.getBean(GroupService.class));
        List<Long> productIds = products(context.getBean(StandInCatalog.class));
        // one connection: the random draw's seed and its temporary table belong to the session
        try (Connection connection = host.database().getConnection()) {
            JdbcTemplate database = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            customers(database, customers);
            orders(database, customers, orders, productIds);
            memberships(database, customers, tierIds);
            database.execute("vacuum analyze");
        }
        System.out.printf("seeded %,d customers and %,d orders in %.1f s%n", customers, orders,
                (System.nanoTime() - started) / 1e9);
    }

    private static List<Long> tiers(GroupService groups) {
        List<Long> ids = new ArrayList<>();
        for (int rank = 0; rank < TIERS.length; rank++) {
            GroupDraft draft = new GroupDraft();
            draft.setCode(TIERS[rank]);
            draft.setKind(GroupKind.TIER);
            draft.setRank(rank);
            draft.setNameEn(TIERS[rank]);
            draft.setDefaultTier(rank == 0);
            ids.add(groups.create(STORE, draft).getId());
        }
        return ids;
    }

    private static List<Long> products(StandInCatalog catalog) {
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < CATEGORIES; c++) {
            Long category = catalog.createCategory("analytics-" + c, "Category " + c);
            for (int p = 0; p < PRODUCTS_A_CATEGORY; p++) {
                String sku = "AN-" + c + "-" + p;
                ids.add(catalog.createProduct(NewProduct.sku(sku).name("Product " + sku).price("20.00")
                        .categories(category).slug(sku.toLowerCase())));
            }
        }
        return ids;
    }

    /** Customers of the store's language and country, registered over the last three years. */
    private static void customers(JdbcTemplate database, int customers) {
        database.update("insert into SALESMANAGER.CUSTOMER (CUSTOMER_ID, DATE_CREATED, CUSTOMER_EMAIL_ADDRESS,"
                + " CUSTOMER_NICK, CUSTOMER_ANONYMOUS, BILLING_FIRST_NAME, BILLING_LAST_NAME, BILLING_COUNTRY_ID,"
                + " LANGUAGE_ID, MERCHANT_ID) select " + FIRST_CUSTOMER + " + g,"
                + " now() at time zone 'UTC' - (g % 1095) * interval '1 day' - interval '3 days',"
                + " 'member' || g || '@example.com', 'member' || g || '@example.com', false, 'Member', 'No. ' || g,"
                + " s.COUNTRY_ID, s.LANGUAGE_ID, s.MERCHANT_ID from generate_series(0, " + (customers - 1) + ") g"
                + " cross join SALESMANAGER.MERCHANT_STORE s where s.STORE_CODE = '" + STORE + "'");
    }

    private static void orders(JdbcTemplate database, int customers, int orders, List<Long> productIds) {
        database.execute("select setseed(0.42)");
        // customer index skewed towards 0 (power 6): index 0 has dozens of orders, the median customer two or three
        database.update("create temporary table ANALYTICS_DRAW as select o, floor(" + customers
                + " * power(random(), 6))::bigint as c, random() as r1, random() as r2, random() as r3"
                + " from generate_series(1, " + orders + ") o");
        database.update("insert into SALESMANAGER.SMM_SPEND_ORDER (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT,"
                + " STATUS, TOTAL, SHIPPING, TAX, CURRENCY, UPDATED_AT) select '" + STORE + "', o, "
                + FIRST_CUSTOMER + " + c, now() at time zone 'UTC' - ((c % 730) + floor(r1 * 30 * (1 + c % 4)))"
                + " * interval '1 day' - floor(r2 * 1440) * interval '1 minute', case when r3 < 0.03 then 'CANCELED'"
                + " when r3 < 0.05 then 'REFUNDED' else 'DELIVERED' end,"
                + " round(((10 + r2 * 90) * (1 + c % 5))::numeric, 2), 5, 0, 'CAD', now() at time zone 'UTC'"
                + " from ANALYTICS_DRAW");
        database.update("insert into SALESMANAGER.SMM_ORDER_REFUND (STORE_CODE, ORDER_ID, REFUND_KEY, AMOUNT,"
                + " CURRENCY, SOURCE, RECORDED_AT) select '" + STORE + "', o.ORDER_ID, 'seed:' || o.ORDER_ID,"
                + " case when d.r3 < 0.085 then round(o.TOTAL / 2, 2) else o.TOTAL end, 'CAD', 'OWNER',"
                + " o.PLACED_AT + interval '1 day' from SALESMANAGER.SMM_SPEND_ORDER o"
                + " join ANALYTICS_DRAW d on d.o = o.ORDER_ID where d.r3 >= 0.05 and d.r3 < 0.09");
        StringBuilder products = new StringBuilder("array[");
        for (int i = 0; i < productIds.size(); i++) {
            products.append(i == 0 ? "" : ", ").append(productIds.get(i));
        }
        products.append(']');
        // each customer favours one category: most of their lines are in it
        database.update("insert into SALESMANAGER.SMM_ORDER_LINE_PRICE (STORE_CODE, ORDER_ID, PRODUCT_ID,"
                + " QUANTITY, BASE_PRICE, FINAL_PRICE, CREATED_AT) select '" + STORE + "', o.ORDER_ID, ("
                + products + ")[1 + (case when d.r1 < 0.7 then d.c % " + CATEGORIES + " else floor(d.r2 * "
                + CATEGORIES + ")::int end) * " + PRODUCTS_A_CATEGORY + " + (o.ORDER_ID % " + PRODUCTS_A_CATEGORY
                + ")::int], 1, o.TOTAL - 5, o.TOTAL - 5, o.PLACED_AT from SALESMANAGER.SMM_SPEND_ORDER o"
                + " join ANALYTICS_DRAW d on d.o = o.ORDER_ID");
        database.execute("drop table ANALYTICS_DRAW");
    }

    /** 40 % of the customers in SILVER, GOLD or PLATINUM; the others hold the default tier (BASE). */
    private static void memberships(JdbcTemplate database, int customers, List<Long> tierIds) {
        database.update("insert into SALESMANAGER.SMM_MEMBERSHIP (STORE_CODE, CUSTOMER_ID, GROUP_ID, TIER_SLOT,"
                + " SINCE) select '" + STORE + "', " + FIRST_CUSTOMER + " + g, case when g % 10 < 2 then "
                + tierIds.get(1) + " when g % 10 < 3 then " + tierIds.get(2) + " else " + tierIds.get(3) + " end,"
                + " 1, now() at time zone 'UTC' - interval '400 days' from generate_series(0, " + (customers - 1)
                + ") g where g % 10 < 4");
    }
}
