package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.testdb.DatabaseContract;
import io.smm.membership.time.DayPeriod;

/**
 * What tracking must do on every database the host runs on: one shared secret however many nodes create it at once;
 * a cart's referral that keeps its first click and moves its last under concurrent clicks; reports counted by the
 * database; retention deleting old rows in batches.
 */
abstract class TrackingDatabaseContract extends DatabaseContract {

    private static final String CLICKS = "SMM_AFFILIATE_CLICK";

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { AffiliatesConfiguration.class, AffiliateTrackingConfiguration.class };
    }

    @Test
    void nodesCreatingTheSecretAtOnceAllKeepTheOneThatWasStored() throws Exception {
        String name = "race-" + System.nanoTime();
        Set<String> seen = ConcurrentHashMap.newKeySet();

        race(node -> seen.add(newNode().secretOf(name)) || true);

        assertThat(seen).hasSize(1);
        assertThat(seen.iterator().next()).hasSize(44);
        assertThat(count("select count(*) from " + table("SMM_SECRET") + " where NAME = '" + name + "'"))
                .isEqualTo(1);
        assertThat(newNode().secretOf(name)).isEqualTo(seen.iterator().next());
    }

    @Test
    void concurrentClicksOfOneCartKeepItsFirstClickAndMoveItsLast() throws Exception {
        TrackingService tracking = context.getBean(TrackingService.class);
        String cart = "race-cart-" + System.nanoTime();
        long first = affiliate("First");
        long later = affiliate("Later");
        ReferralClick firstClick = tracking.click(STORE, click(first, cart)).orElseThrow();
        List<Long> racingClicks = Collections.synchronizedList(new ArrayList<>());

        race(index -> racingClicks.add(tracking.click(STORE, click(later, cart)).orElseThrow().clickId()));

        Referral referral = tracking.referralOfCart(STORE, cart).orElseThrow();
        assertThat(racingClicks).hasSize(THREADS);
        assertThat(referral.first()).isEqualTo(firstClick);
        assertThat(referral.last().affiliateId()).isEqualTo(later);
        assertThat(racingClicks).contains(referral.last().clickId());
        assertThat(rowsOfCart(cart)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + table(CLICKS) + " where CART_CODE = ?", Long.class,
                cart)).isEqualTo(THREADS + 1L);
    }

    @Test
    void manyFirstClicksOfANewCartAtOnceLeaveOneReferral() throws Exception {
        TrackingService tracking = context.getBean(TrackingService.class);
        String cart = "new-cart-" + System.nanoTime();
        long affiliate = affiliate("New");

        race(index -> tracking.click(STORE, click(affiliate, cart)).isPresent());

        Referral referral = tracking.referralOfCart(STORE, cart).orElseThrow();
        assertThat(referral.first().affiliateId()).isEqualTo(affiliate);
        assertThat(referral.first().at()).isBeforeOrEqualTo(referral.last().at());
        assertThat(rowsOfCart(cart)).isEqualTo(1);
    }

    @Test
    void reportsCountClicksPerDayRejectsByReasonAndBurstsInTheDatabase() {
        long affiliate = affiliate("Reported");
        ZoneId zone = context.getBean(MembershipProperties.class).storeTimeZone();
        LocalDate busy = LocalDate.now(zone).minusDays(10);
        Instant hour = busy.atStartOfDay(zone).toInstant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < 31; i++) {
            insertClick(affiliate, hour.plus(Duration.ofMinutes(i)), "burst-hash");
        }
        insertClick(affiliate, busy.plusDays(1).atStartOfDay(zone).toInstant(), "another-hash");
        TrackingService tracking = context.getBean(TrackingService.class);
        tracking.reject("REPORTS", RejectReason.UNKNOWN_ID, "x".repeat(60), "198.51.100.4");
        tracking.reject("REPORTS", RejectReason.UNKNOWN_ID, "nobody", null);
        tracking.reject("REPORTS", RejectReason.TAMPERED_COOKIE, null, "198.51.100.4");
        ClickReports reports = context.getBean(ClickReports.class);
        DayPeriod period = reports.period(busy.minusDays(1).toString(), busy.plusDays(2).toString());

        List<Long> days = reports.perDay(STORE, affiliate, period);
        List<ClickBurst> bursts = reports.bursts(STORE, period);
        Map<RejectReason, Long> rejects = reports.rejects("REPORTS", reports.period(null, null));

        assertThat(period.getFrom()).isEqualTo(busy.minusDays(1));
        assertThat(days).containsExactly(0L, 31L, 1L, 0L);
        assertThat(bursts).filteredOn(burst -> burst.getAffiliateId() == affiliate).singleElement()
                .satisfies(burst -> assertThat(burst.getIpHash()).isEqualTo("burst-hash"))
                .satisfies(burst -> assertThat(burst.getHour()).isEqualTo(hour))
                .satisfies(burst -> assertThat(burst.getClicks()).isEqualTo(31));
        assertThat(rejects).containsEntry(RejectReason.UNKNOWN_ID, 2L).containsEntry(RejectReason.TAMPERED_COOKIE, 1L)
                .containsEntry(RejectReason.SUSPENDED, 0L);
        assertThat(count("select max(length(TRACKING_ID)) from " + table("SMM_AFFILIATE_REJECT")
                + " where STORE_CODE = 'REPORTS'")).isEqualTo(40);
    }

    @Test
    void retentionDeletesOnlyClicksAndRejectsOlderThanTheStoresRetentionInBatches() {
        long affiliate = affiliate("Retained");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant cutoff = now.minus(Duration.ofDays(180));
        List<Object[]> old = IntStream.range(0, ClickRetention.BATCH + 5)
                .mapToObj(i -> clickRow(affiliate, cutoff.minusSeconds(1 + i), "old")).collect(Collectors.toList());
        jdbc.batchUpdate("insert into " + table(CLICKS) + " (STORE_CODE, AFFILIATE_ID, TRACKING_ID, CLICKED_AT,"
                + " IP_HASH) values (?, ?, ?, ?, ?)", old);
        insertClick(affiliate, cutoff, "kept");
        jdbc.update("insert into " + table("SMM_AFFILIATE_REJECT") + " (STORE_CODE, REJECTED_AT, REASON) values"
                + " (?, ?, 'UNKNOWN_ID')", STORE, utc(cutoff.minusSeconds(1)));
        String byAffiliate = " where AFFILIATE_ID = " + affiliate;

        long deleted = context.getBean(ClickRetention.class).run(now);

        assertThat(deleted).isGreaterThanOrEqualTo(ClickRetention.BATCH + 6L);
        assertThat(count("select count(*) from " + table(CLICKS) + byAffiliate)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + table("SMM_AFFILIATE_REJECT")
                + " where REJECTED_AT < ?", Long.class, utc(cutoff))).isZero();
    }

    private SecretStore newNode() {
        return new SecretStore(context.getBean(SecretRepository.class),
                context.getBean("transactionManager", PlatformTransactionManager.class), Clock.systemUTC());
    }

    private long rowsOfCart(String cart) {
        return jdbc.queryForObject("select count(*) from " + table("SMM_AFFILIATE_CART_REFERRAL")
                + " where CART_CODE = ?", Long.class, cart);
    }

    private long affiliate(String name) {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName(name);
        draft.setEmail(name.toLowerCase() + System.nanoTime() + "@example.com");
        Affiliate affiliate = new Affiliate(STORE, null, AffiliateStatus.ACTIVE, Instant.now());
        affiliate.apply(draft);
        long id = context.getBean(AffiliateRepository.class).saveAndFlush(affiliate).getId();
        context.getBean(AffiliateTrackingIdRepository.class)
                .saveAndFlush(new AffiliateTrackingId(STORE, trackingIdOf(id), id, Instant.now()));
        return id;
    }

    private static String trackingIdOf(long affiliate) {
        return "aff-" + affiliate;
    }

    private static ClickInput click(long affiliate, String cart) {
        return new ClickInput(trackingIdOf(affiliate), "/landing", null, "192.0.2.1", cart);
    }

    private void insertClick(long affiliate, Instant at, String ipHash) {
        jdbc.update("insert into " + table(CLICKS) + " (STORE_CODE, AFFILIATE_ID, TRACKING_ID, CLICKED_AT, IP_HASH)"
                + " values (?, ?, ?, ?, ?)", clickRow(affiliate, at, ipHash));
    }

    private static Object[] clickRow(long affiliate, Instant at, String ipHash) {
        return new Object[] { STORE, affiliate, trackingIdOf(affiliate), utc(at), ipHash };
    }

    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
