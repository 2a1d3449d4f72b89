package io.smm.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmRuns;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.dashboard.OrderSpanRefresher;
import io.smm.membership.offers.Offer;
import io.smm.membership.offers.OfferDraft;
import io.smm.membership.offers.OfferService;
import io.smm.membership.segments.SegmentDraft;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * The demo's analytics: the members scored once the year of orders is in, a saved segment of members worth winning
 * back, and a 15 % offer pushed to it as one code per member with a fifth held back; one of the shoppers bought
 * for the RFM segments who was reached spends their code among today's orders, so the offer's report has a
 * redemption while the showcase shoppers' spend stays as the README tells it.
 */
final class DemoAnalytics {

    static final String SEGMENT = "Worth winning back";
    static final String TEMPLATE = "COMEBACK15";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final RfmRuns runs;
    private final RfmReport report;
    private final SegmentService segments;
    private final CouponService coupons;
    private final OfferService offers;
    private final OrderSpanRefresher orderFigures;
    private DemoCheckouts.Basket winBack;

    DemoAnalytics(RfmRuns runs, RfmReport report, SegmentService segments, CouponService coupons,
            OfferService offers, OrderSpanRefresher orderFigures) {
        this.runs = runs;
        this.report = report;
        this.segments = segments;
        this.coupons = coupons;
        this.offers = offers;
        this.orderFigures = orderFigures;
    }

    /** Scores the members, counts the dashboard's order figures and pushes the win-back offer. */
    void load() {
        orderFigures.refresh();
        runs.request(DemoData.STORE, "demo");
        await(() -> report.latest(DemoData.STORE).map(run -> !"RUNNING".equals(run.get("status"))).orElse(false),
                "the RFM run");
        SegmentDraft worthWinningBack = new SegmentDraft();
        worthWinningBack.setName(SEGMENT);
        worthWinningBack.setRfmSegments(List.of("NEED_ATTENTION", "ABOUT_TO_SLEEP", "AT_RISK", "CANT_LOSE"));
        long segmentId = segments.create(DemoData.STORE, worthWinningBack).getId();
        OfferDraft push = new OfferDraft();
        push.setKey("demo-win-back");
        push.setTemplateId(coupons.create(DemoData.STORE, DemoData.coupon(TEMPLATE, "Come back, 15 % off",
                CouponTerms.Kind.PERCENT, "15")).getId());
        push.setControlPercent(20);
        push.setMode(Offer.Mode.CODES);
        long offerId = offers.push(DemoData.STORE, segmentId, push, "admin@shopizer.com").getId();
        await(() -> offers.get(DemoData.STORE, offerId).getStatus() != Offer.Status.RUNNING, "the offer's codes");
        winBack = firstCode(offerId).map(code -> DemoCheckouts.Basket.of(code.get("email")).add("TE-2", 2)
                .add("BR-1", 1).coupon(code.get("code"))).orElse(null);
    }

    /** The demo's orders of today, with the win-back order when the offer reached someone. */
    List<DemoCheckouts.Basket> ordersOfToday() {
        List<DemoCheckouts.Basket> all = new ArrayList<>(DemoData.ORDERS_OF_TODAY);
        if (winBack != null) {
            all.add(winBack);
        }
        return all;
    }

    /** The first code the offer gave one of the shoppers bought for the RFM segments. */
    private Optional<Map<String, String>> firstCode(long offerId) {
        StringWriter csv = new StringWriter();
        offers.writeCodes(DemoData.STORE, offerId, csv);
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv.toString().replace(String.valueOf(SpreadsheetCsv.BOM), "")))
                    .getRecords().stream().map(CSVRecord::toMap)
                    .filter(row -> row.get("email").startsWith(DemoShoppers.LOGIN_PREFIX)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier done, String what) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("The demo waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
