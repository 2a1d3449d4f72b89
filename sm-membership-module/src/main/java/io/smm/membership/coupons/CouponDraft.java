package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;

/** What an owner enters for a coupon: the owner API's body. {@link CouponValidation} checks it. */
public class CouponDraft extends Draft {

    private String code;
    private String name;
    private CouponTerms.Kind kind;
    private BigDecimal value;
    private CouponTerms.Base base;
    private BigDecimal maxDiscount;
    private BigDecimal minSubtotal;
    private Instant startsAt;
    private Instant endsAt;
    private boolean active = true;
    private Integer totalLimit;
    private Integer perShopperLimit;
    private boolean guestsAllowed;
    private List<String> groups = new ArrayList<>();
    private List<Long> categories = new ArrayList<>();
    private List<Long> products = new ArrayList<>();
    private List<Long> excludedCategories = new ArrayList<>();
    private List<Long> excludedProducts = new ArrayList<>();
    private Integer version;

    /** The code shoppers type; any case. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CouponTerms.Kind getKind() {
        return kind;
    }

    public void setKind(CouponTerms.Kind kind) {
        this.kind = kind;
    }

    /** Percent (0 to 100) or amount off. */
    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    /** What the discount is taken from; ORDER when left out. */
    public CouponTerms.Base getBase() {
        return base;
    }

    public void setBase(CouponTerms.Base base) {
        this.base = base;
    }

    public BigDecimal getMaxDiscount() {
        return maxDiscount;
    }

    public void setMaxDiscount(BigDecimal maxDiscount) {
        this.maxDiscount = maxDiscount;
    }

    /** The least the eligible lines must come to. */
    public BigDecimal getMinSubtotal() {
        return minSubtotal;
    }

    public void setMinSubtotal(BigDecimal minSubtotal) {
        this.minSubtotal = minSubtotal;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getTotalLimit() {
        return totalLimit;
    }

    public void setTotalLimit(Integer totalLimit) {
        this.totalLimit = totalLimit;
    }

    public Integer getPerShopperLimit() {
        return perShopperLimit;
    }

    public void setPerShopperLimit(Integer perShopperLimit) {
        this.perShopperLimit = perShopperLimit;
    }

    public boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    public void setGuestsAllowed(boolean guestsAllowed) {
        this.guestsAllowed = guestsAllowed;
    }

    /** Codes of the groups that may use it; none: everyone. */
    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    /** Host category ids in scope, with their subcategories. */
    public List<Long> getCategories() {
        return categories;
    }

    public void setCategories(List<Long> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    /** Host product ids in scope. */
    public List<Long> getProducts() {
        return products;
    }

    public void setProducts(List<Long> products) {
        this.products = products == null ? new ArrayList<>() : products;
    }

    public List<Long> getExcludedCategories() {
        return excludedCategories;
    }

    public void setExcludedCategories(List<Long> excludedCategories) {
        this.excludedCategories = excludedCategories == null ? new ArrayList<>() : excludedCategories;
    }

    public List<Long> getExcludedProducts() {
        return excludedProducts;
    }

    public void setExcludedProducts(List<Long> excludedProducts) {
        this.excludedProducts = excludedProducts == null ? new ArrayList<>() : excludedProducts;
    }

    /** The version the owner last read, to refuse a change made meanwhile; none: no check. */
    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
