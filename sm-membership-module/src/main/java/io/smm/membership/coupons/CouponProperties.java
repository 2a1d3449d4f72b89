package io.smm.membership.coupons;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Coupon settings of the installation, equal on every node. */
@ConfigurationProperties(prefix = "sm.membership.coupons")
public class CouponProperties {

    /** How long a checkout holds a coupon's use while the host takes the payment, before the use comes back. */
    private Duration holdFor = Duration.ofMinutes(15);

    /** How often one node frees the holds of checkouts that never finished (the node died between hold and order). */
    private Duration holdSweepInterval = Duration.ofMinutes(1);

    public Duration getHoldFor() {
        return holdFor;
    }

    public void setHoldFor(Duration holdFor) {
        this.holdFor = holdFor;
    }

    public Duration getHoldSweepInterval() {
        return holdSweepInterval;
    }

    public void setHoldSweepInterval(Duration holdSweepInterval) {
        this.holdSweepInterval = holdSweepInterval;
    }
}
