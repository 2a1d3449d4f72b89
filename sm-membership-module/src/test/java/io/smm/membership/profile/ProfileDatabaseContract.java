package io.smm.membership.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.money.MoneyRule;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.testdb.DatabaseContract;

/**
 * The member picture's queries on every database the host runs on: paid orders net of refunds, canceled and
 * fully refunded orders left out, the window's first instant counted, other stores and other customers ignored; the
 * RFM row, segment moves and referrer of the member alone.
 */
abstract class ProfileDatabaseContract extends DatabaseContract {

    private static final String SHOP = "PROF";
    private static final long MEMBER = 501;
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private ProfileQueries queries;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { Queries.class };
    }

    @BeforeAll
    void seed() {
        queries = context.getBean(ProfileQueries.class);
        // a 30-day window at NOW (UTC) starts 2026-02-09T00:00:00Z
        spendOrder(SHOP, 9001, MEMBER, "2026-02-09T00:00:00Z", "ORDERED", "100.00");
        spendOrder(SHOP, 9002, MEMBER, "2026-02-08T23:59:59Z", "DELIVERED", "50.00");
        spendOrder(SHOP, 9003, MEMBER, "2026-03-01T10:00:00Z", "PROCESSED", "200.00");
        refund(SHOP, 9003, "r1", "80.00");
        spendOrder(SHOP, 9004, MEMBER, "2026-03-05T10:00:00Z", "CANCELED", "999.00");
        spendOrder(SHOP, 9005, MEMBER, "2026-03-06T10:00:00Z", "ORDERED", "40.00");
        refund(SHOP, 9005, "r2", "40.00");
        spendOrder("ELSEWHERE", 9006, MEMBER, "2026-03-07T10:00:00Z", "ORDERED", "500.00");
        refund("ELSEWHERE", 9001, "r3", "30.00");
        spendOrder(SHOP, 9007, MEMBER + 1, "2026-03-08T10:00:00Z", "ORDERED", "700.00");

        score(SHOP, MEMBER, "LOYAL", "NEW");
        score("ELSEWHERE", MEMBER, "LOST", null);
        move(SHOP, MEMBER, 1, null, "NEW", "2026-01-01T03:00:00Z");
        move(SHOP, MEMBER, 2, "NEW", "LOYAL", "2026-02-01T03:00:00Z");
        move(SHOP, MEMBER + 1, 2, null, "LOST", "2026-02-01T03:00:00Z");
        move("ELSEWHERE", MEMBER, 3, "LOST", "HIBERNATING", "2026-03-01T03:00:00Z");

        jdbc.update("insert into " + table("SMM_REFERRAL") + " (STORE_CODE, FRIEND_CUSTOMER_ID, REFERRER_CUSTOMER_ID,"
                + " BOUND_AT, STATE) values (?, ?, ?, ?, ?)", SHOP, MEMBER, 600L, utc("2026-01-02T00:00:00Z"),
                "REWARDED");
        jdbc.update("insert into " + table("SMM_REFERRAL") + " (STORE_CODE, FRIEND_CUSTOMER_ID, REFERRER_CUSTOMER_ID,"
                + " BOUND_AT, STATE) values (?, ?, ?, ?, ?)", "ELSEWHERE", MEMBER, 700L, utc("2026-01-02T00:00:00Z"),
                "PENDING");

        coupon(SHOP, "WELCOME-501", null);
        reward(SHOP, MEMBER, "WELCOME-501");
        coupon(SHOP, "OFFER-501", MEMBER);
        coupon(SHOP, "OFFER-502", MEMBER + 1);
        coupon("ELSEWHERE", "OFFER-X", MEMBER);
    }

    @Test
    void countsPaidOrdersNetOfRefundsOverTheLifetimeAndTheWindowFromItsFirstInstant() {
        MemberSpend spend = service(ZoneOffset.UTC).spend(SHOP, MEMBER, 30, Currency.getInstance("CAD"));

        assertThat(spend.getLifetimeOrders()).isEqualTo(3);
        assertThat(spend.getLifetimeSpend()).isEqualByComparingTo("270.00");
        assertThat(spend.getLifetimeAverage()).isEqualByComparingTo("90.00");
        assertThat(spend.getWindowOrders()).isEqualTo(2);
        assertThat(spend.getWindowSpend()).isEqualByComparingTo("220.00");
        assertThat(spend.getWindowAverage()).isEqualByComparingTo("110.00");
        assertThat(spend.getLastOrderId()).isEqualTo(9003L);
        assertThat(spend.getLastOrderAt()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(spend.getDaysAsleep()).isEqualTo(9L);
    }

    @Test
    void aWindowInAZoneWestOfUtcStartsAtThatZonesMidnight() {
        // 2026-02-09T00:00Z is still 2026-02-08 in New York, before the window's first day there
        MemberSpend spend = service(ZoneId.of("America/New_York")).spend(SHOP, MEMBER, 30,
                Currency.getInstance("CAD"));

        assertThat(spend.getWindowOrders()).isEqualTo(1);
        assertThat(spend.getWindowSpend()).isEqualByComparingTo("120.00");
    }

    @Test
    void aCustomerWithoutPaidOrdersHasNone() {
        MemberSpend spend = service(ZoneOffset.UTC).spend(SHOP, 999, 30, Currency.getInstance("JPY"));

        assertThat(spend.getLifetimeOrders()).isZero();
        assertThat(spend.getLifetimeSpend()).isEqualByComparingTo("0");
        assertThat(spend.getLifetimeAverage()).isNull();
        assertThat(spend.getLastOrderId()).isNull();
        assertThat(spend.getDaysAsleep()).isNull();
    }

    @Test
    void readsTheMembersOwnScoreSegmentMovesAndReferrerOfTheStore() {
        Object[] score = queries.score(SHOP, MEMBER).orElseThrow();
        List<Object[]> moves = queries.segmentMoves(SHOP, MEMBER, 50);
        Object[] referrer = queries.invitedBy(SHOP, MEMBER).orElseThrow();

        assertThat(NativeRows.whole(score[0])).isEqualTo(4);
        assertThat(score[3]).isEqualTo("LOYAL");
        assertThat(score[4]).isEqualTo("NEW");
        assertThat(queries.score(SHOP, MEMBER + 1)).isEmpty();
        assertThat(moves).extracting(move -> move[2]).containsExactly("LOYAL", "NEW");
        assertThat(queries.segmentMoves(SHOP, MEMBER, 1)).hasSize(1);
        assertThat(NativeRows.whole(referrer[0])).isEqualTo(600);
        assertThat(referrer[1]).isEqualTo("REWARDED");
        assertThat(queries.invitedBy(SHOP, MEMBER + 1)).isEmpty();
    }

    @Test
    void holdsTheRewardCodesGivenToTheMemberAndTheOfferCodesBoundToThemAlone() {
        List<Object[]> held = queries.heldCoupons(SHOP, MEMBER);

        assertThat(held).extracting(row -> row[1]).containsExactly("REWARD", "OFFER");
        assertThat(queries.heldCoupons(SHOP, MEMBER + 1)).extracting(row -> row[1]).containsExactly("OFFER");
        assertThat(queries.heldCoupons(SHOP, 999)).isEmpty();
    }

    private MemberProfileService service(ZoneId zone) {
        return new MemberProfileService(queries, null, null, null, null, null, null, null, null,
                new MoneyRule(RoundingMode.HALF_UP), null, Clock.fixed(NOW, ZoneOffset.UTC), zone, store -> 30);
    }



    private void score(String store, long customer, String segment, String previous) {
        jdbc.update("insert into " + table("SMM_MEMBER_SCORE") + " (STORE_CODE, CUSTOMER_ID, LIFETIME_ORDERS,"
                + " LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, R_SCORE, F_SCORE, M_SCORE, SEGMENT, PREVIOUS_SEGMENT,"
                + " SEGMENT_SINCE, RUN_ID, SCORED_AT) values (?, ?, 3, 270, 2, 220, 4, 3, 5, ?, ?, ?, 2, ?)", store,
                customer, segment, previous, utc("2026-02-01T03:00:00Z"), utc("2026-03-10T03:00:00Z"));
    }

    private void move(String store, long customer, long run, String from, String to, String movedAt) {
        jdbc.update("insert into " + table("SMM_SEGMENT_MOVE") + " (STORE_CODE, CUSTOMER_ID, RUN_ID, FROM_SEGMENT,"
                + " TO_SEGMENT, MOVED_AT) values (?, ?, ?, ?, ?, ?)", store, customer, run, from, to, utc(movedAt));
    }

    private void coupon(String store, String code, Long boundTo) {
        jdbc.update("insert into " + table("SMM_COUPON") + " (STORE_CODE, CODE, NAME, KIND, DISCOUNT_VALUE, BASE,"
                + " ACTIVE, GUESTS_ALLOWED, USES, CREATED_AT, UPDATED_AT, VERSION, BOUND_CUSTOMER_ID) values"
                + " (?, ?, ?, 'PERCENT', 10, 'SUBTOTAL', true, false, 0, ?, ?, 0, ?)", store, code, code,
                utc("2026-01-01T00:00:00Z"), utc("2026-01-01T00:00:00Z"), boundTo);
    }

    private void reward(String store, long customer, String code) {
        jdbc.update("insert into " + table("SMM_REWARD") + " (STORE_CODE, CUSTOMER_ID, KIND, PERIOD_KEY, COUPON_CODE,"
                + " GRANTED_AT) values (?, ?, 'WELCOME', 'once', ?, ?)", store, customer, code,
                utc("2026-01-01T00:00:00Z"));
    }

    /** The queries alone: the other features' services are not what these tests are about. */
    @Configuration(proxyBeanMethods = false)
    static class Queries {

        @Bean
        ProfileQueries membershipProfileQueries() {
            return new ProfileQueries();
        }
    }
}
