package io.smm.membership.points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.hibernate.query.NativeQuery;

import io.smm.membership.time.UtcInstantConverter;

/**
 * Behind {@link MembershipPointsLotExpiries}: set-based statements and multi-row inserts, which H2, PostgreSQL and
 * MariaDB all take, so that a batch of 500 lots costs some ten statements instead of five a lot. Named for the
 * membership prefix every bean of ours carries (Spring Data names the bean after this class).
 */
class MembershipPointsLotExpiriesImpl implements MembershipPointsLotExpiries {

    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public int expireLocked(List<Long> lotIds, Instant now) {
        List<DueLot> due = lock(lotIds, now);
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> ids = due.stream().map(lot -> lot.id).collect(Collectors.toList());
        Map<Long, Long> expiredBefore = new HashMap<>();
        rows(nativeQuery("select m.LOT_ID, count(*) from {h-schema}SMM_POINTS_LOT_MOVE m"
                + " join {h-schema}SMM_POINTS_ENTRY e on e.ID = m.ENTRY_ID where m.LOT_ID in (:ids)"
                + " and e.KIND = 'EXPIRE' group by m.LOT_ID")
                .setParameter("ids", ids)).forEach(row -> expiredBefore.put(number(row[0]), number(row[1])));
        due.forEach(lot -> lot.key = "lot:" + lot.id + ":expire:" + (expiredBefore.getOrDefault(lot.id, 0L) + 1));
        moveBalances(due);
        insertEntries(due, now);
        Map<String, Long> entryIds = entryIds(due);
        insertMoves(due, entryIds);
        nativeQuery("update {h-schema}SMM_POINTS_LOT set REMAINING = 0 where ID in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        return due.size();
    }

    private List<DueLot> lock(List<Long> lotIds, Instant now) {
        return rows(nativeQuery("select ID, STORE_CODE, ACCOUNT_ID, REMAINING from {h-schema}SMM_POINTS_LOT"
                + " where ID in (:ids) and EXPIRES_AT <= :now and REMAINING > 0 order by ID for update")
                .setParameter("ids", lotIds).setParameter("now", UTC.convertToDatabaseColumn(now))).stream()
                .map(row -> new DueLot(number(row[0]), (String) row[1], number(row[2]), number(row[3])))
                .collect(Collectors.toList());
    }

    /** One statement for every account of the batch: each balance less what its lots had left. */
    private void moveBalances(List<DueLot> due) {
        Map<Long, Long> byAccount = new LinkedHashMap<>();
        due.forEach(lot -> byAccount.merge(lot.accountId, -lot.remaining, Long::sum));
        StringBuilder cases = new StringBuilder();
        List<Long> values = new ArrayList<>();
        byAccount.forEach((account, points) -> {
            cases.append(" when ? then ?");
            values.add(account);
            values.add(points);
        });
        NativeQuery<?> update = nativeQuery("update {h-schema}SMM_POINTS_ACCOUNT set BALANCE = BALANCE + case ID"
                + cases + " end, VERSION = VERSION + 1 where ID in ("
                + String.join(", ", Collections.nCopies(byAccount.size(), "?")) + ")");
        int position = 1;
        for (Long value : values) {
            update.setParameter(position++, value);
        }
        for (Long account : byAccount.keySet()) {
            update.setParameter(position++, account);
        }
        update.executeUpdate();
    }

    private void insertEntries(List<DueLot> due, Instant now) {
        NativeQuery<?> insert = nativeQuery("insert into {h-schema}SMM_POINTS_ENTRY (STORE_CODE, ACCOUNT_ID, ENTRY_KEY,"
                + " KIND, POINTS, RECORDED_AT) values "
                + String.join(", ", Collections.nCopies(due.size(), "(?, ?, ?, 'EXPIRE', ?, ?)")));
        int position = 1;
        for (DueLot lot : due) {
            insert.setParameter(position++, lot.storeCode);
            insert.setParameter(position++, lot.accountId);
            insert.setParameter(position++, lot.key);
            insert.setParameter(position++, -lot.remaining);
            insert.setParameter(position++, UTC.convertToDatabaseColumn(now));
        }
        insert.executeUpdate();
    }

    /** The new entries' ids by key, a statement per store of the batch (its unique key is per store). */
    private Map<String, Long> entryIds(List<DueLot> due) {
        Map<String, Long> ids = new HashMap<>();
        due.stream().collect(Collectors.groupingBy(lot -> lot.storeCode)).forEach((store, lots) -> rows(
                nativeQuery("select ENTRY_KEY, ID from {h-schema}SMM_POINTS_ENTRY where STORE_CODE = :store"
                        + " and ENTRY_KEY in (:keys)").setParameter("store", store)
                        .setParameter("keys", lots.stream().map(lot -> lot.key).collect(Collectors.toList())))
                .forEach(row -> ids.put((String) row[0], number(row[1]))));
        return ids;
    }

    private void insertMoves(List<DueLot> due, Map<String, Long> entryIds) {
        NativeQuery<?> insert = nativeQuery("insert into {h-schema}SMM_POINTS_LOT_MOVE (ENTRY_ID, LOT_ID, POINTS)"
                + " values " + String.join(", ", Collections.nCopies(due.size(), "(?, ?, ?)")));
        int position = 1;
        for (DueLot lot : due) {
            insert.setParameter(position++, entryIds.get(lot.key));
            insert.setParameter(position++, lot.id);
            insert.setParameter(position++, -lot.remaining);
        }
        insert.executeUpdate();
    }

    private NativeQuery<?> nativeQuery(String sql) {
        // synchronized on the points' entities only, else Hibernate clears every cache region
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(PointsLot.class).addSynchronizedEntityClass(PointsEntry.class)
                .addSynchronizedEntityClass(PointsAccount.class).addSynchronizedEntityClass(PointsLotMove.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(NativeQuery<?> query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A lot of the batch, with the key of its EXPIRE entry once numbered. */
    private static final class DueLot {

        final long id;
        final String storeCode;
        final long accountId;
        final long remaining;
        String key;

        DueLot(long id, String storeCode, long accountId, long remaining) {
            this.id = id;
            this.storeCode = storeCode;
            this.accountId = accountId;
            this.remaining = remaining;
        }
    }
}
