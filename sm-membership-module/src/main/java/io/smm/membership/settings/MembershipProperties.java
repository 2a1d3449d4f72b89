package io.smm.membership.settings;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

/**
 * The store-wide settings of the membership extension, under {@code sm.membership}, that every feature may read:
 * whether it is on, where its tables are, the guests' store, the stores' time zone and how amounts are rounded.
 * Each feature keeps its own settings in its own properties class ({@code sm.membership.pricing},
 * {@code sm.membership.tiers}, {@code sm.membership.coupons}); only the two deprecated names those settings
 * replace are bound here, so that the fallbacks live next to what they fall back to.
 */
@ConfigurationProperties(prefix = "sm.membership")
public class MembershipProperties {

    /** Whether the membership extension is active. When false, the host behaves as if it were not installed. */
    private boolean enabled = true;

    /**
     * Schema of the host's tables, where our SMM_ tables are created too: the host's {@code db.schema}
     * (SALESMANAGER in Shopizer's database.properties). Blank uses the connection's default schema.
     */
    private String databaseSchema = "SALESMANAGER";

    /** Store of guests whose requests name no {@code ?store=}: the host's default store code. */
    private String defaultStore = "DEFAULT";

    private final Store store = new Store();

    private final Money money = new Money();

    private final Pricing pricing = new Pricing();

    private final Tiers tiers = new Tiers();

    private final Dashboard dashboard = new Dashboard();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getDatabaseSchema() {
        return databaseSchema;
    }

    public void setDatabaseSchema(String databaseSchema) {
        this.databaseSchema = databaseSchema;
    }

    public Store getStore() {
        return store;
    }

    public Money getMoney() {
        return money;
    }

    public Pricing getPricing() {
        return pricing;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public Tiers getTiers() {
        return tiers;
    }

    public String getDefaultStore() {
        return defaultStore;
    }

    public void setDefaultStore(String defaultStore) {
        this.defaultStore = defaultStore;
    }

    /**
     * The stores' time zone: {@code store.time-zone}, else the deprecated {@code tiers.time-zone}, else the
     * server's zone.
     */
    public ZoneId storeTimeZone() {
        ZoneId zone = store.timeZone != null ? store.timeZone : tiers.timeZone;
        return zone != null ? zone : ZoneId.systemDefault();
    }

    /**
     * How amounts are rounded: {@code money.rounding-mode}, else the deprecated {@code pricing.rounding-mode},
     * else half up.
     */
    public RoundingMode roundingMode() {
        RoundingMode mode = money.roundingMode != null ? money.roundingMode : pricing.roundingMode;
        return mode != null ? mode : RoundingMode.HALF_UP;
    }

    /** What every feature shares about the stores. */
    public static class Store {

        /**
         * The stores' time zone: where the days of a rolling spend window, of the coupon usage report and of the
         * order history begin, the months of the tier charts, and when the daily tier job runs. The server's zone
         * when unset.
         */
        private ZoneId timeZone;

        public ZoneId getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
        }
    }

    /** Amounts of money. */
    public static class Money {

        /**
         * How an amount is rounded, once, to the store currency's scale: member prices, coupon discounts, tier
         * amounts and the amounts of the reports. Half up when unset.
         */
        private RoundingMode roundingMode;

        public RoundingMode getRoundingMode() {
            return roundingMode;
        }

        public void setRoundingMode(RoundingMode roundingMode) {
            this.roundingMode = roundingMode;
        }
    }

    /** Only the deprecated name of the rounding mode; member prices' own settings are in PricingProperties. */
    public static class Pricing {

        /** How a price is rounded, once, to the store currency's scale. */
        private RoundingMode roundingMode;

        @Deprecated
        @DeprecatedConfigurationProperty(replacement = "sm.membership.money.rounding-mode",
                reason = "One rounding mode for every amount, not only member prices.")
        public RoundingMode getRoundingMode() {
            return roundingMode;
        }

        @Deprecated
        public void setRoundingMode(RoundingMode roundingMode) {
            this.roundingMode = roundingMode;
        }
    }

    /** Only the deprecated name of the stores' time zone; the tiers' own settings are in TierProperties. */
    public static class Tiers {

        /** The stores' time zone. */
        private ZoneId timeZone;

        @Deprecated
        @DeprecatedConfigurationProperty(replacement = "sm.membership.store.time-zone",
                reason = "The zone drives coupons and orders too, not only tiers.")
        public ZoneId getTimeZone() {
            return timeZone;
        }

        @Deprecated
        public void setTimeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
        }
    }

    /** The owner's dashboard. */
    public static class Dashboard {

        /**
         * How often the order figures behind the dashboard's activity, repurchase and sales panels catch up with new
         * orders, refunds and tier moves (one node at a time). A minute when unset.
         */
        private Duration refreshInterval = Duration.ofMinutes(1);

        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        public void setRefreshInterval(Duration refreshInterval) {
            this.refreshInterval = refreshInterval;
        }
    }
}
