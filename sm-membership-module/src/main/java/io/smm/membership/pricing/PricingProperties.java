package io.smm.membership.pricing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Member price settings of the installation, equal on every node. */
@ConfigurationProperties(prefix = "sm.membership.pricing")
public class PricingProperties {

    /** How a member price meets the host's special price: the lower of the two, or the member price instead. */
    private SpecialPricePolicy specialPrice = SpecialPricePolicy.LOWER_OF;

    /** How often an instance asks the database whether another instance changed the rules. */
    private Duration refreshInterval = Duration.ofSeconds(1);

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
