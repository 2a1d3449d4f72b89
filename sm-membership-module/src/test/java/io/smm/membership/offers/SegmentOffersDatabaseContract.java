package io.smm.membership.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import io.smm.membership.catalog.CatalogItem;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.segments.SegmentDraft;
import io.smm.membership.segments.SegmentMember;
import io.smm.membership.segments.SegmentSelection;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.segments.SegmentsConfiguration;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.testdb.DatabaseContract;

/**
 * Saved segments and offers on every database the host runs on: each filter of a segment over SMM_MEMBER_SCORE
 * rows (another store's ignored, the count always the list's length), a push in both modes with its control group,
 * a replayed push key, and the report's redemptions, orders and revenue of the reached members against control.
 */
abstract class SegmentOffersDatabaseContract extends DatabaseContract {

    private static final String ELSEWHERE = "ELSEWHERE";
    private static final long CATEGORY = 7;
    /** The many members of the HIBERNATING segment the offers are pushed to. */
    private static final long FIRST_SLEEPER = 1_000;
    private static final int SLEEPERS = 120;

    private final Instant now = Instant.now();
    private SegmentService segments;
    private OfferService offers;
    private long template;
    private long sleepers;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { Offers.class };
    }

    @BeforeAll
    void seed() {
        segments = context.getBean(SegmentService.class);
        offers = context.getBean(OfferService.class);
        score(STORE, 101, "CHAMPIONS", "900", 6, "500", 4, 2, CATEGORY, "2024-03-01T12:00:00Z");
        score(STORE, 102, "AT_RISK", "300", 2, "0", 0, 120, 8L, "2025-06-15T12:00:00Z");
        score(STORE, 103, "LOST", "50", 1, "0", 0, 400, null, "2023-01-01T12:00:00Z");
        score(STORE, 104, null, "0", 0, "0", 0, null, null, "2026-01-10T12:00:00Z");
        score(STORE, 105, "LOYAL", "500", 3, "500", 3, 30, CATEGORY, "2024-12-31T12:00:00Z");
        score(ELSEWHERE, 101, "CHAMPIONS", "900", 6, "500", 4, 2, CATEGORY, "2024-03-01T12:00:00Z");
        score(ELSEWHERE, 106, "LOYAL", "400", 3, "400", 3, 5, CATEGORY, "2024-06-01T12:00:00Z");
        for (long customer = FIRST_SLEEPER; customer < FIRST_SLEEPER + SLEEPERS; customer++) {
            score(STORE, customer, "HIBERNATING", "80", 1, "80", 1, 200, null, "2024-01-01T12:00:00Z");
        }
        memberships.moveTier(STORE, 101, "GOLD", Actor.owner("owner"), null);
        memberships.moveTier(STORE, 105, "GOLD", Actor.owner("owner"), null);
        memberships.moveTier(STORE, 103, "SILVER", Actor.owner("owner"), null);
        memberships.joinAll(STORE, groups.getByCode(STORE, "WHOLESALE").getId(), List.of(101L), Actor.owner("owner"),
                null);
        template = context.getBean(CouponService.class).create(STORE, template()).getId();
        sleepers = segments.create(STORE, filter("Sleepers", draft -> draft.setRfmSegments(List.of("HIBERNATING"))))
                .getId();
    }

    @Test
    void filtersByRfmSegmentAndCountsWhatItLists() {
        assertThat(members(draft -> draft.setRfmSegments(List.of("CHAMPIONS", "LOYAL")))).containsExactly(101L, 105L);
        assertThat(segments.members(STORE, SegmentSelection.rfm("LOST"), PageRequest.of(0, 10)).getContent())
                .extracting(SegmentMember::getCustomerId).containsExactly(103L);
        assertThat(segments.count(STORE, SegmentSelection.saved(sleepers))).isEqualTo(SLEEPERS);
        assertThat(segments.memberIds(STORE, sleepers)).hasSize(SLEEPERS).startsWith(FIRST_SLEEPER);
    }

    @Test
    void filtersByTierWithTheDefaultTierHeldByMembersWithoutARowAndByGroup() {
        assertThat(members(draft -> draft.setTiers(List.of("GOLD")))).containsExactly(101L, 105L);
        assertThat(members(draft -> draft.setTiers(List.of("SILVER")))).containsExactly(103L);
        assertThat(members(draft -> {
            draft.setTiers(List.of("BRONZE"));
            draft.setRfmSegments(List.of("AT_RISK", "CHAMPIONS"));
        })).containsExactly(102L);
        assertThat(members(draft -> draft.setGroups(List.of("WHOLESALE")))).containsExactly(101L);
    }

    @Test
    void filtersBySpendAndOrdersOverTheLifetimeOrTheWindowBothEndsIncluded() {
        assertThat(members(draft -> {
            draft.setSpendMin(new BigDecimal("300"));
            draft.setSpendMax(new BigDecimal("500"));
        })).containsExactly(102L, 105L);
        assertThat(members(draft -> {
            draft.setFigures("WINDOW");
            draft.setSpendMin(new BigDecimal("500"));
        })).containsExactly(101L, 105L);
        assertThat(members(draft -> {
            draft.setOrdersMin(2);
            draft.setOrdersMax(3);
        })).containsExactly(102L, 105L);
    }

    @Test
    void filtersByDaysSinceTheLastOrderWhichNoMemberWithoutOrdersMatches() {
        assertThat(members(draft -> {
            draft.setDaysSinceLastOrderMin(90);
            draft.setDaysSinceLastOrderMax(365);
            draft.setRfmSegments(List.of("AT_RISK", "LOST", "CHAMPIONS"));
        })).containsExactly(102L);
        assertThat(members(draft -> draft.setDaysSinceLastOrderMax(30))).containsExactly(101L, 105L);
        assertThat(members(draft -> draft.setOrdersMax(0))).containsExactly(104L);
        assertThat(members(draft -> {
            draft.setOrdersMax(0);
            draft.setDaysSinceLastOrderMin(0);
        })).isEmpty();
    }

    @Test
    void filtersByFavouriteCategoryAndRegistrationDays() {
        assertThat(members(draft -> draft.setFavouriteCategoryId(CATEGORY))).containsExactly(101L, 105L);
        assertThat(members(draft -> {
            draft.setRegisteredFrom(LocalDate.parse("2024-03-01"));
            draft.setRegisteredTo(LocalDate.parse("2024-12-31"));
        })).containsExactly(101L, 105L);
    }

    @Test
    void pushesOneDistinctCodeBoundToEachReachedMemberAndHoldsTheControlGroupBack() {
        Offer offer = pushed("codes", Offer.Mode.CODES, 25);

        List<Object[]> rows = jdbc.query("select om.CUSTOMER_ID, om.HELD_BACK, om.COUPON_ID, c.BOUND_CUSTOMER_ID,"
                + " c.CODE, om.SENT_AT from " + table("SMM_OFFER_MEMBER") + " om left join " + table("SMM_COUPON")
                + " c on c.ID = om.COUPON_ID where om.OFFER_ID = ?", (row, i) -> new Object[] { row.getLong(1),
                        row.getBoolean(2), row.getObject(3), row.getObject(4), row.getString(5), row.getObject(6) },
                offer.getId());
        List<Object[]> control = rows.stream().filter(row -> (Boolean) row[1]).collect(Collectors.toList());
        List<Object[]> treated = rows.stream().filter(row -> !(Boolean) row[1]).collect(Collectors.toList());
        assertThat(offer.getStatus()).isEqualTo(Offer.Status.DONE);
        assertThat(rows).hasSize(SLEEPERS);
        assertThat(control).hasSize(offer.getHeldBack()).isNotEmpty().allMatch(row -> row[2] == null && row[5] == null)
                .allMatch(row -> ControlSplit.heldBack(offer.getId(), (Long) row[0], 25));
        assertThat(treated).hasSize(offer.getTreated()).hasSize(offer.getDone())
                .allMatch(row -> ((Number) row[3]).longValue() == (Long) row[0] && row[5] != null);
        assertThat(treated.stream().map(row -> (String) row[4]).distinct()).hasSize(treated.size());
    }

    @Test
    void aReplayedPushKeyAnswersTheFirstPushAndPushesNothing() {
        Offer first = pushed("twice", Offer.Mode.CODES, 10);
        long coupons = count("select count(*) from " + table("SMM_COUPON"));

        Offer again = offers.push(STORE, sleepers, draft("twice", Offer.Mode.GROUP, 30), "owner");

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getMode()).isEqualTo(Offer.Mode.CODES);
        assertThat(count("select count(*) from " + table("SMM_COUPON"))).isEqualTo(coupons);
        assertThat(count("select count(*) from " + table("SMM_OFFER_MEMBER") + " where OFFER_ID = " + first.getId()))
                .isEqualTo(SLEEPERS);
    }

    @Test
    void aGroupPushPutsTheReachedMembersInANewGroupAndIssuesOneCouponLimitedToIt() {
        Offer offer = pushed("group", Offer.Mode.GROUP, 20);

        MemberGroup group = groups.get(STORE, offer.getGroupId());
        List<Long> inGroup = jdbc.queryForList("select CUSTOMER_ID from " + table("SMM_MEMBERSHIP")
                + " where GROUP_ID = ? order by CUSTOMER_ID", Long.class, group.getId());
        List<Long> treated = jdbc.queryForList("select CUSTOMER_ID from " + table("SMM_OFFER_MEMBER")
                + " where OFFER_ID = ? and HELD_BACK = ? and COUPON_ID = ? order by CUSTOMER_ID", Long.class,
                offer.getId(), false, offer.getCouponId());
        assertThat(offer.getStatus()).isEqualTo(Offer.Status.DONE);
        assertThat(group.getCode()).isEqualTo("OFFER-" + offer.getId());
        assertThat(group.isTier()).isFalse();
        assertThat(inGroup).isEqualTo(treated).hasSize(offer.getTreated()).hasSize(SLEEPERS - offer.getHeldBack());
        assertThat(jdbc.queryForList("select GROUP_ID from " + table("SMM_COUPON_GROUP") + " where COUPON_ID = ?",
                Long.class, offer.getCouponId())).containsExactly(group.getId());
        assertThat(jdbc.queryForMap("select PER_SHOPPER_LIMIT, TOTAL_LIMIT, GUESTS_ALLOWED, ISSUED_FROM,"
                + " BOUND_CUSTOMER_ID from " + table("SMM_COUPON") + " where ID = ?", offer.getCouponId()).values())
                .extracting(value -> value instanceof Number ? ((Number) value).longValue() : value)
                .containsExactly(1L, null, false, template, null);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where TO_GROUP_CODE = '"
                + group.getCode() + "'")).isEqualTo(offer.getTreated());
    }

    @Test
    void reportsRedemptionsOrdersAndRevenueOfTheReachedMembersAgainstControl() {
        Offer offer = pushed("report", Offer.Mode.CODES, 25);
        List<Object[]> rows = jdbc.query("select CUSTOMER_ID, HELD_BACK, COUPON_ID from " + table("SMM_OFFER_MEMBER")
                + " where OFFER_ID = ? order by CUSTOMER_ID", (row, i) -> new Object[] { row.getLong(1),
                        row.getBoolean(2), row.getObject(3) }, offer.getId());
        Object[] buyer = rows.stream().filter(row -> !(Boolean) row[1]).findFirst().orElseThrow();
        Object[] other = rows.stream().filter(row -> !(Boolean) row[1]).skip(1).findFirst().orElseThrow();
        Object[] held = rows.stream().filter(row -> (Boolean) row[1]).findFirst().orElseThrow();
        Instant after = now.plusSeconds(60);
        order(7001, (Long) buyer[0], after, "ORDERED", "100.00");
        redeem(((Number) buyer[2]).longValue(), 7001, (Long) buyer[0], after, null);
        order(7002, (Long) buyer[0], after, "DELIVERED", "33.33");
        order(7003, (Long) other[0], after, "CANCELED", "500.00");
        redeem(((Number) other[2]).longValue(), 7003, (Long) other[0], after, after);
        order(7004, (Long) held[0], after, "ORDERED", "50.00");
        order(7005, (Long) held[0], now.minus(Duration.ofDays(3)), "ORDERED", "70.00");

        OfferReport report = offers.report(STORE, offer.getId());

        assertThat(report.getReached()).isEqualTo(offer.getTreated());
        assertThat(report.getHeldBack()).isEqualTo(offer.getHeldBack());
        assertThat(report.getCodesUsed()).isEqualTo(1);
        assertThat(report.getOrders()).isEqualTo(1);
        assertThat(report.getRevenue()).isEqualByComparingTo("100.00");
        assertThat(report.getTreatedBuyers()).isEqualTo(1);
        assertThat(report.getTreatedRevenue()).isEqualByComparingTo("133.33");
        assertThat(report.getTreatedRevenuePerMember()).isEqualByComparingTo(new BigDecimal("133.33")
                .divide(BigDecimal.valueOf(offer.getTreated()), 2, RoundingMode.HALF_UP));
        assertThat(report.getTreatedRevenuePerMember().scale()).isEqualTo(2);
        assertThat(report.getControlBuyers()).isEqualTo(1);
        assertThat(report.getControlRevenue()).isEqualByComparingTo("50.00");
        assertThat(report.getCurrency()).isEqualTo("CAD");
    }

    private Offer pushed(String key, Offer.Mode mode, int controlPercent) {
        Offer offer = offers.push(STORE, sleepers, draft(key, mode, controlPercent), "owner");
        Instant deadline = Instant.now().plusSeconds(60);
        while (offer.getStatus() == Offer.Status.RUNNING && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            offer = offers.get(STORE, offer.getId());
        }
        return offer;
    }

    private List<Long> members(Consumer<SegmentDraft> filter) {
        long id = segments.create(STORE, filter("Filter " + System.nanoTime(), filter)).getId();
        List<Long> listed = segments.members(STORE, SegmentSelection.saved(id), PageRequest.of(0, 50)).getContent()
                .stream().map(SegmentMember::getCustomerId).collect(Collectors.toList());
        assertThat(segments.count(STORE, SegmentSelection.saved(id))).isEqualTo(listed.size());
        assertThat(segments.memberIds(STORE, id)).isEqualTo(listed);
        segments.delete(STORE, id);
        return listed;
    }

    private static SegmentDraft filter(String name, Consumer<SegmentDraft> filter) {
        SegmentDraft draft = new SegmentDraft();
        draft.setName(name);
        filter.accept(draft);
        return draft;
    }

    private OfferDraft draft(String key, Offer.Mode mode, int controlPercent) {
        OfferDraft draft = new OfferDraft();
        draft.setKey(key);
        draft.setTemplateId(template);
        draft.setMode(mode);
        draft.setControlPercent(controlPercent);
        return draft;
    }

    private static CouponDraft template() {
        CouponDraft draft = new CouponDraft();
        draft.setCode("WINBACK");
        draft.setName("Win back");
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(BigDecimal.TEN);
        return draft;
    }

    private void score(String store, long customer, String segment, String spend, int orders, String windowSpend,
            int windowOrders, Integer daysSinceLastOrder, Long category, String registeredAt) {
        jdbc.update("insert into " + table("SMM_MEMBER_SCORE") + " (STORE_CODE, CUSTOMER_ID, REGISTERED_AT,"
                + " LIFETIME_ORDERS, LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, LAST_ORDER_AT, FAVOURITE_CATEGORY_ID,"
                + " SEGMENT, RUN_ID, SCORED_AT) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", store, customer,
                at(Instant.parse(registeredAt)), orders, new BigDecimal(spend), windowOrders,
                new BigDecimal(windowSpend), daysSinceLastOrder == null ? null
                        : at(now.minus(Duration.ofDays(daysSinceLastOrder))), category, segment, at(now));
    }

    private void order(long orderId, long customer, Instant placedAt, String status, String total) {
        jdbc.update("insert into " + table("SMM_SPEND_ORDER") + " (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT,"
                + " STATUS, TOTAL, SHIPPING, TAX, CURRENCY, UPDATED_AT) values (?, ?, ?, ?, ?, ?, 0, 0, 'CAD', ?)",
                STORE, orderId, customer, at(placedAt), status, new BigDecimal(total), at(placedAt));
    }

    private void redeem(long coupon, long orderId, long customer, Instant at, Instant givenBack) {
        jdbc.update("insert into " + table("SMM_COUPON_REDEMPTION") + " (COUPON_ID, STORE_CODE, ORDER_ID, CUSTOMER_ID,"
                + " SHOPPER_KEY, DISCOUNT, CURRENCY, REDEEMED_AT, GIVEN_BACK_AT)"
                + " values (?, ?, ?, ?, ?, 10, 'CAD', ?, ?)",
                coupon, STORE, orderId, customer, "customer:" + customer, at(at), givenBack == null ? null
                        : at(givenBack));
    }

    private static Timestamp at(Instant instant) {
        return NativeRows.utc(instant);
    }

    /** Segments and offers over the shared wiring; the catalog knows categories 7 and 8. */
    @Configuration(proxyBeanMethods = false)
    @Import({ SegmentsConfiguration.class, OffersConfiguration.class })
    static class Offers {

        @Bean
        CatalogLookupService catalogLookupService() {
            CatalogLookupService catalog = mock(CatalogLookupService.class);
            when(catalog.categories(anyString(), anyCollection(), any())).thenAnswer(call -> {
                Collection<Long> ids = call.getArgument(1);
                return ids.stream().filter(id -> id == 7 || id == 8)
                        .collect(Collectors.toMap(id -> id, id -> CatalogItem.category(id, "c" + id, "c" + id)));
            });
            return catalog;
        }
    }
}
