package io.smm.membership.profile;

import static io.smm.membership.sql.NativeRows.instant;
import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.utc;
import static io.smm.membership.sql.NativeRows.whole;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

import io.smm.membership.orders.PaidOrders;

/**
 * One member's figures in SQL on the host's entity manager, for what no feature's public service answers: their
 * paid orders net of refunds (docs/analytics-member.md), their RFM row and segment moves, the coupons held and used,
 * who invited them, and the commissions of their affiliate account and of their orders. The tables belong to their
 * features; these queries only read them.
 */
class ProfileQueries {

    private static final String PAID = "(select o.ORDER_ID, o.PLACED_AT, " + PaidOrders.NET + " as NET"
            + " from {h-schema}SMM_SPEND_ORDER o where o.STORE_CODE = :store and o.CUSTOMER_ID = :customer"
            + " and o.STATUS not in (:unpaid)) p where p.NET > 0";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The member's paid orders: lifetime orders and spend, then orders and spend placed at or after
     * {@code windowStart}; spends unrounded, as stored.
     */
    Object[] spend(String storeCode, long customerId, Instant windowStart) {
        return rows(paid("select count(*) as LIFETIME_ORDERS, coalesce(sum(p.NET), 0) as LIFETIME_SPEND,"
                + " coalesce(sum(case when p.PLACED_AT >= :start then 1 else 0 end), 0) as WINDOW_ORDERS,"
                + " coalesce(sum(case when p.PLACED_AT >= :start then p.NET else 0 end), 0) as WINDOW_SPEND"
                + " from " + PAID, storeCode, customerId).setParameter("start", utc(windowStart))).get(0);
    }

    /** The member's last paid order: its id and when it was placed. */
    Optional<Object[]> lastOrder(String storeCode, long customerId) {
        return rows(paid("select p.ORDER_ID, p.PLACED_AT from " + PAID + " order by p.PLACED_AT desc, p.ORDER_ID desc",
                storeCode, customerId).setMaxResults(1)).stream().findFirst();
    }

    /** The member's RFM row: R, F, M, segment, previous segment, segment since, scored at. */
    Optional<Object[]> score(String storeCode, long customerId) {
        return rows(member("select R_SCORE, F_SCORE, M_SCORE, SEGMENT, PREVIOUS_SEGMENT, SEGMENT_SINCE, SCORED_AT"
                + " from {h-schema}SMM_MEMBER_SCORE where STORE_CODE = :store and CUSTOMER_ID = :customer",
                storeCode, customerId)).stream().findFirst();
    }

    /** The member's latest segment moves, newest first: moved at, from, to. */
    List<Object[]> segmentMoves(String storeCode, long customerId, int most) {
        return rows(member("select MOVED_AT, FROM_SEGMENT, TO_SEGMENT from {h-schema}SMM_SEGMENT_MOVE"
                + " where STORE_CODE = :store and CUSTOMER_ID = :customer order by MOVED_AT desc, ID desc",
                storeCode, customerId).setMaxResults(most));
    }

    /**
     * The coupons the member holds, oldest first, each once: the codes given as rewards and the codes an offer bound
     * to them; id and source (REWARD or OFFER).
     */
    List<Object[]> heldCoupons(String storeCode, long customerId) {
        return rows(member("select c.ID, case when c.BOUND_CUSTOMER_ID = :customer then 'OFFER' else 'REWARD' end"
                + " as SOURCE from {h-schema}SMM_COUPON c where c.STORE_CODE = :store and (c.BOUND_CUSTOMER_ID"
                + " = :customer or c.CODE in (select r.COUPON_CODE from {h-schema}SMM_REWARD r"
                + " where r.STORE_CODE = :store and r.CUSTOMER_ID = :customer)) order by c.ID", storeCode,
                customerId));
    }

    /**
     * The member's latest coupon uses at checkout, newest first: order id, code, discount, currency, redeemed at,
     * given back at, given back for, coupon id.
     */
    List<Object[]> couponUses(String storeCode, long customerId, int most) {
        return rows(member("select u.ORDER_ID, c.CODE, u.DISCOUNT, u.CURRENCY, u.REDEEMED_AT, u.GIVEN_BACK_AT,"
                + " u.GIVEN_BACK_FOR, c.ID from {h-schema}SMM_COUPON_REDEMPTION u join {h-schema}SMM_COUPON c"
                + " on c.ID = u.COUPON_ID where u.STORE_CODE = :store and u.CUSTOMER_ID = :customer"
                + " and u.ORDER_ID is not null order by u.REDEEMED_AT desc, u.ID desc", storeCode, customerId)
                .setMaxResults(most));
    }

    /** Who invited the member: referrer id, state, bound at. */
    Optional<Object[]> invitedBy(String storeCode, long customerId) {
        return rows(member("select REFERRER_CUSTOMER_ID, STATE, BOUND_AT from {h-schema}SMM_REFERRAL"
                + " where STORE_CODE = :store and FRIEND_CUSTOMER_ID = :customer", storeCode, customerId))
                .stream().findFirst();
    }

    /** The affiliate's commissions over their life, the sum of their entries by state. */
    Map<String, BigDecimal> commissionsByState(String storeCode, long affiliateId) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Object[] row : rows(query("select c.STATE, sum(e.AMOUNT) from {h-schema}SMM_COMMISSION c join"
                + " {h-schema}SMM_COMMISSION_ENTRY e on e.COMMISSION_ID = c.ID where c.STORE_CODE = :store"
                + " and c.AFFILIATE_ID = :affiliate group by c.STATE order by c.STATE")
                .setParameter("store", storeCode).setParameter("affiliate", affiliateId))) {
            sums.put((String) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    /** The affiliates the member's orders were credited to: affiliate id, orders, last placed at. */
    List<Object[]> creditedTo(String storeCode, long customerId) {
        return rows(member("select AFFILIATE_ID, count(*), max(PLACED_AT) from {h-schema}SMM_COMMISSION"
                + " where STORE_CODE = :store and CUSTOMER_ID = :customer group by AFFILIATE_ID"
                + " order by max(PLACED_AT) desc", storeCode, customerId));
    }

    static Instant instantOrNull(Object value) {
        return value == null ? null : instant(value);
    }

    private Query paid(String sql, String storeCode, long customerId) {
        return member(sql, storeCode, customerId).setParameter("unpaid", PaidOrders.UNPAID_STATUSES);
    }

    private Query member(String sql, String storeCode, long customerId) {
        return query(sql).setParameter("store", storeCode).setParameter("customer", customerId);
    }

    private Query query(String sql) {
        return entityManager.createNativeQuery(sql);
    }
}
