package io.smm.membership.segments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.smm.membership.analytics.RfmSegment;
import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/**
 * A saved segment as the owner enters it: a name and filters, each optional, all of which a member must match.
 * Several RFM segments, tiers or groups match a member in any of them. Spend and order counts are taken over the
 * member's whole history ({@link Figures#LIFETIME}, the default) or the RFM window ({@link Figures#WINDOW}), as of
 * the last RFM run. Ranges include both ends; days since the last order count calendar days in the store's zone.
 */
public class SegmentDraft extends Draft {

    /** Which of the member's order figures spend and order count filter. */
    public enum Figures { LIFETIME, WINDOW }

    static final int NAME_MAX = 100;

    private String name;
    private List<String> rfmSegments = new ArrayList<>();
    private List<String> tiers = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private String figures;
    private BigDecimal spendMin;
    private BigDecimal spendMax;
    private Integer ordersMin;
    private Integer ordersMax;
    private Integer daysSinceLastOrderMin;
    private Integer daysSinceLastOrderMax;
    private Long favouriteCategoryId;
    private LocalDate registeredFrom;
    private LocalDate registeredTo;
    private Long pointsMin;
    private Long pointsMax;

    /**
     * Every broken field: a name missing or too long, an unknown RFM segment, tier or group (named with its index),
     * a negative bound, a range upside down (both ends named), an unknown favourite category.
     */
    List<Violation> check(Set<String> tierCodes, Set<String> groupCodes, Predicate<Long> categoryExists) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "membership.segment.name.required"));
        } else if (name.strip().length() > NAME_MAX) {
            violations.add(new Violation("name", "membership.segment.name.length", NAME_MAX));
        }
        Set<String> rfmCodes = Set.copyOf(Arrays.stream(RfmSegment.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.toList()));
        unknown(violations, "rfmSegments", rfmSegments, rfmCodes, "membership.segment.rfm.unknown");
        unknown(violations, "tiers", tiers, tierCodes, "membership.segment.tier.unknown");
        unknown(violations, "groups", groups, groupCodes, "membership.segment.group.unknown");
        if (figures != null && Arrays.stream(Figures.values()).noneMatch(known -> known.name().equals(figures))) {
            violations.add(new Violation("figures", "membership.segment.figures.unknown", figures));
        }
        range(violations, "spendMin", spendMin, "spendMax", spendMax);
        range(violations, "ordersMin", ordersMin, "ordersMax", ordersMax);
        range(violations, "daysSinceLastOrderMin", daysSinceLastOrderMin, "daysSinceLastOrderMax",
                daysSinceLastOrderMax);
        range(violations, "pointsMin", pointsMin, "pointsMax", pointsMax);
        range(violations, "registeredFrom", registeredFrom, "registeredTo", registeredTo);
        if (favouriteCategoryId != null && !categoryExists.test(favouriteCategoryId)) {
            violations.add(new Violation("favouriteCategoryId", "membership.segment.category.unknown",
                    favouriteCategoryId));
        }
        return violations;
    }

    private static void unknown(List<Violation> violations, String field, List<String> codes, Set<String> known,
            String key) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || !known.contains(codes.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", key, String.valueOf(codes.get(i))));
            }
        }
    }

    private static <T extends Comparable<? super T>> void range(List<Violation> violations, String minField, T min,
            String maxField, T max) {
        boolean minNegative = min instanceof Number && ((Number) min).doubleValue() < 0;
        boolean maxNegative = max instanceof Number && ((Number) max).doubleValue() < 0;
        if (minNegative) {
            violations.add(new Violation(minField, "membership.segment.negative"));
        }
        if (maxNegative) {
            violations.add(new Violation(maxField, "membership.segment.negative"));
        }
        if (!minNegative && !maxNegative && min != null && max != null && min.compareTo(max) > 0) {
            violations.add(new Violation(minField, "membership.segment.range.upside-down", minField, maxField));
            violations.add(new Violation(maxField, "membership.segment.range.upside-down", minField, maxField));
        }
    }

    /** The figures filtered: lifetime unless the owner chose the window. */
    Figures figuresOrDefault() {
        return "WINDOW".equals(figures) ? Figures.WINDOW : Figures.LIFETIME;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRfmSegments() {
        return rfmSegments;
    }

    public void setRfmSegments(List<String> rfmSegments) {
        this.rfmSegments = rfmSegments == null ? new ArrayList<>() : rfmSegments;
    }

    public List<String> getTiers() {
        return tiers;
    }

    public void setTiers(List<String> tiers) {
        this.tiers = tiers == null ? new ArrayList<>() : tiers;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public String getFigures() {
        return figures;
    }

    public void setFigures(String figures) {
        this.figures = figures;
    }

    public BigDecimal getSpendMin() {
        return spendMin;
    }

    public void setSpendMin(BigDecimal spendMin) {
        this.spendMin = spendMin;
    }

    public BigDecimal getSpendMax() {
        return spendMax;
    }

    public void setSpendMax(BigDecimal spendMax) {
        this.spendMax = spendMax;
    }

    public Integer getOrdersMin() {
        return ordersMin;
    }

    public void setOrdersMin(Integer ordersMin) {
        this.ordersMin = ordersMin;
    }

    public Integer getOrdersMax() {
        return ordersMax;
    }

    public void setOrdersMax(Integer ordersMax) {
        this.ordersMax = ordersMax;
    }

    public Integer getDaysSinceLastOrderMin() {
        return daysSinceLastOrderMin;
    }

    public void setDaysSinceLastOrderMin(Integer daysSinceLastOrderMin) {
        this.daysSinceLastOrderMin = daysSinceLastOrderMin;
    }

    public Integer getDaysSinceLastOrderMax() {
        return daysSinceLastOrderMax;
    }

    public void setDaysSinceLastOrderMax(Integer daysSinceLastOrderMax) {
        this.daysSinceLastOrderMax = daysSinceLastOrderMax;
    }

    public Long getFavouriteCategoryId() {
        return favouriteCategoryId;
    }

    public void setFavouriteCategoryId(Long favouriteCategoryId) {
        this.favouriteCategoryId = favouriteCategoryId;
    }

    public LocalDate getRegisteredFrom() {
        return registeredFrom;
    }

    public void setRegisteredFrom(LocalDate registeredFrom) {
        this.registeredFrom = registeredFrom;
    }

    public LocalDate getRegisteredTo() {
        return registeredTo;
    }

    public void setRegisteredTo(LocalDate registeredTo) {
        this.registeredTo = registeredTo;
    }

    public Long getPointsMin() {
        return pointsMin;
    }

    public void setPointsMin(Long pointsMin) {
        this.pointsMin = pointsMin;
    }

    public Long getPointsMax() {
        return pointsMax;
    }

    public void setPointsMax(Long pointsMax) {
        this.pointsMax = pointsMax;
    }
}
