package io.smm.membership.access;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.Instants;
import io.smm.membership.time.UtcInstantConverter;

/**
 * A store's category access settings: what a restricted category gives an audience it has no rule for, and how a
 * product in several categories is seen. The owner's JSON shows it as it is.
 */
@Entity(name = "SmmAccessSettings")
@Table(name = "SMM_ACCESS_SETTINGS")
public class AccessSettings {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "UNLISTED", nullable = false)
    private Unlisted unlisted;

    @Enumerated(EnumType.STRING)
    @Column(name = "MULTI_CATEGORY", nullable = false)
    private MultiCategory multiCategory;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected AccessSettings() {
    }

    /** A store's settings before the owner saved any: unlisted audiences closed, every category must list. */
    static AccessSettings defaults(String storeCode) {
        AccessSettings settings = new AccessSettings();
        settings.storeCode = storeCode;
        settings.unlisted = Unlisted.CLOSED;
        settings.multiCategory = MultiCategory.ALL;
        return settings;
    }

    void change(Unlisted unlisted, MultiCategory multiCategory, Instant now) {
        this.unlisted = unlisted;
        this.multiCategory = multiCategory;
        this.updatedAt = now;
    }

    public Unlisted getUnlisted() {
        return unlisted;
    }

    public MultiCategory getMultiCategory() {
        return multiCategory;
    }

    /** When the owner last saved them, ISO-8601 UTC; null if never. */
    public String getUpdatedAt() {
        return Instants.iso(updatedAt);
    }
}
