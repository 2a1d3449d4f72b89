package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.sql.NativeRows;
import io.smm.membership.testdb.DatabaseContract;

/**
 * The points reports' queries on every database the host runs on, over ledger rows written as the ledger writes
 * them, with times chosen to sit on the months' edges in Taipei: what counts at each month's end (expired lots
 * whose expiry ran later, points returned into an expired lot, held and released points, pending points), and the
 * expiring list page by page.
 */
abstract class PointsReportsDatabaseContract extends DatabaseContract {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Instant NOW = Instant.parse("2026-03-15T00:00:00Z");
    private static final Instant JANUARY_END = Instant.parse("2026-01-31T16:00:00Z");
    private static final Instant FEBRUARY_END = Instant.parse("2026-02-28T16:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(70_000_000L);

    private PointsReportLedger reports;
    private TransactionTemplate readOnly;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { PointsWiring.class };
    }

    @BeforeAll
    void reportBeans() {
        reports = context.getBean(PointsReportLedger.class);
        readOnly = new TransactionTemplate(context.getBean("transactionManager", PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
    }

    @Test
    void eachMonthCountsWhatWasNeitherSpentNorTakenBackNorExpiredAtItsEnd() {
        String store = "LIAB" + IDS.incrementAndGet();
        long account = account(store);
        long expiresAtFebruaryEnd = lot(store, account, 1000, at("2025-12-10T02:00:00Z"), null, FEBRUARY_END);
        move(store, account, expiresAtFebruaryEnd, "REDEEM", -300, at("2026-01-20T05:00:00Z"));
        move(store, account, expiresAtFebruaryEnd, "EXPIRE", -700, at("2026-03-02T00:05:00Z"));
        move(store, account, expiresAtFebruaryEnd, "RETURN", 50, at("2026-03-05T00:00:00Z"));
        move(store, account, expiresAtFebruaryEnd, "EXPIRE", -50, at("2026-03-06T00:05:00Z"));
        long pendingTillFebruary = lot(store, account, 500, at("2026-01-25T00:00:00Z"), at("2026-02-24T00:00:00Z"),
                at("2027-01-01T00:00:00Z"));
        move(store, account, pendingTillFebruary, "UNEARN", -100, at("2026-02-10T00:00:00Z"));
        long heldAndReleased = lot(store, account, 300, at("2025-11-01T00:00:00Z"), null, at("2027-06-01T00:00:00Z"));
        move(store, account, heldAndReleased, "REDEEM", -100, at("2026-02-27T00:00:00Z"));
        move(store, account, heldAndReleased, "RELEASE", 100, FEBRUARY_END);
        lot(store, account, 200, at("2026-03-10T00:00:00Z"), null, at("2026-03-12T00:00:00Z"));
        long elsewhere = account("OTHER" + store);
        lot("OTHER" + store, elsewhere, 9999, at("2025-12-01T00:00:00Z"), null, at("2027-01-01T00:00:00Z"));

        PointsReportLedger.Liability liability = liability(store, "2026-01", "2026-03");

        assertThat(liability.outstanding()).containsExactly(1500, 600, 700);
        assertThat(liability.pending()).containsExactly(500, 0, 0);
    }

    @Test
    void aLotExpiringAtTheMonthsEndCountsInTheMonthBeforeOnly() {
        String store = "EDGE" + IDS.incrementAndGet();
        long account = account(store);
        lot(store, account, 40, at("2025-06-01T00:00:00Z"), null, JANUARY_END);
        lot(store, account, 2, at("2025-06-01T00:00:00Z"), null, JANUARY_END.plusSeconds(1));
        lot(store, account, 300, JANUARY_END, null, at("2027-01-01T00:00:00Z"));

        PointsReportLedger.Liability liability = liability(store, "2025-12", "2026-02");

        assertThat(liability.outstanding()).containsExactly(42, 2, 300);
    }

    @Test
    void theExpiringListPagesByEarliestExpiryThenCustomer() {
        String store = "EXP" + IDS.incrementAndGet();
        long first = account(store);
        long second = account(store);
        long notYetUsable = account(store);
        lot(store, first, 70, at("2026-01-01T00:00:00Z"), null, at("2026-03-20T00:00:00Z"));
        lot(store, first, 5, at("2026-01-01T00:00:00Z"), null, at("2026-04-10T00:00:00Z"));
        lot(store, first, 900, at("2026-01-01T00:00:00Z"), null, at("2026-06-01T00:00:00Z"));
        lot(store, second, 30, at("2026-01-01T00:00:00Z"), null, at("2026-03-20T00:00:00Z"));
        long spent = lot(store, second, 10, at("2026-01-01T00:00:00Z"), null, at("2026-03-16T00:00:00Z"));
        move(store, second, spent, "REDEEM", -10, at("2026-02-01T00:00:00Z"));
        jdbc.update("update " + table("SMM_POINTS_LOT") + " set REMAINING = 0 where ID = ?", spent);
        lot(store, notYetUsable, 80, at("2026-03-01T00:00:00Z"), at("2026-03-31T00:00:00Z"),
                at("2026-04-01T00:00:00Z"));
        Instant until = NOW.plusSeconds(30L * 24 * 3600);

        List<Object[]> page = expiring(store, until, NOW, Long.MIN_VALUE, 1);
        List<Object[]> next = expiring(store, until, NativeRows.instant(page.get(0)[2]),
                NativeRows.whole(page.get(0)[0]), 5);

        assertThat(page).hasSize(1);
        assertThat(NativeRows.whole(page.get(0)[1])).isEqualTo(75);
        assertThat(NativeRows.instant(page.get(0)[2])).isEqualTo(at("2026-03-20T00:00:00Z"));
        assertThat(next).hasSize(1);
        assertThat(NativeRows.whole(next.get(0)[1])).isEqualTo(30);
        assertThat(NativeRows.whole(next.get(0)[0])).isGreaterThan(NativeRows.whole(page.get(0)[0]));
    }

    private PointsReportLedger.Liability liability(String store, String from, String to) {
        return readOnly.execute(status -> reports.liability(store, LiabilityMonths.of(from, to, NOW, TAIPEI)));
    }

    private List<Object[]> expiring(String store, Instant until, Instant afterExpiry, long afterCustomer, int limit) {
        return readOnly.execute(status -> reports.expiring(store, NOW, until, afterExpiry, afterCustomer, limit));
    }

    /** An account of a new customer; the balance is no report's concern. */
    private long account(String store) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into " + table("SMM_POINTS_ACCOUNT") + " (ID, STORE_CODE, CUSTOMER_ID, BALANCE, VERSION)"
                + " values (?, ?, ?, 0, 0)", id, store, id);
        return id;
    }

    /** A lot earned by an entry recorded at {@code at}, usable then unless {@code usableAt} says later. */
    private long lot(String store, long account, long points, Instant at, Instant usableAt, Instant expiresAt) {
        long entry = entry(store, account, "EARN", points, at);
        long lot = IDS.incrementAndGet();
        jdbc.update("insert into " + table("SMM_POINTS_LOT") + " (ID, ACCOUNT_ID, STORE_CODE, EARN_ENTRY_ID, EARNED,"
                + " REMAINING, EARNED_AT, USABLE_AT, EXPIRES_AT) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", lot, account,
                store, entry, points, points, utc(at), utc(usableAt == null ? at : usableAt), utc(expiresAt));
        moveOf(entry, lot, points);
        return lot;
    }

    /** An entry moving points of a lot (the lot's remainder is no report's concern). */
    private void move(String store, long account, long lot, String kind, long points, Instant at) {
        moveOf(entry(store, account, kind, points, at), lot, points);
    }

    private long entry(String store, long account, String kind, long points, Instant at) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into " + table("SMM_POINTS_ENTRY") + " (ID, STORE_CODE, ACCOUNT_ID, ENTRY_KEY, KIND,"
                + " POINTS, RECORDED_AT) values (?, ?, ?, ?, ?, ?, ?)", id, store, account, "test:" + id, kind, points,
                utc(at));
        return id;
    }

    private void moveOf(long entry, long lot, long points) {
        jdbc.update("insert into " + table("SMM_POINTS_LOT_MOVE") + " (ENTRY_ID, LOT_ID, POINTS) values (?, ?, ?)",
                entry, lot, points);
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Configuration(proxyBeanMethods = false)
    @Import(PointsConfiguration.class)
    static class PointsWiring {
    }
}
