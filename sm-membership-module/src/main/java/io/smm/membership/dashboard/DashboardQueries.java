package io.smm.membership.dashboard;

import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.utc;
import static io.smm.membership.sql.NativeRows.whole;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

import io.smm.membership.orders.PaidOrders;
import io.smm.membership.sql.NativeRows;

/**
 * The dashboard's set-based reads of our tables, native SQL. A paid order is a recorded order neither canceled nor
 * refunded whose total less its refunds is above zero; its net amount is that difference. The members behind every
 * figure are one query of (CUSTOMER_ID, TIER_ID) rows ({@link #members}); its count groups those rows by tier and its
 * list pages them, so both read the same where-clause. The panels of paid orders count from the order spans instead
 * ({@link #spans}), which a big store's panels can read in milliseconds.
 */
class DashboardQueries {

    /** A member's current tier: the tier row's group, else the store's default tier. */
    private static final String WITH_TIER = "select s.*, " + CurrentTier.ID + " TIER_ID from (%s) s"
            + CurrentTier.of("s");
    private static final String PAID = " from {h-schema}SMM_SPEND_ORDER o" + PaidOrders.REFUNDS
            + " where o.STORE_CODE = :store and o.STATUS not in (:unpaid) and " + PaidOrders.NET_OF_REFUNDS + " > 0";
    private static final String IN_PERIOD = " and o.PLACED_AT >= :start and o.PLACED_AT < :end";
    private static final String BUYERS = "select o.CUSTOMER_ID" + PAID + IN_PERIOD + " group by o.CUSTOMER_ID";
    private static final String MOVES = " from {h-schema}SMM_MEMBERSHIP_CHANGE c where c.STORE_CODE = :store"
            + " and c.CHANGE_TYPE = 'TIER_CHANGED' and c.CHANGED_AT >= :start and c.CHANGED_AT < :end";
    private static final String REDEMPTIONS = " from {h-schema}SMM_COUPON_REDEMPTION d where d.STORE_CODE = :store"
            + " and d.ORDER_ID is not null and d.GIVEN_BACK_AT is null"
            + " and d.REDEEMED_AT >= :start and d.REDEEMED_AT < :end";
    private static final String COMMISSIONS = " from {h-schema}SMM_COMMISSION k where k.STORE_CODE = :store"
            + " and k.STATE in ('PENDING', 'APPROVED', 'PAID') and k.PLACED_AT >= :start and k.PLACED_AT < :end";

    @PersistenceContext
    private EntityManager entityManager;

    /** Tier id to the number of members a figure counts in the window. */
    Map<Long, Long> countByTier(MemberSet set) {
        Query query = entityManager.createNativeQuery("select x.TIER_ID, count(*) from (" + withTier(set)
                + ") x group by x.TIER_ID");
        return rows(set.bind(query)).stream().collect(Collectors.toMap(row -> whole(row[0]), row -> whole(row[1])));
    }

    /** The number of members a figure counts in the window, whatever their tier. */
    long count(MemberSet set) {
        return whole(set.bind(entityManager.createNativeQuery("select count(*) from (" + withTier(set) + ") x"))
                .getSingleResult());
    }

    /** The ids of the members a figure counts in the window, ascending; of one tier unless {@code tierId} is null. */
    List<Long> members(MemberSet set, Long tierId, int offset, int limit) {
        Query query = entityManager.createNativeQuery("select x.CUSTOMER_ID from (" + withTier(set) + ") x"
                + (tierId == null ? "" : " where x.TIER_ID = :tier") + " order by x.CUSTOMER_ID");
        if (tierId != null) {
            query.setParameter("tier", tierId);
        }
        return rows(set.bind(query).setFirstResult(offset).setMaxResults(limit)).stream().map(row -> whole(row[0]))
                .collect(Collectors.toList());
    }

    /**
     * Per tier: the spans of paid orders ({@link OrderSpans}) from local day {@code from} to before {@code until}, of
     * gaps 0 to {@code longestGap} (each gap more reads many more rows).
     */
    Spans spans(String storeCode, LocalDate from, LocalDate until, int longestGap) {
        Spans spans = new Spans();
        List<Integer> gaps = IntStream.rangeClosed(0, longestGap).boxed().collect(Collectors.toList());
        rows(entityManager.createNativeQuery("select TIER_ID, GAP, sum(SPANS) as SPANS, sum(NET) as NET"
                + " from {h-schema}SMM_ORDER_SPAN where STORE_CODE = :store and GAP in (:gaps)"
                + " and FIRST_DAY >= :from and FIRST_DAY < :until and LAST_DAY < :until group by TIER_ID, GAP")
                .setParameter("store", storeCode).setParameter("gaps", gaps).setParameter("from", Date.valueOf(from))
                .setParameter("until", Date.valueOf(until))).forEach(row -> spans.add(whole(row[0]),
                        (int) whole(row[1]), whole(row[2]), (BigDecimal) row[3]));
        return spans;
    }

    /** When the store's order spans were last brought up to date; none before they were first counted. */
    Optional<Instant> ordersCountedAt(String storeCode) {
        return rows(entityManager.createNativeQuery("select REFRESHED_AT from {h-schema}SMM_SPAN_STATE"
                + " where STORE_CODE = :store").setParameter("store", storeCode)).stream()
                .map(row -> NativeRows.instant(row[0])).findFirst();
    }

    /** Per tier: the members whose first paid order was on a local day before {@code until}. */
    Map<Long, Long> firstOrdersBefore(String storeCode, LocalDate until) {
        return rows(entityManager.createNativeQuery("select TIER_ID, sum(SPANS) from {h-schema}SMM_ORDER_SPAN"
                + " where STORE_CODE = :store and GAP = " + OrderSpans.FIRST + " and FIRST_DAY < :until"
                + " group by TIER_ID").setParameter("store", storeCode).setParameter("until", Date.valueOf(until)))
                .stream().collect(Collectors.toMap(row -> whole(row[0]), row -> whole(row[1])));
    }

    /**
     * Tier moves in the window: rows of from code, to code and the members who made that move; a move recorded
     * without a from code (a member without a tier row) is one from {@code defaultCode}.
     */
    List<Object[]> moves(String storeCode, String defaultCode, Instant start, Instant end) {
        // grouped by the derived table's column, not the expression: PostgreSQL sees a parameter as an expression
        return rows(window(entityManager.createNativeQuery("select m.FROM_CODE, m.TO_CODE, count(distinct"
                + " m.CUSTOMER_ID) from (select coalesce(c.FROM_GROUP_CODE, :defaultCode) FROM_CODE,"
                + " c.TO_GROUP_CODE TO_CODE, c.CUSTOMER_ID" + MOVES + ") m group by m.FROM_CODE, m.TO_CODE"),
                storeCode, start, end).setParameter("defaultCode", defaultCode));
    }

    /** Coupon uses in the window not given back: their number and discount less the shares given back since. */
    Sales redemptions(String storeCode, Instant start, Instant end) {
        Object[] row = rows(window(entityManager.createNativeQuery("select count(*), coalesce(sum(d.DISCOUNT"
                + " - coalesce((select sum(f.DISCOUNT_SHARE) from {h-schema}SMM_COUPON_REFUND f"
                + " where f.REDEMPTION_ID = d.ID), 0)), 0)" + REDEMPTIONS), storeCode, start, end)).get(0);
        return new Sales(whole(row[0]), (BigDecimal) row[1]);
    }

    /** Orders placed in the window that earned a commission still owed or paid: their number and commission. */
    Sales commissions(String storeCode, Instant start, Instant end) {
        Object[] row = rows(window(entityManager.createNativeQuery("select count(*), coalesce(sum(k.AMOUNT), 0)"
                + COMMISSIONS), storeCode, start, end)).get(0);
        return new Sales(whole(row[0]), (BigDecimal) row[1]);
    }

    private static String withTier(MemberSet set) {
        return String.format(WITH_TIER, set.sql);
    }

    private static Query window(Query query, String storeCode, Instant start, Instant end) {
        return query.setParameter("store", storeCode).setParameter("start", utc(start)).setParameter("end", utc(end));
    }

    /** The (CUSTOMER_ID) rows of one figure in one window, with what they are bound to. */
    static final class MemberSet {

        private static final Map<String, Object> UNPAID = Map.of("unpaid", PaidOrders.UNPAID_STATUSES);

        private final String sql;
        private final String storeCode;
        private final long defaultTierId;
        private final Instant start;
        private final Instant end;
        private final Map<String, Object> more;

        private MemberSet(String sql, String storeCode, long defaultTierId, Instant start, Instant end,
                Map<String, Object> more) {
            this.sql = sql;
            this.storeCode = storeCode;
            this.defaultTierId = defaultTierId;
            this.start = start;
            this.end = end;
            this.more = more;
        }

        /**
         * The figure's members in {@code [start, end)}; a sleeping member has a paid order before {@code end} and
         * none from {@code sleepStart} on; a mover made the move {@code from} (null: the default tier) to {@code to}.
         */
        static MemberSet of(DashboardFigure figure, String storeCode, long defaultTierId, Instant start,
                Instant end, Instant sleepStart, String from, String to, String defaultTierCode) {
            switch (figure) {
            case ACTIVE:
                return new MemberSet(BUYERS, storeCode, defaultTierId, start, end, UNPAID);
            case REPURCHASERS:
                return new MemberSet(BUYERS + " having count(*) >= 2", storeCode, defaultTierId, start, end,
                        UNPAID);
            case SLEEPING:
                return new MemberSet("select o.CUSTOMER_ID" + PAID + " and o.PLACED_AT < :end and o.PLACED_AT >= :start"
                        + " group by o.CUSTOMER_ID having max(o.PLACED_AT) < :sleepStart", storeCode, defaultTierId,
                        Instant.EPOCH, end, Map.of("sleepStart", utc(sleepStart), "unpaid",
                                PaidOrders.UNPAID_STATUSES));
            case MOVED:
                // a move from the default tier is recorded with its code or, for a member without a tier row, none
                boolean fromDefault = from == null || from.equals(defaultTierCode);
                return new MemberSet("select distinct c.CUSTOMER_ID" + MOVES + (fromDefault
                        ? " and (c.FROM_GROUP_CODE is null or c.FROM_GROUP_CODE = :from)"
                        : " and c.FROM_GROUP_CODE = :from") + " and c.TO_GROUP_CODE = :to", storeCode, defaultTierId,
                        start, end, Map.of("from", fromDefault ? defaultTierCode : from, "to", to));
            case COUPON_USERS:
                return new MemberSet("select distinct d.CUSTOMER_ID" + REDEMPTIONS + " and d.CUSTOMER_ID is not null",
                        storeCode, defaultTierId, start, end, Map.of());
            case AFFILIATE_BUYERS:
                return new MemberSet("select distinct k.CUSTOMER_ID" + COMMISSIONS
                        + " and k.CUSTOMER_ID is not null", storeCode, defaultTierId, start, end, Map.of());
            default:
                throw new IllegalArgumentException(figure + " is counted from the host's customers");
            }
        }

        Query bind(Query query) {
            window(query, storeCode, start, end).setParameter("defaultTier", defaultTierId);
            more.forEach(query::setParameter);
            return query;
        }
    }

    /** Sums of spans per tier and gap; members are counted from them as {@link OrderSpans} says. */
    static final class Spans {

        private final Map<Long, long[]> counts = new HashMap<>();
        private final Map<Long, BigDecimal> nets = new HashMap<>();

        private void add(long tierId, int gap, long spans, BigDecimal net) {
            counts.computeIfAbsent(tierId, tier -> new long[OrderSpans.LONGEST_GAP + 1])[gap] = spans;
            if (gap == 0 && net != null) {
                nets.put(tierId, net);
            }
        }

        /** Per tier: the members with a paid order in the days; read with gaps 0 and 1. */
        Map<Long, Long> buyers() {
            return perTier(gaps -> gaps[0] - gaps[1]);
        }

        /** Per tier: the members with two or more paid orders in the days; read with gaps 0 to 2. */
        Map<Long, Long> repurchasers() {
            return perTier(gaps -> gaps[1] - gaps[2]);
        }

        /** Per tier: the paid orders placed in the days and their net amount; read with gap 0. */
        Map<Long, Sales> sales() {
            Map<Long, Sales> sales = new HashMap<>();
            counts.forEach((tier, gaps) -> sales.put(tier, new Sales(gaps[0], nets.get(tier))));
            return sales;
        }

        private Map<Long, Long> perTier(ToLongFunction<long[]> count) {
            Map<Long, Long> members = new HashMap<>();
            counts.forEach((tier, gaps) -> members.put(tier, count.applyAsLong(gaps)));
            return members;
        }
    }

    /** A number of orders or uses and their amount. */
    static final class Sales {

        final long count;
        final BigDecimal amount;

        Sales(long count, BigDecimal amount) {
            this.count = count;
            this.amount = amount == null ? BigDecimal.ZERO : amount;
        }
    }
}
