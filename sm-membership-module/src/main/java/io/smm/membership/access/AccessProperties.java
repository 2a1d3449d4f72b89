package io.smm.membership.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Category access settings of the installation, equal on every node. */
@ConfigurationProperties(prefix = "sm.membership.access")
public class AccessProperties {

    /**
     * How often an instance asks the database whether another instance changed the rules, and re-reads the host's
     * category tree.
     */
    private Duration refreshInterval = Duration.ofSeconds(1);

    public Duration getRefreshInterval() {
        return refreshInterval;
    }

    public void setRefreshInterval(Duration refreshInterval) {
        this.refreshInterval = refreshInterval;
    }
}
