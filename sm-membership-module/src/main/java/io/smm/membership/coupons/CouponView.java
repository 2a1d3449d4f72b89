package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.smm.membership.groups.GroupService;
import io.smm.membership.time.Instants;

/** A coupon as our JSON shows it: groups by code, scope by id, and its status at the moment it was read. */
public final class CouponView {

    private final long id;
    private final String code;
    private final String name;
    private final CouponStatus status;
    private final CouponTerms.Kind kind;
    private final BigDecimal value;
    private final CouponTerms.Base base;
    private final BigDecimal maxDiscount;
    private final BigDecimal minSubtotal;
    private final String startsAt;
    private final String endsAt;
    private final boolean active;
    private final Integer totalLimit;
    private final Integer perShopperLimit;
    private final boolean guestsAllowed;
    private final int uses;
    private final List<String> groups;
    private final List<Long> categories;
    private final List<Long> products;
    private final List<Long> excludedCategories;
    private final List<Long> excludedProducts;
    private final Long batchId;
    private final CouponOrigin origin;
    private final Long issuedFrom;
    private final int version;

    private CouponView(Coupon coupon, Map<Long, String> groupCodes, Instant now) {
        this.id = coupon.getId();
        this.code = coupon.getCode();
        this.name = coupon.getName();
        this.status = coupon.statusAt(now);
        this.kind = coupon.getKind();
        this.value = coupon.getValue();
        this.base = coupon.getBase();
        this.maxDiscount = coupon.getMaxDiscount();
        this.minSubtotal = coupon.getMinSubtotal();
        this.startsAt = Instants.iso(coupon.getStartsAt());
        this.endsAt = Instants.iso(coupon.getEndsAt());
        this.active = coupon.isActive();
        this.totalLimit = coupon.getTotalLimit();
        this.perShopperLimit = coupon.getPerShopperLimit();
        this.guestsAllowed = coupon.isGuestsAllowed();
        this.uses = coupon.getUses();
        this.groups = GroupService.sortedCodes(coupon.getGroupIds(), groupCodes);
        this.categories = sorted(coupon, ScopeEntry.Target.CATEGORY, false);
        this.products = sorted(coupon, ScopeEntry.Target.PRODUCT, false);
        this.excludedCategories = sorted(coupon, ScopeEntry.Target.CATEGORY, true);
        this.excludedProducts = sorted(coupon, ScopeEntry.Target.PRODUCT, true);
        this.batchId = coupon.getBatchId();
        this.origin = coupon.getOrigin();
        this.issuedFrom = coupon.getIssuedFrom();
        this.version = coupon.getVersion();
    }

    /** @param groupCodes the store's group codes by id; a deleted group simply drops out */
    public static CouponView of(Coupon coupon, Map<Long, String> groupCodes, Instant now) {
        return new CouponView(coupon, groupCodes, now);
    }

    private static List<Long> sorted(Coupon coupon, ScopeEntry.Target target, boolean excluded) {
        return coupon.ids(target, excluded).stream().sorted().collect(Collectors.toList());
    }


    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CouponStatus getStatus() {
        return status;
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

    public String getStartsAt() {
        return startsAt;
    }

    public String getEndsAt() {
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

    public List<String> getGroups() {
        return groups;
    }

    public List<Long> getCategories() {
        return categories;
    }

    public List<Long> getProducts() {
        return products;
    }

    public List<Long> getExcludedCategories() {
        return excludedCategories;
    }

    public List<Long> getExcludedProducts() {
        return excludedProducts;
    }

    /** The batch that generated the coupon; null for one the owner made by hand. */
    public Long getBatchId() {
        return batchId;
    }

    /** {@code HAND_MADE}, {@code GENERATED} or {@code REWARD}. */
    public CouponOrigin getOrigin() {
        return origin;
    }

    /** The coupon a reward code was issued from; null for every other coupon. */
    public Long getIssuedFrom() {
        return issuedFrom;
    }

    public int getVersion() {
        return version;
    }
}
