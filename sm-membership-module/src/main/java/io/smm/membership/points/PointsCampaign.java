package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * A points campaign: a window (UTC; the owner enters store-local times) and a multiplier, for the lines of the
 * categories and shoppers of the groups it names (none named: all). Where campaigns overlap, a line earns by the
 * highest multiplier among them.
 */
@Entity(name = "SmmPointsCampaign")
@Table(name = "SMM_POINTS_CAMPAIGN")
class PointsCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "STARTS_AT", nullable = false)
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ENDS_AT", nullable = false)
    private Instant endsAt;

    @Column(name = "MULTIPLIER", nullable = false)
    private BigDecimal multiplier;

    @ElementCollection
    @CollectionTable(name = "SMM_POINTS_CAMPAIGN_CATEGORY", joinColumns = @JoinColumn(name = "CAMPAIGN_ID"))
    @Column(name = "CATEGORY_ID")
    private Set<Long> categoryIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "SMM_POINTS_CAMPAIGN_GROUP", joinColumns = @JoinColumn(name = "CAMPAIGN_ID"))
    @Column(name = "GROUP_ID")
    private Set<Long> groupIds = new HashSet<>();

    protected PointsCampaign() {
    }

    PointsCampaign(String storeCode, String name, Instant startsAt, Instant endsAt, BigDecimal multiplier,
            Set<Long> categoryIds, Set<Long> groupIds) {
        this.storeCode = storeCode;
        change(name, startsAt, endsAt, multiplier, categoryIds, groupIds);
    }

    /** The owner's edit: every field replaced. */
    void change(String name, Instant startsAt, Instant endsAt, BigDecimal multiplier, Set<Long> categoryIds,
            Set<Long> groupIds) {
        this.name = name;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.multiplier = multiplier;
        this.categoryIds.clear();
        this.categoryIds.addAll(categoryIds);
        this.groupIds.clear();
        this.groupIds.addAll(groupIds);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    BigDecimal getMultiplier() {
        return multiplier;
    }

    Set<Long> getCategoryIds() {
        return Set.copyOf(categoryIds);
    }

    Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }
}
