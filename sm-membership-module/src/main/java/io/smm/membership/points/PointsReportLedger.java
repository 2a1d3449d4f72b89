package io.smm.membership.points;

import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.utc;
import static io.smm.membership.sql.NativeRows.whole;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

/**
 * The points reports' queries, in SQL on the host's entity manager (inside the caller's transaction), counted and
 * summed by the database over the lots, their moves and the entries' times (docs/points.md, "Reports"); nothing
 * here loads more than one bounded page or one row per group.
 */
class PointsReportLedger {

    private static final String LOT = "{h-schema}SMM_POINTS_LOT";
    private static final String MOVE = "{h-schema}SMM_POINTS_LOT_MOVE";
    private static final String ENTRY = "{h-schema}SMM_POINTS_ENTRY";
    private static final String ACCOUNT = "{h-schema}SMM_POINTS_ACCOUNT";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The points of each month of the report, usable and pending, in one pass over the store's lot moves recorded
     * before the last month's end and before their lot expired: each group of moves says the month it starts to
     * count in, the month its lot's expiry stops it, and, for points recorded before their lot became usable, the
     * month they stop being pending ({@code -1} for points recorded usable).
     */
    Liability liability(String storeCode, LiabilityMonths months) {
        List<Instant> ends = months.ends();
        String pendingUntil = "case when l.USABLE_AT < l.EXPIRES_AT then l.USABLE_AT else l.EXPIRES_AT end";
        // the month columns are named in a derived table: PostgreSQL groups by a parameter only by its name
        Query query = entityManager.createNativeQuery("select t.FROM_MONTH, t.EXPIRED_MONTH, t.USABLE_MONTH,"
                + " sum(t.POINTS) from (select " + monthOf("e.RECORDED_AT", "<", ends.size()) + " as FROM_MONTH, "
                + monthOf("l.EXPIRES_AT", "<=", ends.size()) + " as EXPIRED_MONTH, case when e.RECORDED_AT < "
                + pendingUntil + " then " + monthOf(pendingUntil, "<=", ends.size()) + " else -1 end as USABLE_MONTH,"
                + " m.POINTS as POINTS from " + MOVE + " m join " + LOT + " l on l.ID = m.LOT_ID join " + ENTRY
                + " e on e.ID = m.ENTRY_ID where l.STORE_CODE = :store and e.RECORDED_AT < l.EXPIRES_AT"
                + " and e.RECORDED_AT < :last) t group by t.FROM_MONTH, t.EXPIRED_MONTH, t.USABLE_MONTH")
                .setParameter("store", storeCode).setParameter("last", utc(ends.get(ends.size() - 1)));
        for (int i = 0; i < ends.size(); i++) {
            query.setParameter("end" + i, utc(ends.get(i)));
        }
        Liability liability = new Liability(ends.size());
        for (Object[] row : rows(query)) {
            liability.add(number(row[0]), number(row[1]), number(row[2]), whole(row[3]));
        }
        return liability;
    }

    /**
     * Up to {@code limit} customers with usable points expiring in {@code (now, until]}: customer id, points,
     * earliest expiry, ordered by earliest expiry then customer, after the given key.
     */
    List<Object[]> expiring(String storeCode, Instant now, Instant until, Instant afterExpiry, long afterCustomer,
            int limit) {
        return rows(entityManager.createNativeQuery("select a.CUSTOMER_ID, sum(l.REMAINING), min(l.EXPIRES_AT)"
                + " from " + LOT + " l join " + ACCOUNT + " a on a.ID = l.ACCOUNT_ID where l.STORE_CODE = :store"
                + " and l.REMAINING > 0 and l.USABLE_AT <= :now and l.EXPIRES_AT > :now and l.EXPIRES_AT <= :until"
                + " group by a.CUSTOMER_ID having min(l.EXPIRES_AT) > :afterExpiry or (min(l.EXPIRES_AT) ="
                + " :afterExpiry and a.CUSTOMER_ID > :afterCustomer) order by min(l.EXPIRES_AT), a.CUSTOMER_ID")
                .setParameter("store", storeCode).setParameter("now", utc(now)).setParameter("until", utc(until))
                .setParameter("afterExpiry", utc(afterExpiry)).setParameter("afterCustomer", afterCustomer)
                .setMaxResults(limit));
    }

    /**
     * The index of the first month whose end ({@code :end<i>}) the column is {@code comparison} to, the number of
     * months when none.
     */
    private static String monthOf(String column, String comparison, int months) {
        StringBuilder cases = new StringBuilder("case");
        for (int i = 0; i < months; i++) {
            cases.append(" when ").append(column).append(' ').append(comparison).append(" :end").append(i)
                    .append(" then ").append(i);
        }
        return cases.append(" else ").append(months).append(" end").toString();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** Each month's outstanding and pending points, from the groups of moves of {@link #liability}. */
    static final class Liability {

        private final long[] starts;
        private final long[] expired;
        private final long[] pendingStarts;
        private final long[] madeUsable;

        Liability(int months) {
            starts = new long[months + 1];
            expired = new long[months + 1];
            pendingStarts = new long[months + 1];
            madeUsable = new long[months + 1];
        }

        /**
         * Points that count from month {@code from} until their lot expires in month {@code expiredIn}, pending
         * until month {@code usableIn} ({@code -1}: usable when recorded); a month index of the number of months
         * is after the report.
         */
        void add(int from, int expiredIn, int usableIn, long points) {
            starts[from] += points;
            expired[expiredIn] += points;
            if (usableIn >= 0) {
                pendingStarts[from] += points;
                madeUsable[usableIn] += points;
            }
        }

        /** Each month's outstanding points, usable and pending. */
        long[] outstanding() {
            return runningSum(starts, expired);
        }

        /** Each month's pending points. */
        long[] pending() {
            return runningSum(pendingStarts, madeUsable);
        }

        /** The running sum of what starts to count minus what stops counting, month by month. */
        private static long[] runningSum(long[] starts, long[] stops) {
            long[] counted = new long[starts.length - 1];
            long sum = 0;
            for (int i = 0; i < counted.length; i++) {
                sum += starts[i] - stops[i];
                counted[i] = sum;
            }
            return counted;
        }
    }
}
