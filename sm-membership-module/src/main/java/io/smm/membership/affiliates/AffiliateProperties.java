package io.smm.membership.affiliates;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Affiliate settings of the installation, equal on every node; what the owner sets per store is in the database. */
@ConfigurationProperties(prefix = "sm.membership.affiliates")
public class AffiliateProperties {

    /** Name of the cookie that remembers a shopper's affiliate clicks. */
    private String cookieName = "smm_aff";

    /**
     * Key that signs the affiliate cookie and hashes click addresses. Blank: one is generated once and kept in the
     * database, so every node uses the same.
     */
    private String cookieSecret = "";

    /** Where a short link's path leads: the storefront's base URL when it is not this host; blank for this host. */
    private String storefrontUrl = "";

    /** Time of day (store time zone) when the commissions past their return window are approved. */
    private LocalTime approvalTime = LocalTime.of(3, 30);

    /** How many commissions the daily approval approves in one transaction. */
    private int approvalBatchSize = 1000;

    /** Time of day (store time zone) when clicks and rejects older than the store's retention are deleted. */
    private LocalTime retentionTime = LocalTime.of(4, 0);

    public String getCookieName() {
        return cookieName;
    }

    public void setCookieName(String cookieName) {
        this.cookieName = cookieName;
    }

    public String getCookieSecret() {
        return cookieSecret;
    }

    public void setCookieSecret(String cookieSecret) {
        this.cookieSecret = cookieSecret;
    }

    public String getStorefrontUrl() {
        return storefrontUrl;
    }

    public void setStorefrontUrl(String storefrontUrl) {
        this.storefrontUrl = storefrontUrl;
    }

    public LocalTime getApprovalTime() {
        return approvalTime;
    }

    public void setApprovalTime(LocalTime approvalTime) {
        this.approvalTime = approvalTime;
    }

    public int getApprovalBatchSize() {
        return approvalBatchSize;
    }

    public void setApprovalBatchSize(int approvalBatchSize) {
        this.approvalBatchSize = approvalBatchSize;
    }

    public LocalTime getRetentionTime() {
        return retentionTime;
    }

    public void setRetentionTime(LocalTime retentionTime) {
        this.retentionTime = retentionTime;
    }
}
