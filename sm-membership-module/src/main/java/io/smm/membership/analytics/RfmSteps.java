package io.smm.membership.analytics;

import static io.smm.membership.sql.NativeRows.instant;
import static io.smm.membership.sql.NativeRows.scroll;
import static io.smm.membership.sql.NativeRows.unmappedWrite;
import static io.smm.membership.sql.NativeRows.utc;
import static io.smm.membership.sql.NativeRows.whole;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.access.ProductCategoryLookup;
import io.smm.membership.dashboard.MemberRoll;
import io.smm.membership.orders.PaidOrders;
import io.smm.membership.sql.NativeRows;

/** The transactions of an RFM run: its row, reading the figures set-based, one chunk of score rows each, its end. */
class RfmSteps {

    static final int CHUNK = 2_000;
    /** The failure of a run whose node stopped before it finished. */
    static final String ABANDONED = "abandoned: its node stopped before the run finished";
    private static final int SCALE = 4;
    private static final RfmSegment[] SEGMENTS = RfmSegment.values();
    private static final String FIGURES = "REGISTERED_AT = ?, LIFETIME_ORDERS = ?, LIFETIME_SPEND = ?,"
            + " WINDOW_ORDERS = ?, WINDOW_SPEND = ?, LAST_ORDER_AT = ?, R_SCORE = ?, F_SCORE = ?, M_SCORE = ?,"
            + " RUN_ID = ?, SCORED_AT = ?, FAVOURITE_CATEGORY_ID = ?";

    private final MemberRoll roll;
    private final ProductCategoryLookup categories;

    @PersistenceContext
    private EntityManager entityManager;

    RfmSteps(MemberRoll roll, ProductCategoryLookup categories) {
        this.roll = roll;
        this.categories = categories;
    }

    @Transactional
    public long start(String storeCode, String triggeredBy, Instant now) {
        unmappedWrite(entityManager, "insert into {h-schema}SMM_RFM_RUN (STORE_CODE, TRIGGERED_BY, STATUS,"
                + " STARTED_AT, MEMBERS, SCORED, MOVED) values (:store, :by, 'RUNNING', :now, 0, 0, 0)")
                .setParameter("store", storeCode).setParameter("by", triggeredBy).setParameter("now", utc(now))
                .executeUpdate();
        return whole(entityManager.createNativeQuery("select max(ID) from {h-schema}SMM_RFM_RUN where STORE_CODE"
                + " = :store").setParameter("store", storeCode).getSingleResult());
    }

    /** The store's customers with their paid orders since {@code windowStart} and the segment each had. */
    @Transactional(readOnly = true)
    public RfmFigures figures(String storeCode, Instant windowStart) {
        RfmFigures figures = customers(storeCode);
        scroll(entityManager.createNativeQuery("select p.CUSTOMER_ID, count(*) as LIFETIME_ORDERS,"
                + " sum(p.NET) as LIFETIME_SPEND,"
                + " sum(case when p.PLACED_AT >= :start then 1 else 0 end) as WINDOW_ORDERS,"
                + " sum(case when p.PLACED_AT >= :start then p.NET else 0 end) as WINDOW_SPEND,"
                + " max(p.PLACED_AT) as LAST_ORDER_AT"
                + " from (select o.CUSTOMER_ID, o.PLACED_AT, " + PaidOrders.NET_OF_REFUNDS + " as NET"
                + " from {h-schema}SMM_SPEND_ORDER o" + PaidOrders.REFUNDS
                + " where o.STORE_CODE = :store and o.STATUS not in (:unpaid)) p"
                + " where p.NET > 0 group by p.CUSTOMER_ID").setParameter("store", storeCode)
                .setParameter("unpaid", PaidOrders.UNPAID_STATUSES).setParameter("start", utc(windowStart)), row -> {
                    int i = figures.indexOf(whole(row[0]));
                    if (i >= 0) {
                        figures.lifetimeOrders[i] = (int) whole(row[1]);
                        figures.lifetimeSpend[i] = units(row[2]);
                        figures.windowOrders[i] = (int) whole(row[3]);
                        figures.windowSpend[i] = units(row[4]);
                        figures.lastOrderAt[i] = instant(row[5]).toEpochMilli();
                    }
                });
        favouriteCategories(storeCode, windowStart, figures);
        scroll(entityManager.createNativeQuery("select CUSTOMER_ID, SEGMENT from {h-schema}SMM_MEMBER_SCORE"
                + " where STORE_CODE = :store").setParameter("store", storeCode), row -> {
                    int i = figures.indexOf(whole(row[0]));
                    if (i >= 0) {
                        figures.before[i] = row[1] == null ? RfmFigures.UNSCORED
                                : (byte) RfmSegment.valueOf((String) row[1]).ordinal();
                    }
                });
        return figures;
    }

    /**
     * Each member's favourite category over the lines (final price × quantity) of their paid orders in the window;
     * refunds are not spread over the lines.
     */
    private void favouriteCategories(String storeCode, Instant windowStart, RfmFigures figures) {
        String lines = " from {h-schema}SMM_SPEND_ORDER o" + PaidOrders.REFUNDS
                + " join {h-schema}SMM_ORDER_LINE_PRICE l on l.STORE_CODE = o.STORE_CODE and l.ORDER_ID = o.ORDER_ID"
                + " where o.STORE_CODE = :store and o.STATUS not in (:unpaid) and o.PLACED_AT >= :start and "
                + PaidOrders.NET_OF_REFUNDS + " > 0";
        List<Long> products = new ArrayList<>();
        scroll(paidLines(entityManager.createNativeQuery("select distinct l.PRODUCT_ID" + lines), storeCode,
                windowStart), row -> products.add(whole(row[0])));
        Map<Long, Set<Long>> productCategories = new HashMap<>();
        for (int from = 0; from < products.size(); from += CHUNK) {
            productCategories.putAll(categories.categoriesOf(products.subList(from,
                    Math.min(products.size(), from + CHUNK))));
        }
        FavouriteCategories favourites = new FavouriteCategories(figures);
        scroll(paidLines(entityManager.createNativeQuery("select o.CUSTOMER_ID, l.PRODUCT_ID,"
                + " sum(l.FINAL_PRICE * l.QUANTITY)" + lines + " group by o.CUSTOMER_ID, l.PRODUCT_ID"
                + " order by o.CUSTOMER_ID"), storeCode, windowStart), row -> favourites.add(whole(row[0]),
                        productCategories.getOrDefault(whole(row[1]), Set.of()), units(row[2])));
        favourites.finish();
    }

    private static Query paidLines(Query query, String storeCode, Instant windowStart) {
        return query.setParameter("store", storeCode).setParameter("unpaid", PaidOrders.UNPAID_STATUSES)
                .setParameter("start", utc(windowStart));
    }

    /** Writes the score rows of members {@code from} to {@code to} (excluded): how many changed segment. */
    @Transactional
    public int write(String storeCode, long runId, RfmFigures figures, int from, int to, Instant now) {
        int[] moved = { 0 };
        Timestamp at = utc(now);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table("SMM_MEMBER_SCORE")
                    + " (REGISTERED_AT, LIFETIME_ORDERS, LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, LAST_ORDER_AT,"
                    + " R_SCORE, F_SCORE, M_SCORE, RUN_ID, SCORED_AT, FAVOURITE_CATEGORY_ID, SEGMENT, PREVIOUS_SEGMENT,"
                    + " SEGMENT_SINCE, STORE_CODE, CUSTOMER_ID) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)");
                    PreparedStatement same = connection.prepareStatement("update " + table("SMM_MEMBER_SCORE")
                            + " set " + FIGURES + " where STORE_CODE = ? and CUSTOMER_ID = ?");
                    PreparedStatement changed = connection.prepareStatement("update " + table("SMM_MEMBER_SCORE")
                            + " set " + FIGURES + ", SEGMENT = ?, PREVIOUS_SEGMENT = ?, SEGMENT_SINCE = ?"
                            + " where STORE_CODE = ? and CUSTOMER_ID = ?");
                    PreparedStatement move = connection.prepareStatement("insert into " + table("SMM_SEGMENT_MOVE")
                            + " (STORE_CODE, CUSTOMER_ID, RUN_ID, FROM_SEGMENT, TO_SEGMENT, MOVED_AT)"
                            + " values (?, ?, ?, ?, ?, ?)")) {
                for (int i = from; i < to; i++) {
                    byte before = figures.before[i];
                    byte after = figures.segment[i];
                    boolean seen = before != RfmFigures.UNSEEN;
                    byte was = seen ? before : RfmFigures.UNSCORED;
                    PreparedStatement statement = !seen ? insert : was == after ? same : changed;
                    int next = bindFigures(statement, figures, i, runId, at);
                    if (statement != same) {
                        statement.setString(next++, code(after));
                        statement.setString(next++, code(was));
                        statement.setTimestamp(next++, after == RfmFigures.UNSCORED && !seen ? null : at);
                    }
                    statement.setString(next++, storeCode);
                    statement.setLong(next, figures.ids[i]);
                    statement.addBatch();
                    if (was != after) {
                        moved[0]++;
                        move.setString(1, storeCode);
                        move.setLong(2, figures.ids[i]);
                        move.setLong(3, runId);
                        move.setString(4, code(was));
                        move.setString(5, code(after));
                        move.setTimestamp(6, at);
                        move.addBatch();
                    }
                }
                for (PreparedStatement statement : Arrays.asList(insert, same, changed, move)) {
                    statement.executeBatch();
                }
            }
        });
        return moved[0];
    }

    /** Drops the rows of customers the store no longer has, and records the run's end. */
    @Transactional
    public void finish(String storeCode, long runId, int members, int scored, int moved, Instant now) {
        unmappedWrite(entityManager, "delete from {h-schema}SMM_MEMBER_SCORE where STORE_CODE = :store"
                + " and RUN_ID <> :run").setParameter("store", storeCode).setParameter("run", runId).executeUpdate();
        unmappedWrite(entityManager, "update {h-schema}SMM_RFM_RUN set STATUS = 'DONE', FINISHED_AT = :now,"
                + " MEMBERS = :members, SCORED = :scored, MOVED = :moved where ID = :run").setParameter("now",
                utc(now)).setParameter("members", members).setParameter("scored", scored)
                .setParameter("moved", moved).setParameter("run", runId).executeUpdate();
    }

    @Transactional
    public void fail(long runId, String failure, Instant now) {
        unmappedWrite(entityManager, "update {h-schema}SMM_RFM_RUN set STATUS = 'FAILED', FINISHED_AT = :now,"
                + " FAILURE = :failure where ID = :run").setParameter("now", utc(now))
                .setParameter("failure", failure.length() > 200 ? failure.substring(0, 200) : failure)
                .setParameter("run", runId).executeUpdate();
    }

    /** Marks failed, as {@link #ABANDONED}, every run still {@code RUNNING}; answers how many. */
    @Transactional
    public int abandonUnfinished(Instant now) {
        return unmappedWrite(entityManager, "update {h-schema}SMM_RFM_RUN set STATUS = 'FAILED', FINISHED_AT ="
                + " :now, FAILURE = :failure where STATUS = 'RUNNING'").setParameter("now", utc(now))
                .setParameter("failure", ABANDONED).executeUpdate();
    }

    /** The stores whose customers ordered or were scored: those a nightly run scores. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<String> stores() {
        return entityManager.createNativeQuery("select distinct STORE_CODE from {h-schema}SMM_SPEND_ORDER union"
                + " select distinct STORE_CODE from {h-schema}SMM_MEMBER_SCORE").getResultList();
    }

    private RfmFigures customers(String storeCode) {
        long[] ids = new long[1024];
        long[] registered = new long[1024];
        int n = 0;
        for (List<Object[]> page = roll.registrations(storeCode, 0, CHUNK); !page.isEmpty();
                page = roll.registrations(storeCode, ids[n - 1], CHUNK)) {
            if (n + page.size() > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, n + page.size()));
                registered = Arrays.copyOf(registered, ids.length);
            }
            for (Object[] customer : page) {
                ids[n] = (Long) customer[0];
                registered[n++] = customer[1] == null ? RfmFigures.NONE : ((Date) customer[1]).getTime();
            }
            entityManager.clear();
        }
        return new RfmFigures(Arrays.copyOf(ids, n), Arrays.copyOf(registered, n));
    }

    private static int bindFigures(PreparedStatement statement, RfmFigures figures, int i, long runId,
            Timestamp at) throws SQLException {
        statement.setTimestamp(1, timestamp(figures.registeredAt[i]));
        statement.setInt(2, figures.lifetimeOrders[i]);
        statement.setBigDecimal(3, BigDecimal.valueOf(figures.lifetimeSpend[i], SCALE));
        statement.setInt(4, figures.windowOrders[i]);
        statement.setBigDecimal(5, BigDecimal.valueOf(figures.windowSpend[i], SCALE));
        statement.setTimestamp(6, timestamp(figures.lastOrderAt[i]));
        boolean scored = figures.segment[i] != RfmFigures.UNSCORED;
        for (int k = 0; k < 3; k++) {
            byte score = (k == 0 ? figures.recency : k == 1 ? figures.frequency : figures.monetary)[i];
            if (scored) {
                statement.setInt(7 + k, score);
            } else {
                statement.setNull(7 + k, Types.INTEGER);
            }
        }
        statement.setLong(10, runId);
        statement.setTimestamp(11, at);
        if (figures.favouriteCategory[i] == RfmFigures.NONE) {
            statement.setNull(12, Types.BIGINT);
        } else {
            statement.setLong(12, figures.favouriteCategory[i]);
        }
        return 13;
    }

    private static Timestamp timestamp(long epochMilli) {
        return epochMilli == RfmFigures.NONE ? null : utc(Instant.ofEpochMilli(epochMilli));
    }

    private static String code(byte segment) {
        return segment < 0 ? null : SEGMENTS[segment].name();
    }

    private static long units(Object amount) {
        return ((BigDecimal) amount).movePointRight(SCALE).longValue();
    }

    private String table(String name) {
        return NativeRows.table(entityManager, name);
    }
}
