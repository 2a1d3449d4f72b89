package io.smm.membership.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

    public String getDefaultStore() {
        return defaultStore;
    }

    public void setDefaultStore(String defaultStore) {
        this.defaultStore = defaultStore;
    }
}
