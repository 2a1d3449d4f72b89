package io.smm.membership.rewards;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Rewards settings of the installation; what the owner sets per store is in the database. */
@ConfigurationProperties(prefix = "sm.membership.rewards")
public class RewardProperties {

    /** When the daily birthday and referral rewards run, in the store's time zone. */
    private LocalTime jobTime = LocalTime.of(4, 0);

    /** How many customers or referrals the daily rewards read in one batch. */
    private int batchSize = 500;

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
        this.batchSize = batchSize;
    }
}
