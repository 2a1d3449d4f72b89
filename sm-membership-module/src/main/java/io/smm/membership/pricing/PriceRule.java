package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/** A member price rule of one store, as the owner wrote it. */
@Entity(name = "SmmPriceRule")
@Table(name = "SMM_PRICE_RULE")
public class PriceRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "ALL_MEMBERS", nullable = false)
    private boolean allMembers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SMM_PRICE_RULE_GROUP", joinColumns = @JoinColumn(name = "RULE_ID"))
    @Column(name = "GROUP_ID")
    private Set<Long> groupIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET", nullable = false)
    private RuleTarget target;

    @Column(name = "TARGET_ID")
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ADJUSTMENT", nullable = false)
    private Adjustment.Kind adjustment;

    @Column(name = "ADJUSTMENT_VALUE", nullable = false)
    private BigDecimal adjustmentValue;

    @Column(name = "MIN_QUANTITY", nullable = false)
    private int minQuantity;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "STARTS_AT")
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ENDS_AT")
    private Instant endsAt;

    @Column(name = "PRIORITY", nullable = false)
    private int priority;

    @Column(name = "EXCLUSIVE_RULE", nullable = false)
    private boolean exclusive;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected PriceRule() {
    }

    PriceRule(String storeCode, Instant now) {
        this.storeCode = storeCode;
        this.createdAt = now;
    }

    void apply(PriceRuleDraft draft, Set<Long> resolvedGroupIds, Instant now) {
        this.name = draft.getName().trim();
        this.allMembers = draft.isAllMembers();
        this.groupIds.clear();
        this.groupIds.addAll(allMembers ? Set.of() : resolvedGroupIds);
        this.target = draft.getTarget();
        this.targetId = target == RuleTarget.STORE ? null : draft.getTargetId();
        this.adjustment = draft.getAdjustment();
        this.adjustmentValue = draft.getValue();
        this.minQuantity = draft.getMinQuantity() == null ? 1 : draft.getMinQuantity();
        this.startsAt = draft.getStartsAt();
        this.endsAt = draft.getEndsAt();
        this.priority = draft.getPriority() == null ? 0 : draft.getPriority();
        this.exclusive = draft.isExclusive();
        this.updatedAt = now;
    }

    IndexedRule indexed() {
        return new IndexedRule(id, name, allMembers, groupIds, target, targetId,
                new Adjustment(adjustment, adjustmentValue), minQuantity, startsAt, endsAt, priority, exclusive);
    }

    /** Same groups, target, adjustment, quantity, window, priority and exclusivity: only the name differs. */
    boolean sameEffectAs(PriceRule other) {
        return allMembers == other.allMembers && groupIds.equals(other.groupIds) && target == other.target
                && java.util.Objects.equals(targetId, other.targetId) && adjustment == other.adjustment
                && adjustmentValue.compareTo(other.adjustmentValue) == 0 && minQuantity == other.minQuantity
                && java.util.Objects.equals(startsAt, other.startsAt) && java.util.Objects.equals(endsAt, other.endsAt)
                && priority == other.priority && exclusive == other.exclusive;
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getName() {
        return name;
    }

    public boolean isAllMembers() {
        return allMembers;
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    public RuleTarget getTarget() {
        return target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Adjustment.Kind getAdjustment() {
        return adjustment;
    }

    public BigDecimal getAdjustmentValue() {
        return adjustmentValue;
    }

    public int getMinQuantity() {
        return minQuantity;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public int getVersion() {
        return version;
    }
}
