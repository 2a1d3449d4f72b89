package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

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

/** A coupon of one store, as the owner set it up, with how often it has been used. */
@Entity(name = "SmmCoupon")
@Table(name = "SMM_COUPON")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CODE", nullable = false)
    private String code;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private CouponTerms.Kind kind;

    @Column(name = "DISCOUNT_VALUE", nullable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "BASE", nullable = false)
    private CouponTerms.Base base;

    @Column(name = "MAX_DISCOUNT")
    private BigDecimal maxDiscount;

    @Column(name = "MIN_SUBTOTAL")
    private BigDecimal minSubtotal;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "STARTS_AT")
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ENDS_AT")
    private Instant endsAt;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "TOTAL_LIMIT")
    private Integer totalLimit;

    @Column(name = "PER_SHOPPER_LIMIT")
    private Integer perShopperLimit;

    @Column(name = "GUESTS_ALLOWED", nullable = false)
    private boolean guestsAllowed;

    // written only by the conditional updates of CouponRepository: an owner's edit never writes back a stale count
    @Column(name = "USES", nullable = false, insertable = false, updatable = false)
    private int uses;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SMM_COUPON_GROUP", joinColumns = @JoinColumn(name = "COUPON_ID"))
    @Column(name = "GROUP_ID")
    private Set<Long> groupIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SMM_COUPON_SCOPE", joinColumns = @JoinColumn(name = "COUPON_ID"))
    private Set<ScopeEntry> scope = new HashSet<>();

    @Column(name = "BATCH_ID", updatable = false)
    private Long batchId;

    @Column(name = "ISSUED_FROM", updatable = false)
    private Long issuedFrom;

    @Column(name = "BOUND_CUSTOMER_ID", updatable = false)
    private Long boundCustomerId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected Coupon() {
    }

    Coupon(String storeCode, Instant now) {
        this.storeCode = storeCode;
        this.createdAt = now;
    }

    /** Takes what the owner entered, already checked; groups as ids. */
    void apply(CouponDraft draft, Set<Long> groups, Instant now) {
        code = CouponCodes.normalize(draft.getCode());
        name = draft.getName().trim();
        kind = draft.getKind();
        value = draft.getValue();
        base = draft.getBase() == null ? CouponTerms.Base.ORDER : draft.getBase();
        maxDiscount = draft.getMaxDiscount();
        minSubtotal = draft.getMinSubtotal();
        startsAt = draft.getStartsAt();
        endsAt = draft.getEndsAt();
        active = draft.isActive();
        totalLimit = draft.getTotalLimit();
        perShopperLimit = draft.getPerShopperLimit();
        guestsAllowed = draft.isGuestsAllowed();
        groupIds.clear();
        groupIds.addAll(groups);
        scope.clear();
        draft.getCategories().forEach(id -> scope.add(new ScopeEntry(ScopeEntry.Target.CATEGORY, id, false)));
        draft.getProducts().forEach(id -> scope.add(new ScopeEntry(ScopeEntry.Target.PRODUCT, id, false)));
        draft.getExcludedCategories().forEach(id -> scope.add(new ScopeEntry(ScopeEntry.Target.CATEGORY, id, true)));
        draft.getExcludedProducts().forEach(id -> scope.add(new ScopeEntry(ScopeEntry.Target.PRODUCT, id, true)));
        updatedAt = now;
    }

    /**
     * A new coupon of this one's store and terms under {@code code}, made by batch {@code batch} (null: issued one
     * at a time); no uses yet.
     */
    Coupon copyAs(String code, Long batch, Instant now) {
        Coupon copy = new Coupon(storeCode, now);
        copy.code = code;
        copy.name = name;
        copy.kind = kind;
        copy.value = value;
        copy.base = base;
        copy.maxDiscount = maxDiscount;
        copy.minSubtotal = minSubtotal;
        copy.startsAt = startsAt;
        copy.endsAt = endsAt;
        copy.active = active;
        copy.totalLimit = totalLimit;
        copy.perShopperLimit = perShopperLimit;
        copy.guestsAllowed = guestsAllowed;
        copy.groupIds.addAll(groupIds);
        copy.scope.addAll(scope);
        copy.batchId = batch;
        copy.updatedAt = now;
        return copy;
    }

    /** A copy as {@link #copyAs} of no batch that can be used once in all, issued from this coupon as a reward. */
    Coupon singleUseCopyAs(String code, Instant now) {
        Coupon copy = copyAs(code, null, now);
        copy.totalLimit = 1;
        copy.issuedFrom = id;
        return copy;
    }

    /** A single-use copy as {@link #singleUseCopyAs} that only customer {@code customerId} may use. */
    Coupon boundCopyAs(String code, long customerId, Instant now) {
        Coupon copy = singleUseCopyAs(code, now);
        copy.boundCustomerId = customerId;
        return copy;
    }

    /**
     * A copy as {@link #copyAs} of no batch that only members of group {@code groupId} may use, signed in, each as
     * often as the template lets a shopper (once when it sets no limit), issued from this coupon to a segment.
     */
    Coupon groupCopyAs(String code, long groupId, Instant now) {
        Coupon copy = copyAs(code, null, now);
        copy.groupIds.clear();
        copy.groupIds.add(groupId);
        copy.guestsAllowed = false;
        copy.perShopperLimit = perShopperLimit == null ? Integer.valueOf(1) : perShopperLimit;
        copy.issuedFrom = id;
        return copy;
    }

    void disable(Instant now) {
        active = false;
        updatedAt = now;
    }

    /** Where the coupon stands at that moment, as the owner's list shows it. */
    public CouponStatus statusAt(Instant now) {
        return CouponStatus.of(active, startsAt, endsAt, totalLimit, uses, now);
    }

    /** The coupon as the eligibility rules read it. */
    CouponTerms terms() {
        return new CouponTerms(active, kind, value, base, maxDiscount, minSubtotal, startsAt, endsAt, totalLimit,
                perShopperLimit, guestsAllowed, groupIds, new CouponTerms.Scope(ids(ScopeEntry.Target.CATEGORY, false),
                        ids(ScopeEntry.Target.PRODUCT, false), ids(ScopeEntry.Target.CATEGORY, true),
                        ids(ScopeEntry.Target.PRODUCT, true)), boundCustomerId);
    }

    Set<Long> ids(ScopeEntry.Target target, boolean excluded) {
        return scope.stream().filter(entry -> entry.getTarget() == target && entry.isExcluded() == excluded)
                .map(ScopeEntry::getTargetId).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CouponTerms.Kind getKind() {
        return kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    public CouponTerms.Base getBase() {
        return base;
    }

    public BigDecimal getMaxDiscount() {
        return maxDiscount;
    }

    public BigDecimal getMinSubtotal() {
        return minSubtotal;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getTotalLimit() {
        return totalLimit;
    }

    public Integer getPerShopperLimit() {
        return perShopperLimit;
    }

    public boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    public int getUses() {
        return uses;
    }

    /** The batch that generated this coupon; null for a coupon the owner made by hand. */
    public Long getBatchId() {
        return batchId;
    }

    /** The coupon this one was issued from as a reward, one code at a time; null for every other coupon. */
    public Long getIssuedFrom() {
        return issuedFrom;
    }

    /** Made by the owner, generated by a batch or issued as a reward; never {@link CouponOrigin#ALL}. */
    public CouponOrigin getOrigin() {
        if (batchId != null) {
            return CouponOrigin.GENERATED;
        }
        return issuedFrom == null ? CouponOrigin.HAND_MADE : CouponOrigin.REWARD;
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    public int getVersion() {
        return version;
    }
}
