package io.smm.membership.segments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.persistence.Query;

import io.smm.membership.sql.NativeRows;

/**
 * A checked {@link SegmentDraft} as the one where-clause over {@code SMM_MEMBER_SCORE s} that counts, pages and
 * exports a segment's members, so they never disagree. A member without a tier row holds the default tier; a member
 * without a points account has 0 points; a member who never ordered matches no days-since-last-order bound.
 */
final class SegmentWhere {

    static final String SCORE = "{h-schema}SMM_MEMBER_SCORE";
    private static final String TIER_ROW = "select 1 from {h-schema}SMM_MEMBERSHIP m where m.STORE_CODE = s.STORE_CODE"
            + " and m.CUSTOMER_ID = s.CUSTOMER_ID and m.TIER_SLOT is not null";

    private final StringBuilder sql = new StringBuilder("s.STORE_CODE = :store");
    private final Map<String, Object> parameters = new HashMap<>();

    private SegmentWhere(String storeCode) {
        parameters.put("store", storeCode);
    }

    /**
     * @param tierIds the ids of the draft's tiers; {@code defaultTierChosen} whether one is the default tier
     * @param groupIds the ids of the draft's groups
     * @param today the store's date now, in {@code zone}
     */
    static SegmentWhere of(String storeCode, SegmentDraft draft, Set<Long> tierIds, boolean defaultTierChosen,
            Set<Long> groupIds, LocalDate today, ZoneId zone) {
        SegmentWhere where = new SegmentWhere(storeCode);
        if (!draft.getRfmSegments().isEmpty()) {
            where.and("s.SEGMENT in (:rfm)", "rfm", Set.copyOf(draft.getRfmSegments()));
        }
        if (!tierIds.isEmpty()) {
            where.parameters.put("tiers", tierIds);
            where.sql.append(" and (exists (").append(TIER_ROW).append(" and m.GROUP_ID in (:tiers))")
                    .append(defaultTierChosen ? " or not exists (" + TIER_ROW + "))" : ")");
        }
        if (!groupIds.isEmpty()) {
            where.and("exists (select 1 from {h-schema}SMM_MEMBERSHIP g where g.STORE_CODE = s.STORE_CODE"
                    + " and g.CUSTOMER_ID = s.CUSTOMER_ID and g.GROUP_ID in (:groups))", "groups", groupIds);
        }
        boolean lifetime = draft.figuresOrDefault() == SegmentDraft.Figures.LIFETIME;
        String spend = lifetime ? "s.LIFETIME_SPEND" : "s.WINDOW_SPEND";
        String orders = lifetime ? "s.LIFETIME_ORDERS" : "s.WINDOW_ORDERS";
        where.bound(spend + " >= :spendMin", "spendMin", draft.getSpendMin());
        where.bound(spend + " <= :spendMax", "spendMax", draft.getSpendMax());
        where.bound(orders + " >= :ordersMin", "ordersMin", draft.getOrdersMin());
        where.bound(orders + " <= :ordersMax", "ordersMax", draft.getOrdersMax());
        if (draft.getDaysSinceLastOrderMin() != null) {
            where.and("s.LAST_ORDER_AT < :lastBefore", "lastBefore",
                    startOf(today.minusDays(draft.getDaysSinceLastOrderMin() - 1L), zone));
        }
        if (draft.getDaysSinceLastOrderMax() != null) {
            where.and("s.LAST_ORDER_AT >= :lastFrom", "lastFrom",
                    startOf(today.minusDays(draft.getDaysSinceLastOrderMax()), zone));
        }
        where.bound("s.FAVOURITE_CATEGORY_ID = :category", "category", draft.getFavouriteCategoryId());
        if (draft.getRegisteredFrom() != null) {
            where.and("s.REGISTERED_AT >= :registeredFrom", "registeredFrom", startOf(draft.getRegisteredFrom(), zone));
        }
        if (draft.getRegisteredTo() != null) {
            where.and("s.REGISTERED_AT < :registeredBefore", "registeredBefore",
                    startOf(draft.getRegisteredTo().plusDays(1), zone));
        }
        String points = "coalesce((select p.BALANCE from {h-schema}SMM_POINTS_ACCOUNT p"
                + " where p.STORE_CODE = s.STORE_CODE and p.CUSTOMER_ID = s.CUSTOMER_ID), 0)";
        where.bound(points + " >= :pointsMin", "pointsMin", draft.getPointsMin());
        where.bound(points + " <= :pointsMax", "pointsMax", draft.getPointsMax());
        return where;
    }

    private static Object startOf(LocalDate day, ZoneId zone) {
        return NativeRows.utc(day.atStartOfDay(zone).toInstant());
    }

    private void bound(String condition, String name, Object value) {
        if (value != null) {
            and(condition, name, value);
        }
    }

    private void and(String condition, String name, Object value) {
        sql.append(" and ").append(condition);
        parameters.put(name, value);
    }

    /** The condition, to follow {@code where}. */
    String sql() {
        return sql.toString();
    }

    /** Sets this clause's parameters on a query whose text contains {@link #sql()}. */
    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
