package io.smm.membership.autoconfigure;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

import io.smm.membership.pricing.SpecialPricePolicy;

/** Settings of the membership extension, under {@code sm.membership}. */
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

    /** Member prices. */
    public static class Pricing {

        /** How a price is rounded, once, to the store currency's scale. */
        private RoundingMode roundingMode;

        /** How a member price meets the host's special price: the lower of the two, or the member price instead. */
        private SpecialPricePolicy specialPrice = SpecialPricePolicy.LOWER_OF;

        /** How often an instance asks the database whether another instance changed the rules. */
        private Duration refreshInterval = Duration.ofSeconds(1);

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

        public SpecialPricePolicy getSpecialPrice() {
            return specialPrice;
        }

        public void setSpecialPrice(SpecialPricePolicy specialPrice) {
            this.specialPrice = specialPrice;
        }

        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        public void setRefreshInterval(Duration refreshInterval) {
            this.refreshInterval = refreshInterval;
        }
    }

    /** Tiers that move by spend. */
    public static class Tiers {

        static final int MAX_BATCH_SIZE = 5_000;

        /** The stores' time zone. */
        private ZoneId timeZone;

        /** When the daily tier job runs, in the stores' time zone. */
        private LocalTime jobTime = LocalTime.of(3, 0);

        /**
         * Customers the daily job evaluates in one transaction, between two saves of its place: 1 to 5,000 (a
         * batch's customers go to the database as one list of ids, and PostgreSQL takes at most 32,767).
         */
        private int batchSize = 500;

        /**
         * How long the daily job's lease, and the backfill's, lasts without renewal: after a crash, another instance
         * takes the job over then, and the backfill shows as failed.
         */
        private Duration lease = Duration.ofMinutes(10);

        public LocalTime getJobTime() {
            return jobTime;
        }

        public void setJobTime(LocalTime jobTime) {
            this.jobTime = jobTime;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
                throw new IllegalArgumentException("must be from 1 to " + MAX_BATCH_SIZE + ", not " + batchSize);
            }
            this.batchSize = batchSize;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

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
}
