package io.smm.membership.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.smm.membership.access.ProductCategoryLookup;
import io.smm.membership.dashboard.MemberRoll;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.testdb.DatabaseContract;
import io.smm.membership.testhost.LogCapture;

/**
 * An RFM run on every database the host runs on: paid orders net of refunds, canceled and fully refunded orders
 * left out, the window's first instant in a zone east of UTC, ties sharing a score, the favourite category, a kept
 * segment keeping its previous one, a replay adding no move, other stores untouched, a run a stopped node left.
 */
abstract class RfmDatabaseContract extends DatabaseContract {

    private static final String SHOP = "RFM";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private RfmRuns runs;
    private long runId;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { Rfm.class };
    }

    @BeforeAll
    void scoreOnce() {
        AnalyticsSettingsDraft window = AnalyticsSettingsDraft.of(AnalyticsTerms.defaults());
        window.setWindowDays(30);
        context.getBean(AnalyticsSettingsService.class).save(SHOP, window);
        // in Taipei the 30-day window at NOW starts 2026-02-08T00:00+08:00 = 2026-02-07T16:00:00Z
        order(9001, 1, "2026-02-07T16:00:00Z", "ORDERED", "100.00");
        order(9002, 1, "2026-02-07T15:59:59Z", "DELIVERED", "50.00");
        order(9003, 2, "2026-03-01T10:00:00Z", "PROCESSED", "200.00");
        refund(SHOP, 9003, "r1", "80.00");
        order(9004, 2, "2026-03-05T10:00:00Z", "CANCELED", "999.00");
        order(9005, 3, "2026-03-06T10:00:00Z", "ORDERED", "40.00");
        refund(SHOP, 9005, "r2", "40.00");
        order(9006, 4, "2026-03-09T10:00:00Z", "ORDERED", "120.00");
        line(9001, 501, 1, "60.00");
        line(9001, 502, 2, "20.00");
        line(9002, 503, 10, "100.00");
        line(9003, 503, 1, "100.00");
        line(9003, 504, 1, "100.00");
        line(9004, 501, 50, "20.00");
        line(9006, 505, 1, "120.00");
        spendOrder("ELSEWHERE", 9007, 1, "2026-03-09T10:00:00Z", "ORDERED", "500");
        score(SHOP, 2, "POTENTIAL_LOYALIST", "LOST");
        score(SHOP, 4, "LOST", null);
        score("ELSEWHERE", 1, "CHAMPIONS", null);
        runs = new RfmRuns(context.getBean(RfmSteps.class), context.getBean(AnalyticsSettingsService.class),
                context.getBean(RfmGridService.class), context.getBean(JobLeaseTaker.class), Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC), TAIPEI);
        runId = runs.request(SHOP, "test");
    }

    @Test
    void scoresPaidOrdersNetOfRefundsInTheWindowWithTiesSharingAScore() {
        // R by days 30, 9, 1 of three: ceil(5/3), ceil(10/3), ceil(15/3) = 2, 4, 5; M 100, 120, 120: 2, 5, 5 (the
        // tie takes the score of the last of them); F 1 each
        assertThat(row(1)).containsExactly(2, "150.0000", 1, "100.0000", 2, 1, 2, "HIBERNATING");
        assertThat(row(2)).containsExactly(1, "120.0000", 1, "120.0000", 4, 1, 5, "POTENTIAL_LOYALIST");
        assertThat(row(3)).containsExactly(0, "0.0000", 0, "0.0000", null, null, null, null);
        assertThat(row(4)).containsExactly(1, "120.0000", 1, "120.0000", 5, 1, 5, "POTENTIAL_LOYALIST");
        assertThat(row(5)).containsExactly(0, "0.0000", 0, "0.0000", null, null, null, null);
        assertThat(context.getBean(RfmReport.class).latest(SHOP).orElseThrow()).containsEntry("status", "DONE")
                .containsEntry("members", 5L)
                .containsEntry("scored", 3L).containsEntry("moved", 2L);
    }

    @Test
    void keepsThePreviousSegmentWhileTheSegmentStaysAndRecordsAMoveWhenItChanges() {
        assertThat(jdbc.queryForList("select CUSTOMER_ID, PREVIOUS_SEGMENT, SEGMENT_SINCE from "
                + table("SMM_MEMBER_SCORE") + " where STORE_CODE = ? and CUSTOMER_ID in (2, 4) order by CUSTOMER_ID",
                SHOP).stream().map(row -> row.get("PREVIOUS_SEGMENT") + " " + instant(row.get("SEGMENT_SINCE")))
                .collect(Collectors.toList()))
                .containsExactly("LOST 2026-01-01T03:00:00Z", "LOST " + NOW);
        assertThat(context.getBean(RfmReport.class).moves(SHOP)).extracting(move -> move.get("from") + ">"
                + move.get("to") + " " + move.get("members"))
                .containsExactlyInAnyOrder("LOST>POTENTIAL_LOYALIST 1", "null>HIBERNATING 1");
    }

    @Test
    void aReplayOfTheRunAddsNoMove() {
        long before = count("select count(*) from " + table("SMM_SEGMENT_MOVE") + " where STORE_CODE = 'RFM'");
        runs.run(SHOP, runId);

        assertThat(count("select count(*) from " + table("SMM_SEGMENT_MOVE") + " where STORE_CODE = 'RFM'"))
                .isEqualTo(before).isEqualTo(2);
        assertThat(row(4)).endsWith("POTENTIAL_LOYALIST");
    }

    @Test
    void leavesOtherStoresAlone() {
        assertThat(jdbc.queryForObject("select SEGMENT from " + table("SMM_MEMBER_SCORE")
                + " where STORE_CODE = 'ELSEWHERE' and CUSTOMER_ID = 1", String.class)).isEqualTo("CHAMPIONS");
        assertThat(context.getBean(RfmReport.class).sizes(SHOP)).containsEntry("LOST", 0L)
                .containsEntry("HIBERNATING", 1L).containsEntry("POTENTIAL_LOYALIST", 2L)
                .containsEntry(RfmReport.UNSCORED, 2L).containsEntry("CHAMPIONS", 0L);
    }

    @Test
    void aRunLeftRunningByANodeThatStoppedIsMarkedFailedWhenTheNextRunTakesTheLease() {
        long abandoned = context.getBean(RfmSteps.class).start("ELSEWHERE", "nightly", NOW.minusSeconds(3600));

        long next;
        List<String> warned;
        try (LogCapture log = LogCapture.expectingErrorsFrom(RfmRuns.class.getName())) {
            next = runs.request("QUIET", "test");
            warned = log.messages(RfmRuns.class.getName(), Level.WARN);
        }

        assertThat(warned).containsExactly("1 RFM run(s) left running by a node that stopped are marked failed");
        assertThat(jdbc.queryForMap("select STATUS, FAILURE from " + table("SMM_RFM_RUN") + " where ID = ?",
                abandoned).values()).containsExactly("FAILED", RfmSteps.ABANDONED);
        assertThat(jdbc.queryForObject("select STATUS from " + table("SMM_RFM_RUN") + " where ID = ?", String.class,
                next)).isEqualTo("DONE");
    }

    @Test
    void theFavouriteCategoryTookMostOfTheWindowsPaidSpendTheLowestIdOnATie() {
        // 1: category 11 60.00, 12 and 13 40.00 (its order before the window left out); 2: 12 and 13 100.00 each
        // (its canceled order's 1,000.00 in 11 left out); 4: a product in no category
        assertThat(jdbc.queryForList("select FAVOURITE_CATEGORY_ID from " + table("SMM_MEMBER_SCORE")
                + " where STORE_CODE = ? order by CUSTOMER_ID", Long.class, SHOP)).containsExactly(11L, 12L, null,
                        null, null);
    }

    private List<Object> row(long customer) {
        Map<String, Object> row = jdbc.queryForMap("select LIFETIME_ORDERS, LIFETIME_SPEND, WINDOW_ORDERS,"
                + " WINDOW_SPEND, R_SCORE, F_SCORE, M_SCORE, SEGMENT from " + table("SMM_MEMBER_SCORE")
                + " where STORE_CODE = ? and CUSTOMER_ID = ?", SHOP, customer);
        return row.values().stream().map(value -> value instanceof BigDecimal
                ? ((BigDecimal) value).setScale(4).toPlainString() : value instanceof Number
                ? (Object) ((Number) value).intValue() : value).collect(Collectors.toList());
    }

    private void order(long orderId, long customer, String placedAt, String status, String total) {
        spendOrder(SHOP, orderId, customer, placedAt, status, total);
    }


    private void line(long orderId, long productId, int quantity, String price) {
        jdbc.update("insert into " + table("SMM_ORDER_LINE_PRICE") + " (STORE_CODE, ORDER_ID, PRODUCT_ID, QUANTITY,"
                + " BASE_PRICE, FINAL_PRICE, CREATED_AT) values (?, ?, ?, ?, ?, ?, ?)", SHOP, orderId, productId,
                quantity, new BigDecimal(price), new BigDecimal(price), utc("2026-03-01T00:00:00Z"));
    }

    private void score(String store, long customer, String segment, String previous) {
        jdbc.update("insert into " + table("SMM_MEMBER_SCORE") + " (STORE_CODE, CUSTOMER_ID, LIFETIME_ORDERS,"
                + " LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, SEGMENT, PREVIOUS_SEGMENT, SEGMENT_SINCE, RUN_ID,"
                + " SCORED_AT) values (?, ?, 0, 0, 0, 0, ?, ?, ?, 0, ?)", store, customer, segment, previous,
                utc("2026-01-01T03:00:00Z"), utc("2026-01-01T03:00:00Z"));
    }


    private static Instant instant(Object value) {
        return NativeRows.instant(value);
    }

    /**
     * The analytics feature with a roll of customers 1 to 5 of the shop, customer 1 registered on 1 January, and
     * products 501 to 504 in categories 11 to 13.
     */
    @Configuration(proxyBeanMethods = false)
    @Import(AnalyticsConfiguration.class)
    static class Rfm {

        @Bean
        ProductCategoryLookup membershipProductCategories() {
            Map<Long, Set<Long>> catalog = Map.of(501L, Set.of(11L), 502L, Set.of(12L, 13L), 503L, Set.of(12L),
                    504L, Set.of(13L));
            return products -> products.stream().filter(catalog::containsKey)
                    .collect(Collectors.toMap(product -> product, catalog::get));
        }

        @Bean
        MemberRoll membershipMemberRoll() {
            return new MemberRoll() {
                @Override
                public Map<Long, Long> countByTier(String storeCode, long defaultTierId, Instant createdFrom,
                        Instant createdTo) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public List<Long> customers(String storeCode, long defaultTierId, Long tierId, Instant createdFrom,
                        Instant createdTo, int offset, int limit) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public List<Object[]> registrations(String storeCode, long afterId, int limit) {
                    return List.of(new Object[] { 1L, Date.from(Instant.parse("2026-01-01T00:00:00Z")) },
                            new Object[] { 2L, null }, new Object[] { 3L, null }, new Object[] { 4L, null },
                            new Object[] { 5L, null }).stream().filter(row -> (Long) row[0] > afterId)
                            .limit(limit).collect(Collectors.toList());
                }
            };
        }
    }
}
