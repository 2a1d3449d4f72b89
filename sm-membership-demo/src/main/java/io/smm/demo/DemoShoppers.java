package io.smm.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.StandInCatalog;

/**
 * A year of shoppers whose habits give every RFM segment members (docs/analytics.md): six shoppers per habit,
 * each with a registration date, a number of orders, a basket size and the days since their last order, so the
 * dashboard, the RFM page and a pushed offer have people to show. Placed oldest first, before the server starts.
 */
final class DemoShoppers {

    /** Their logins: shopper1@demo.example and on. */
    static final String LOGIN_PREFIX = "shopper";

    private static final long SEED = 20261206L;
    private static final int PER_HABIT = 6;
    private static final String[] GIVEN = { "Ava", "俊傑", "Ethan", "淑芬", "Mia", "建宏", "Leo", "雅雯", "Zoe", "冠宇",
        "Ivy", "宜蓁" };
    private static final String[] FAMILY = { "Ng", "黃", "Walker", "周", "Clark", "謝", "Young", "郭", "Hall", "洪",
        "Wright" };

    /** How a habit shops: orders in the year, units per order, from which shelf, and its last order's days ago. */
    private enum Habit {
        CHAMPION(9, 3, "ES-", 1, 6),
        LOYAL(5, 2, "ES-", 28, 42),
        POTENTIAL(3, 1, "SO-", 2, 9),
        NEWCOMER(1, 1, "TE-", 0, 5),
        PROMISING(1, 1, "TE-", 25, 40),
        NEEDS_ATTENTION(3, 2, "SO-", 75, 100),
        ABOUT_TO_SLEEP(1, 1, "TE-", 75, 100),
        AT_RISK(4, 2, "SO-", 160, 220),
        CANT_LOSE(8, 3, "ES-", 190, 240),
        HIBERNATING(1, 1, "TE-", 160, 220),
        LOST(1, 1, "TE-", 280, 350);

        private final int orders;
        private final int units;
        private final String shelf;
        private final int lastFrom;
        private final int lastTo;

        Habit(int orders, int units, String shelf, int lastFrom, int lastTo) {
            this.orders = orders;
            this.units = units;
            this.shelf = shelf;
            this.lastFrom = lastFrom;
            this.lastTo = lastTo;
        }
    }

    private final StandInCatalog catalog;
    private final List<String> skus;

    DemoShoppers(StandInCatalog catalog, List<String> skus) {
        this.catalog = catalog;
        this.skus = skus;
    }

    /** Registers the shoppers and places their year of orders; returns how many orders were placed. */
    int load(Instant now) {
        Random random = new Random(SEED);
        List<PastOrder> orders = new ArrayList<>();
        int n = 0;
        for (Habit habit : Habit.values()) {
            List<String> shelf = skus.stream().filter(sku -> sku.startsWith(habit.shelf))
                    .collect(Collectors.toList());
            for (int i = 0; i < PER_HABIT; i++, n++) {
                long customer = catalog.createCustomer(LOGIN_PREFIX + (n + 1) + "@demo.example", DemoData.PASSWORD,
                        GIVEN[n % GIVEN.length], FAMILY[n % FAMILY.length]);
                int last = habit.lastFrom + random.nextInt(habit.lastTo - habit.lastFrom + 1);
                int first = habit.orders == 1 ? last : Math.min(360, last + 60 + random.nextInt(120));
                catalog.registeredAt(customer, Date.from(daysAgo(now, first + 3 + random.nextInt(20), random)));
                for (int k = 0; k < habit.orders; k++) {
                    int day = habit.orders == 1 ? last : first - (first - last) * k / (habit.orders - 1);
                    Map<String, Integer> lines = new LinkedHashMap<>();
                    lines.put(shelf.get(random.nextInt(shelf.size())), habit.units);
                    orders.add(new PastOrder(customer, daysAgo(now, day, random), lines));
                }
            }
        }
        orders.sort((a, b) -> a.placedAt.compareTo(b.placedAt));
        for (PastOrder order : orders) {
            catalog.placeOrder(DemoData.STORE, order.customerId, order.lines, Date.from(order.placedAt),
                    order.placedAt.isAfter(now.minus(Duration.ofDays(21))) ? OrderStatus.PROCESSED
                            : OrderStatus.DELIVERED);
        }
        return orders.size();
    }

    private static Instant daysAgo(Instant now, int days, Random random) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(60 + random.nextInt(8 * 60)));
    }

    private static final class PastOrder {

        private final long customerId;
        private final Instant placedAt;
        private final Map<String, Integer> lines;

        private PastOrder(long customerId, Instant placedAt, Map<String, Integer> lines) {
            this.customerId = customerId;
            this.placedAt = placedAt;
            this.lines = lines;
        }
    }
}
