package io.smm.membership.dashboard;

import static io.smm.membership.sql.NativeRows.instant;
import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.scroll;
import static io.smm.membership.sql.NativeRows.unmappedWrite;
import static io.smm.membership.sql.NativeRows.utc;
import static io.smm.membership.sql.NativeRows.whole;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.orders.PaidOrders;
import io.smm.membership.sql.NativeRows;

/**
 * The tables behind {@link OrderSpans} (changeset 0044): the members whose orders changed ({@link OrderSpanChanges}),
 * the paid orders and tier each member was last counted with, and the store's span counts. Every write to a store's
 * counts first takes the store's state row, so that two nodes never count the same change twice.
 */
class OrderSpanStore {

    private static final int BATCH = 2_000;
    private static final String PAID = " from {h-schema}SMM_SPEND_ORDER o where o.STORE_CODE = :store"
            + " and o.STATUS not in (:unpaid) and " + PaidOrders.NET + " > 0";

    @PersistenceContext
    private EntityManager entityManager;

    /** The zone the store's days were counted in; none before its first count. */
    @Transactional(readOnly = true)
    public Optional<ZoneId> zoneOf(String storeCode) {
        return rows(entityManager.createNativeQuery("select ZONE_ID from {h-schema}SMM_SPAN_STATE"
                + " where STORE_CODE = :store").setParameter("store", storeCode)).stream()
                .map(row -> ZoneId.of((String) row[0])).findFirst();
    }

    /** The stores with recorded orders. */
    @Transactional(readOnly = true)
    public List<String> stores() {
        List<String> stores = new ArrayList<>();
        rows(entityManager.createNativeQuery("select distinct STORE_CODE from {h-schema}SMM_SPEND_ORDER"))
                .forEach(row -> stores.add((String) row[0]));
        return stores;
    }

    /** The oldest changes not yet counted, at most {@code limit}: rows of id, store and customer. */
    @Transactional(readOnly = true)
    public List<Object[]> changes(int limit) {
        return rows(entityManager.createNativeQuery("select ID, STORE_CODE, CUSTOMER_ID from"
                + " {h-schema}SMM_SPAN_CHANGE order by ID").setMaxResults(limit));
    }

    /** The store's counted members whose tier is not the one their orders were counted in, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Long> movedMembers(String storeCode, long defaultTierId, int limit) {
        List<Long> moved = new ArrayList<>();
        rows(entityManager.createNativeQuery("select m.CUSTOMER_ID from {h-schema}SMM_SPAN_MEMBER m"
                + CurrentTier.of("m") + " where m.STORE_CODE = :store and " + CurrentTier.ID + " <> m.TIER_ID"
                + " order by m.CUSTOMER_ID").setParameter("store", storeCode)
                .setParameter("defaultTier", defaultTierId).setMaxResults(limit))
                .forEach(row -> moved.add(whole(row[0])));
        return moved;
    }

    /**
     * Counts the store afresh in {@code zone}: its paid orders, its members' tiers and every span; forgets the changes
     * {@code changeIds}, which the fresh count includes.
     */
    @Transactional
    public void rebuild(String storeCode, long defaultTierId, ZoneId zone, Collection<Long> changeIds, Instant now) {
        lock(storeCode, zone, now);
        for (String table : List.of("SMM_ORDER_SPAN", "SMM_SPAN_ORDER", "SMM_SPAN_MEMBER")) {
            unmappedWrite(entityManager, "delete from {h-schema}" + table + " where STORE_CODE = :store")
                    .setParameter("store", storeCode).executeUpdate();
        }
        paid(unmappedWrite(entityManager, "insert into {h-schema}SMM_SPAN_ORDER (STORE_CODE, ORDER_ID,"
                + " CUSTOMER_ID, PLACED_AT, NET) select o.STORE_CODE, o.ORDER_ID, o.CUSTOMER_ID, o.PLACED_AT, "
                + PaidOrders.NET_OF_REFUNDS + " from {h-schema}SMM_SPEND_ORDER o" + PaidOrders.REFUNDS
                + " where o.STORE_CODE = :store and o.STATUS not in (:unpaid) and " + PaidOrders.NET_OF_REFUNDS
                + " > 0"), storeCode).executeUpdate();
        unmappedWrite(entityManager, "insert into {h-schema}SMM_SPAN_MEMBER (STORE_CODE, CUSTOMER_ID, TIER_ID)"
                + " select p.STORE_CODE, p.CUSTOMER_ID, " + CurrentTier.ID + " from (select distinct STORE_CODE,"
                + " CUSTOMER_ID from {h-schema}SMM_SPAN_ORDER where STORE_CODE = :store) p" + CurrentTier.of("p"))
                .setParameter("store", storeCode).setParameter("defaultTier", defaultTierId).executeUpdate();
        OrderSpans spans = new OrderSpans(zone);
        MemberOrders member = new MemberOrders();
        scroll(entityManager.createNativeQuery("select p.CUSTOMER_ID, m.TIER_ID, p.PLACED_AT, p.NET"
                + " from {h-schema}SMM_SPAN_ORDER p join {h-schema}SMM_SPAN_MEMBER m on m.STORE_CODE = p.STORE_CODE"
                + " and m.CUSTOMER_ID = p.CUSTOMER_ID where p.STORE_CODE = :store"
                + " order by p.CUSTOMER_ID, p.PLACED_AT, p.ORDER_ID").setParameter("store", storeCode), row -> {
                    long customerId = whole(row[0]);
                    if (member.customerId != customerId) {
                        member.addTo(spans, 1);
                        member.start(customerId, whole(row[1]));
                    }
                    member.add(instant(row[2]), (BigDecimal) row[3]);
                });
        member.addTo(spans, 1);
        write(storeCode, spans, true);
        forget(changeIds);
    }

    /**
     * Counts again the store's members {@code customerIds}: takes away what their paid orders added when last
     * counted and adds what they add now, in their tier now; then forgets the changes {@code changeIds}.
     */
    @Transactional
    public void recount(String storeCode, long defaultTierId, ZoneId zone, Collection<Long> customerIds,
            Collection<Long> changeIds, Instant now) {
        lock(storeCode, zone, now);
        OrderSpans spans = new OrderSpans(zone);
        Map<Long, Long> tiersThen = new HashMap<>();
        rows(entityManager.createNativeQuery("select CUSTOMER_ID, TIER_ID from {h-schema}SMM_SPAN_MEMBER"
                + " where STORE_CODE = :store and CUSTOMER_ID in (:customers)").setParameter("store", storeCode)
                .setParameter("customers", customerIds)).forEach(row -> tiersThen.put(whole(row[0]), whole(row[1])));
        addEach(spans, -1, tiersThen, entityManager.createNativeQuery("select CUSTOMER_ID, PLACED_AT, NET, ORDER_ID"
                + " from {h-schema}SMM_SPAN_ORDER where STORE_CODE = :store and CUSTOMER_ID in (:customers)"
                + " order by CUSTOMER_ID, PLACED_AT, ORDER_ID").setParameter("store", storeCode)
                .setParameter("customers", customerIds));
        Map<Long, Long> tiersNow = tiersNow(customerIds, defaultTierId);
        List<Object[]> paid = addEach(spans, 1, tiersNow, paid(entityManager.createNativeQuery("select"
                + " o.CUSTOMER_ID, o.PLACED_AT, " + PaidOrders.NET + ", o.ORDER_ID" + PAID
                + " and o.CUSTOMER_ID in (:customers) order by o.CUSTOMER_ID, o.PLACED_AT, o.ORDER_ID"), storeCode)
                .setParameter("customers", customerIds));
        write(storeCode, spans, false);
        keepCounted(storeCode, customerIds, paid, tiersNow);
        forget(changeIds);
        unmappedWrite(entityManager, "delete from {h-schema}SMM_ORDER_SPAN where STORE_CODE = :store"
                + " and SPANS = 0 and NET = 0").setParameter("store", storeCode).executeUpdate();
    }

    /** The members' tiers now, as {@link CurrentTier} takes them, for members read by id. */
    private Map<Long, Long> tiersNow(Collection<Long> customerIds, long defaultTierId) {
        Map<Long, Long> tiers = new HashMap<>();
        customerIds.forEach(customerId -> tiers.put(customerId, defaultTierId));
        rows(entityManager.createNativeQuery("select CUSTOMER_ID, GROUP_ID from {h-schema}SMM_MEMBERSHIP"
                + " where TIER_SLOT = 1 and CUSTOMER_ID in (:customers)").setParameter("customers", customerIds))
                .forEach(row -> tiers.put(whole(row[0]), whole(row[1])));
        return tiers;
    }

    /** Keeps the members' paid orders (rows of customer, placed at, net, order id) and tiers as now counted. */
    private void keepCounted(String storeCode, Collection<Long> customerIds, List<Object[]> paid,
            Map<Long, Long> tiers) {
        for (String table : List.of("SMM_SPAN_ORDER", "SMM_SPAN_MEMBER")) {
            unmappedWrite(entityManager, "delete from {h-schema}" + table + " where STORE_CODE = :store"
                    + " and CUSTOMER_ID in (:customers)").setParameter("store", storeCode)
                    .setParameter("customers", customerIds).executeUpdate();
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement order = connection.prepareStatement("insert into " + table("SMM_SPAN_ORDER")
                    + " (STORE_CODE, CUSTOMER_ID, PLACED_AT, NET, ORDER_ID) values (?, ?, ?, ?, ?)");
                    PreparedStatement member = connection.prepareStatement("insert into "
                            + table("SMM_SPAN_MEMBER") + " (STORE_CODE, CUSTOMER_ID, TIER_ID) values (?, ?, ?)")) {
                Long last = null;
                for (Object[] row : paid) {
                    long customerId = whole(row[0]);
                    order.setString(1, storeCode);
                    order.setLong(2, customerId);
                    order.setTimestamp(3, utc(instant(row[1])));
                    order.setBigDecimal(4, (BigDecimal) row[2]);
                    order.setLong(5, whole(row[3]));
                    order.addBatch();
                    if (!Long.valueOf(customerId).equals(last)) {
                        member.setString(1, storeCode);
                        member.setLong(2, customerId);
                        member.setLong(3, tiers.get(customerId));
                        member.addBatch();
                        last = customerId;
                    }
                }
                order.executeBatch();
                member.executeBatch();
            }
        });
    }

    /**
     * Takes the store's state row, creating it the first time (counted as of {@code now}): a second node counting
     * the same store waits here until the first one commits, then reads what it wrote.
     */
    private void lock(String storeCode, ZoneId zone, Instant now) {
        int updated = unmappedWrite(entityManager, "update {h-schema}SMM_SPAN_STATE set ZONE_ID = :zone"
                + " where STORE_CODE = :store").setParameter("zone", zone.getId()).setParameter("store", storeCode)
                .executeUpdate();
        if (updated == 0) {
            unmappedWrite(entityManager, "insert into {h-schema}SMM_SPAN_STATE (STORE_CODE, ZONE_ID, REFRESHED_AT)"
                    + " values (:store, :zone, :now)").setParameter("zone", zone.getId()).setParameter("now", utc(now))
                    .setParameter("store", storeCode).executeUpdate();
        }
    }

    /** Records that every change of the store's orders noted before {@code at} is counted. */
    @Transactional
    public void countedUpTo(String storeCode, Instant at) {
        unmappedWrite(entityManager, "update {h-schema}SMM_SPAN_STATE set REFRESHED_AT = :at"
                + " where STORE_CODE = :store").setParameter("at", utc(at)).setParameter("store", storeCode)
                .executeUpdate();
    }

    /** Adds each customer's rows (customer, placed at, net, ...; by customer, then as placed) in their tier. */
    private static List<Object[]> addEach(OrderSpans spans, int sign, Map<Long, Long> tiers, Query query) {
        List<Object[]> rows = rows(query);
        MemberOrders member = new MemberOrders();
        for (Object[] row : rows) {
            long customerId = whole(row[0]);
            if (member.customerId != customerId) {
                member.addTo(spans, sign);
                member.start(customerId, tiers.get(customerId));
            }
            member.add(instant(row[1]), (BigDecimal) row[2]);
        }
        member.addTo(spans, sign);
        return rows;
    }

    /** Adds the spans to the store's counts: to each row's count and amount, or as a new row; all new when fresh. */
    private void write(String storeCode, OrderSpans spans, boolean fresh) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            String key = " where STORE_CODE = ? and GAP = ? and FIRST_DAY = ? and LAST_DAY = ? and TIER_ID = ?";
            try (PreparedStatement update = connection.prepareStatement("update " + table("SMM_ORDER_SPAN")
                    + " set SPANS = SPANS + ?, NET = NET + ?" + key);
                    PreparedStatement insert = connection.prepareStatement("insert into " + table("SMM_ORDER_SPAN")
                            + " (SPANS, NET, STORE_CODE, GAP, FIRST_DAY, LAST_DAY, TIER_ID)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")) {
                List<OrderSpans.Key> keys = new ArrayList<>();
                List<OrderSpans.Tally> tallies = new ArrayList<>();
                spans.forEach((span, tally) -> {
                    keys.add(span);
                    tallies.add(tally);
                });
                int batched = 0;
                for (int i = 0; i < keys.size(); i++) {
                    if (!fresh) {
                        bind(update, storeCode, keys.get(i), tallies.get(i));
                    }
                    if (fresh || update.executeUpdate() == 0) {
                        bind(insert, storeCode, keys.get(i), tallies.get(i));
                        insert.addBatch();
                        if (++batched % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement statement, String storeCode, OrderSpans.Key span,
            OrderSpans.Tally tally) throws SQLException {
        statement.setLong(1, tally.spans);
        statement.setBigDecimal(2, tally.net);
        statement.setString(3, storeCode);
        statement.setInt(4, span.gap);
        statement.setDate(5, Date.valueOf(span.first));
        statement.setDate(6, Date.valueOf(span.last));
        statement.setLong(7, span.tierId);
    }

    private void forget(Collection<Long> changeIds) {
        if (!changeIds.isEmpty()) {
            unmappedWrite(entityManager, "delete from {h-schema}SMM_SPAN_CHANGE where ID in (:ids)")
                    .setParameter("ids", changeIds).executeUpdate();
        }
    }

    private static Query paid(Query query, String storeCode) {
        return query.setParameter("store", storeCode).setParameter("unpaid", PaidOrders.UNPAID_STATUSES);
    }

    private String table(String name) {
        return NativeRows.table(entityManager, name);
    }

    /** One member's paid orders as they are read, earliest first. */
    private static final class MemberOrders {

        long customerId = Long.MIN_VALUE;
        long tierId;
        final List<Instant> placed = new ArrayList<>();
        final List<BigDecimal> nets = new ArrayList<>();

        void start(long customer, long tier) {
            customerId = customer;
            tierId = tier;
            placed.clear();
            nets.clear();
        }

        void add(Instant at, BigDecimal net) {
            placed.add(at);
            nets.add(net);
        }

        void addTo(OrderSpans spans, int sign) {
            spans.add(tierId, placed, nets, sign);
        }
    }
}
