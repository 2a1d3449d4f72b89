package io.smm.membership.offers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.membership.analytics.AnalyticsShop;
import io.smm.membership.benchmarks.CharCount;
import io.smm.membership.benchmarks.PostgresHost;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.segments.SegmentDraft;
import io.smm.membership.segments.SegmentService;

/**
 * An offer pushed to a segment of N members on embedded PostgreSQL in the stand-in host: N host customers
 * ({@link AnalyticsShop}) each with an SMM_MEMBER_SCORE row in segment HIBERNATING, a saved segment of them, and a
 * CODES push without control group, timed until it is done; then its codes.csv written to nowhere. Prints both
 * times, the distinct codes bound to the members, and the highest heap in use sampled during the push.
 *
 * <p>Arguments: members (100,000).
 */
public final class OfferPushBenchmark {

    private static final String STORE = AnalyticsShop.STORE;

    private OfferPushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (PostgresHost host = PostgresHost.start()) {
            AnalyticsShop.seed(host, members, 0);
            JdbcTemplate database = new JdbcTemplate(host.database());
            database.update("insert into SALESMANAGER.SMM_MEMBER_SCORE (STORE_CODE, CUSTOMER_ID, REGISTERED_AT,"
                    + " LIFETIME_ORDERS, LIFETIME_SPEND, WINDOW_ORDERS, WINDOW_SPEND, SEGMENT, RUN_ID, SCORED_AT)"
                    + " select '" + STORE + "', CUSTOMER_ID, DATE_CREATED, 1, 50, 0, 0, 'HIBERNATING', 1,"
                    + " now() at time zone 'UTC' from SALESMANAGER.CUSTOMER where CUSTOMER_ID >= "
                    + AnalyticsShop.FIRST_CUSTOMER);
            database.execute("analyze SALESMANAGER.SMM_MEMBER_SCORE");
            measure(host, database, members);
        }
        System.exit(0);
    }

    private static void measure(PostgresHost host, JdbcTemplate database, int members) throws Exception {
        SegmentDraft sleeping = new SegmentDraft();
        sleeping.setName("Hibernating");
        sleeping.setRfmSegments(List.of("HIBERNATING"));
        long segment = host.context().getBean(SegmentService.class).create(STORE, sleeping).getId();
        CouponDraft template = new CouponDraft();
        template.setCode("WINBACK");
        template.setName("Win back");
        template.setKind(CouponTerms.Kind.PERCENT);
        template.setValue(BigDecimal.TEN);
        OfferDraft draft = new OfferDraft();
        draft.setKey("benchmark");
        draft.setTemplateId(host.context().getBean(CouponService.class).create(STORE, template).getId());
        draft.setControlPercent(0);
        OfferService offers = host.context().getBean(OfferService.class);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong heapPeak = new AtomicLong(heapBefore);

        long started = System.nanoTime();
        Offer offer = offers.push(STORE, segment, draft, "benchmark");
        while (offer.getStatus() == Offer.Status.RUNNING) {
            Thread.sleep(100);
            heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            offer = offers.get(STORE, offer.getId());
        }
        double pushed = (System.nanoTime() - started) / 1e9;
        CharCount csv = new CharCount();
        started = System.nanoTime();
        offers.writeCodes(STORE, offer.getId(), csv);
        double written = (System.nanoTime() - started) / 1e9;

        long distinct = database.queryForObject("select count(distinct c.CODE) from SALESMANAGER.SMM_OFFER_MEMBER om"
                + " join SALESMANAGER.SMM_COUPON c on c.ID = om.COUPON_ID and c.BOUND_CUSTOMER_ID = om.CUSTOMER_ID"
                + " where om.OFFER_ID = ?", Long.class, offer.getId());
        System.out.printf("push to %,d members: %s, %,d codes issued, %,d distinct and bound to their members,"
                + " in %.1f s (%,.0f a second)%n", members, offer.getStatus(), offer.getDone(), distinct, pushed,
                offer.getDone() / pushed);
        System.out.printf("heap in use: %,d MB before, at most %,d MB during the push (max heap %,d MB)%n",
                heapBefore >> 20, heapPeak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        System.out.printf("codes.csv of %,d characters written in %.1f s%n", csv.characters(), written);
    }
}
