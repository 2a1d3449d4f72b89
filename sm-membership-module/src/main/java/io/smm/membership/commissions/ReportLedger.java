package io.smm.membership.commissions;

import static io.smm.membership.sql.NativeRows.instant;
import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.utc;
import static io.smm.membership.sql.NativeRows.whole;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

import org.hibernate.query.NativeQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import io.smm.membership.money.MoneyRule;
import io.smm.membership.time.Instants;

/**
 * The affiliates' commissions, their ledger entries and payout items as payouts and reports read and write them,
 * in SQL on the host's entity manager (inside the caller's transaction) over the tables of docs/affiliates.md: the
 * commissions feature owns those rows, these queries only read them, except the payout's own writes (a
 * commission's APPROVED to PAID, its items).
 */
class ReportLedger {

    /** A commission's states, in the order reports show them. */
    static final List<String> STATES = List.of("PENDING", "APPROVED", "PAID", "REVERSED", "FLAGGED");

    private static final String COMMISSION = "{h-schema}SMM_COMMISSION";
    private static final String ENTRY = "{h-schema}SMM_COMMISSION_ENTRY";
    private static final String ITEM = "{h-schema}SMM_PAYOUT_ITEM";
    private static final String ENTRY_COLUMNS = "select e.ID, e.COMMISSION_ID, c.ORDER_ID, e.KIND, e.AMOUNT,"
            + " e.CURRENCY, e.RECORDED_AT from " + ENTRY + " e join " + COMMISSION + " c on c.ID = e.COMMISSION_ID";
    private static final int ROWS_PER_INSERT = 500;
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager entityManager;

    /** One page of the store's commissions the filter lets through, in the filter's order. */
    Page<ReportCommissionRow> commissions(String storeCode, Filter filter, Pageable page) {
        StringBuilder where = new StringBuilder(" from " + COMMISSION + " c where c.STORE_CODE = :store");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("store", storeCode);
        filter.appendTo(where, parameters);
        Query select = query("select c.ID, c.ORDER_ID, c.AFFILIATE_ID, c.PLACED_AT, c.ELIGIBLE_AMOUNT,"
                + " (select sum(e.AMOUNT) from " + ENTRY + " e where e.COMMISSION_ID = c.ID), c.CURRENCY, c.STATE,"
                + " c.FLAG, c.PAYOUT_ID, c.SOURCE" + where + (filter.oldestFirst ? " order by c.PLACED_AT, c.ID"
                        : " order by c.PLACED_AT desc, c.ID desc"));
        Query count = query("select count(*)" + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        List<ReportCommissionRow> content = rows(select).stream().map(row -> new ReportCommissionRow(whole(row[0]),
                whole(row[1]), whole(row[2]), Instants.iso(instant(row[3])), shown(row[4], row[6]),
                shown(row[5], row[6]), (String) row[6], (String) row[7], (String) row[10], (String) row[8],
                wholeOrNull(row[9])))
                .collect(Collectors.toList());
        return new PageImpl<>(content, page, whole(count.getSingleResult()));
    }

    /**
     * Marks those of the affiliate's commissions that are still APPROVED as PAID by the payout, in one conditional
     * update; the number marked.
     */
    int markPaid(String storeCode, long affiliateId, Collection<Long> commissionIds, long payoutId) {
        return update("update " + COMMISSION + " set STATE = 'PAID', PAYOUT_ID = :payout where STORE_CODE = :store"
                + " and AFFILIATE_ID = :affiliate and STATE = 'APPROVED' and ID in (:ids)")
                .setParameter("payout", payoutId).setParameter("store", storeCode)
                .setParameter("affiliate", affiliateId).setParameter("ids", commissionIds).executeUpdate();
    }

    /** The commissions the payout marked paid. */
    Set<Long> paidBy(long payoutId) {
        return rows(query("select ID from " + COMMISSION + " where PAYOUT_ID = :payout")
                .setParameter("payout", payoutId)).stream().map(row -> whole(row[0])).collect(Collectors.toSet());
    }

    /**
     * The affiliate's entries no payout has paid yet: those of the given commissions, and every CLAWBACK (a
     * negative line carried into the next payout), oldest first.
     */
    List<PayoutItemView> unpaidEntries(String storeCode, long affiliateId, Collection<Long> commissionIds) {
        Query unpaid = query(ENTRY_COLUMNS + " where e.STORE_CODE = :store and e.AFFILIATE_ID = :affiliate"
                + " and not exists (select 1 from " + ITEM + " i where i.ENTRY_ID = e.ID)"
                + " and (e.KIND = :carried" + (commissionIds.isEmpty() ? "" : " or e.COMMISSION_ID in (:ids)")
                + ") order by e.ID").setParameter("store", storeCode).setParameter("affiliate", affiliateId)
                .setParameter("carried", PayoutRule.CARRIED_KIND);
        if (!commissionIds.isEmpty()) {
            unpaid.setParameter("ids", commissionIds);
        }
        return entries(unpaid);
    }

    void insertItems(long payoutId, List<Long> entryIds) {
        for (int from = 0; from < entryIds.size(); from += ROWS_PER_INSERT) {
            List<Long> chunk = entryIds.subList(from, Math.min(entryIds.size(), from + ROWS_PER_INSERT));
            StringBuilder values = new StringBuilder();
            for (int row = 0; row < chunk.size(); row++) {
                values.append(row == 0 ? "" : ", ").append("(:entry").append(row).append(", :payout)");
            }
            Query insert = update("insert into " + ITEM + " (ENTRY_ID, PAYOUT_ID) values " + values)
                    .setParameter("payout", payoutId);
            for (int row = 0; row < chunk.size(); row++) {
                insert.setParameter("entry" + row, chunk.get(row));
            }
            insert.executeUpdate();
        }
    }

    /** The entries a payout paid, oldest first. */
    List<PayoutItemView> itemsOf(long payoutId) {
        return entries(query(ENTRY_COLUMNS + " join " + ITEM + " i on i.ENTRY_ID = e.ID where i.PAYOUT_ID = :payout"
                + " order by e.ID").setParameter("payout", payoutId));
    }

    /**
     * Up to {@link #CHUNK} payouts recorded in {@code [from, to)} with an id above {@code afterId}, by id: id,
     * affiliate id, amount, currency, reference, recorded at.
     */
    List<Object[]> payoutsForBank(String storeCode, Instant from, Instant to, long afterId) {
        return rows(query("select ID, AFFILIATE_ID, AMOUNT, CURRENCY, REFERENCE, RECORDED_AT from {h-schema}SMM_PAYOUT"
                + " where STORE_CODE = :store and RECORDED_AT >= :from and RECORDED_AT < :to and ID > :after"
                + " order by ID").setParameter("store", storeCode).setParameter("from", utc(from))
                .setParameter("to", utc(to)).setParameter("after", afterId).setMaxResults(CHUNK));
    }

    /**
     * The affiliate's orders per quarter hour they were placed in ({@link #quarterHours}), self-referrals not
     * counted, and the sum of their commissions' entries.
     */
    List<Object[]> ordersPerQuarterHour(String storeCode, long affiliateId, Instant from, Instant to) {
        return rows(query("select " + quarterHours("c.PLACED_AT") + ", count(distinct case when c.STATE <> 'FLAGGED'"
                + " then c.ID end), sum(e.AMOUNT) from " + COMMISSION + " c left join " + ENTRY
                + " e on e.COMMISSION_ID = c.ID where c.STORE_CODE = :store and c.AFFILIATE_ID = :affiliate"
                + " and c.PLACED_AT >= :from and c.PLACED_AT < :to group by " + groupedByQuarterHours("c.PLACED_AT"))
                .setParameter("store", storeCode).setParameter("affiliate", affiliateId)
                .setParameter("from", utc(from)).setParameter("to", utc(to)));
    }

    /** The sum of the entries of the affiliate's commissions placed in the period, by their state; every state. */
    Map<String, BigDecimal> byState(String storeCode, long affiliateId, Instant from, Instant to) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        STATES.forEach(state -> sums.put(state, BigDecimal.ZERO));
        for (Object[] row : rows(query("select c.STATE, sum(e.AMOUNT) from " + COMMISSION + " c join " + ENTRY
                + " e on e.COMMISSION_ID = c.ID where c.STORE_CODE = :store and c.AFFILIATE_ID = :affiliate"
                + " and c.PLACED_AT >= :from and c.PLACED_AT < :to group by c.STATE")
                .setParameter("store", storeCode).setParameter("affiliate", affiliateId)
                .setParameter("from", utc(from)).setParameter("to", utc(to)))) {
            sums.merge((String) row[0], (BigDecimal) row[1], BigDecimal::add);
        }
        return sums;
    }

    /**
     * The UTC year, month, day, hour and first minute of a column's quarter hour, named as Hibernate needs the
     * columns of a native query: every time zone's midnight falls on a quarter hour, so quarters add up to any
     * zone's days.
     */
    private static String quarterHours(String column) {
        List<String> parts = quarterParts(column);
        return String.join(", ", List.of(parts.get(0) + " as Q_YEAR", parts.get(1) + " as Q_MONTH",
                parts.get(2) + " as Q_DAY", parts.get(3) + " as Q_HOUR", parts.get(4) + " as Q_MINUTE"));
    }

    /** The expressions of {@link #quarterHours}, to group by. */
    private static String groupedByQuarterHours(String column) {
        return String.join(", ", quarterParts(column));
    }

    private static List<String> quarterParts(String column) {
        String minute = "extract(minute from " + column + ")";
        return List.of("extract(year from " + column + ")", "extract(month from " + column + ")",
                "extract(day from " + column + ")", "extract(hour from " + column + ")", "case when " + minute
                        + " < 15 then 0 when " + minute + " < 30 then 15 when " + minute + " < 45 then 30 else 45 end");
    }

    /** The instant a quarter-hour row of {@link #ordersPerQuarterHour} begins. */
    static Instant quarterStart(Object[] row) {
        return LocalDateTime.of(number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4])).toInstant(ZoneOffset.UTC);
    }

    private List<PayoutItemView> entries(Query query) {
        return rows(query).stream().map(row -> new PayoutItemView(whole(row[0]), whole(row[1]), whole(row[2]),
                (String) row[3], shown(row[4], row[5]), (String) row[5], Instants.iso(instant(row[6]))))
                .collect(Collectors.toList());
    }

    private Query query(String sql) {
        return entityManager.createNativeQuery(sql);
    }

    /** A statement on tables we do not map: no entity cache needs clearing after it. */
    private Query update(String sql) {
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedEntityClass(Payout.class);
    }

    private static Long wholeOrNull(Object value) {
        return value == null ? null : whole(value);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** A stored amount as it is shown in its currency; an empty sum is zero. */
    static BigDecimal shown(Object amount, Object currency) {
        return MoneyRule.shown(amount == null ? BigDecimal.ZERO : (BigDecimal) amount,
                MoneyRule.scaleOf(Currency.getInstance((String) currency)));
    }

    /** Which commissions a list shows, and in which order. */
    static final class Filter {

        private Long affiliateId;
        private String state;
        private Instant placedFrom;
        private Instant placedBefore;
        private boolean unpaid;
        private boolean oldestFirst;

        static Filter all() {
            return new Filter();
        }

        Filter affiliate(Long id) {
            affiliateId = id;
            return this;
        }

        Filter state(String name) {
            state = name;
            return this;
        }

        Filter placed(Instant from, Instant before) {
            placedFrom = from;
            placedBefore = before;
            return this;
        }

        /** Only commissions no payout has paid, oldest first. */
        Filter unpaidOldestFirst() {
            unpaid = true;
            oldestFirst = true;
            return this;
        }

        private void appendTo(StringBuilder where, Map<String, Object> parameters) {
            if (affiliateId != null) {
                where.append(" and c.AFFILIATE_ID = :affiliate");
                parameters.put("affiliate", affiliateId);
            }
            if (state != null) {
                where.append(" and c.STATE = :state");
                parameters.put("state", state);
            }
            if (placedFrom != null) {
                where.append(" and c.PLACED_AT >= :from and c.PLACED_AT < :to");
                parameters.put("from", utc(placedFrom));
                parameters.put("to", utc(placedBefore));
            }
            if (unpaid) {
                where.append(" and c.PAYOUT_ID is null");
            }
        }
    }
}
