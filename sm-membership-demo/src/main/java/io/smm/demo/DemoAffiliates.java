package io.smm.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.springframework.transaction.support.TransactionTemplate;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.StandInCatalog;
import io.smm.membership.affiliates.AffiliateDraft;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.AffiliateView;
import io.smm.membership.affiliates.ApplicationDraft;
import io.smm.membership.affiliates.ClickInput;
import io.smm.membership.affiliates.TrackingService;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.OrderRefundDraft;
import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.commissions.CommissionApproval;
import io.smm.membership.commissions.CommissionParticipant;
import io.smm.membership.commissions.PayoutDraft;
import io.smm.membership.commissions.PayoutService;
import io.smm.membership.commissions.ReportCommissionRow;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;

/**
 * The demo's affiliates and their last three months: Mei, a tea blogger with a higher rate on tea and a coupon of
 * her own, and Tom, a coffee channel whose tracking id changed (his old links still count); a suspended partner and
 * an application waiting in the queue. Their shoppers' clicks and orders are placed as the checkout seam places
 * them, each at its date (the click remembered by the cart, the order credited as the host places it), then the
 * daily approval, payouts, a cancel and two refunds at theirs: one before approval, one after a payout, carried
 * into the next. Today's order through Tom's link goes through the whole checkout with the other orders of today.
 */
final class DemoAffiliates {

    static final String TOM = "tom-brews";

    private static final String MEI = "mei-tea";
    private static final String MEI_COUPON = "MEI10";
    private static final String OWNER = "admin@shopizer.com";
    private static final long SEED = 20261206L;
    private static final int DAYS_OF_CLICKS = 90;

    private final StandInCatalog catalog;
    private final AffiliateService affiliates;
    private final CouponService coupons;
    private final TrackingService tracking;
    private final CheckoutSteps steps;
    private final CommissionParticipant commissions;
    private final CommissionApproval approval;
    private final PayoutService payouts;
    private final OrderRefundService refunds;
    private final OrderHistory orders;
    private final TransactionTemplate transactions;
    private final DemoClock clock;
    private final Instant now = Instant.now();
    private final Random random = new Random(SEED);

    DemoAffiliates(StandInCatalog catalog, AffiliateService affiliates, CouponService coupons,
            TrackingService tracking, CheckoutSteps steps, CommissionParticipant commissions,
            CommissionApproval approval, PayoutService payouts, OrderRefundService refunds, OrderHistory orders,
            TransactionTemplate transactions, DemoClock clock) {
        this.catalog = catalog;
        this.affiliates = affiliates;
        this.coupons = coupons;
        this.tracking = tracking;
        this.steps = steps;
        this.commissions = commissions;
        this.approval = approval;
        this.payouts = payouts;
        this.refunds = refunds;
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param productIds the demo's products by sku
     * @param categoryOf the category each sku is filed under
     */
    void load(Map<String, Long> productIds, Map<String, Long> categoryOf) {
        long mei = catalog.createCustomer("mei@demo.example", DemoData.PASSWORD, "美", "林");
        long meiAffiliate = affiliate(mei, "Mei's tea notes", "mei@demo.example", MEI, "8", "PayPal",
                "mei.payouts@demo.example", Map.of(categoryOf.get("TE-1"), "12")).getId();
        coupons.create(DemoData.STORE, meiCoupon());
        affiliates.bindCoupon(DemoData.STORE, meiAffiliate, MEI_COUPON);
        long tom = catalog.createCustomer("tom@demo.example", DemoData.PASSWORD, "Tom", "Baker");
        long tomAffiliate = affiliate(tom, "Tom brews", "tom@demo.example", "tombrews", "6", "Bank transfer",
                "tom@demo.example", Map.of()).getId();
        retire(tomAffiliate, "tombrews", TOM);
        affiliates.suspend(DemoData.STORE, affiliate(null, "Sunny deals", "hello@sunny-deals.example", "sunny-deals",
                "10", "PayPal", "hello@sunny-deals.example", Map.of()).getId(), OWNER);
        apply(catalog.createCustomer("grace@demo.example", DemoData.PASSWORD, "Grace", "Ho"));
        if (clock == null) {
            return;
        }
        visits();
        Map<Long, String> shoppers = new LinkedHashMap<>();
        shoppers.put(catalog.createCustomer("lin@demo.example", DemoData.PASSWORD, "怡君", "林"), "lin@demo.example");
        shoppers.put(catalog.createCustomer("kai@demo.example", DemoData.PASSWORD, "Kai", "Wong"), "kai@demo.example");
        Sales sales = new Sales(new PastCheckouts(steps, orders, transactions, clock, productIds, categoryOf),
                productIds, shoppers);
        Map<Integer, Long> meiOrders = new LinkedHashMap<>();
        for (int daysAgo : new int[] { 80, 66, 58, 47, 36, 12, 4 }) {
            meiOrders.put(daysAgo, daysAgo % 3 == 0 ? sales.withCoupon(daysAgo)
                    : sales.throughLink(MEI, daysAgo, OrderStatus.DELIVERED));
        }
        long canceled = sales.throughLink(MEI, 41, OrderStatus.CANCELED);
        sales.own(mei, "mei@demo.example", 20, "TE-2");
        Map<Integer, Long> tomOrders = new LinkedHashMap<>();
        tomOrders.put(70, sales.throughLink("tombrews", 70, OrderStatus.DELIVERED));
        for (int daysAgo : new int[] { 52, 33, 9 }) {
            tomOrders.put(daysAgo, sales.throughLink(TOM, daysAgo, OrderStatus.DELIVERED));
        }
        at(40, approval::approveDue);
        at(39, () -> cancel(canceled));
        at(28, () -> refundHalf(tomOrders.get(33), "Dripper returned"));
        at(25, approval::approveDue);
        at(24, () -> payAll(meiAffiliate, "PP-2026-10"));
        at(24, () -> payAll(tomAffiliate, "BANK-2026-10"));
        at(15, () -> refundHalf(meiOrders.get(66), "One tin arrived crushed"));
        approval.approveDue();
    }

    private static CouponDraft meiCoupon() {
        CouponDraft draft = new CouponDraft();
        draft.setCode(MEI_COUPON);
        draft.setName("Mei's readers, 10 % off");
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(new BigDecimal("10"));
        draft.setGuestsAllowed(true);
        return draft;
    }

    private AffiliateView affiliate(Long customerId, String name, String email,
            String trackingId, String rate, String payoutMethod, String payoutEmail, Map<Long, String> categoryRates) {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setCustomerId(customerId);
        draft.setName(name);
        draft.setEmail(email);
        draft.setTrackingId(trackingId);
        draft.setRate(new BigDecimal(rate));
        draft.setCategoryRates(categoryRates.entrySet().stream().map(entry -> new AffiliateDraft.CategoryRate(
                entry.getKey(), new BigDecimal(entry.getValue()))).collect(Collectors.toList()));
        draft.setPayoutMethod(payoutMethod);
        draft.setPayoutEmail(payoutEmail);
        draft.setStatus(AffiliateStatus.ACTIVE);
        return affiliates.create(DemoData.STORE, draft, OWNER);
    }

    /** Tom's channel renamed: the owner changes his tracking id, his old links keep counting. */
    private void retire(long affiliateId, String old, String renamed) {
        AffiliateView tom = affiliates.get(DemoData.STORE, affiliateId);
        AffiliateDraft draft = new AffiliateDraft();
        draft.setCustomerId(tom.getCustomerId());
        draft.setName(tom.getName());
        draft.setEmail(tom.getEmail());
        draft.setTrackingId(renamed);
        draft.setRate(tom.getRate());
        draft.setPayoutMethod(tom.getPayoutMethod());
        draft.setPayoutEmail(tom.getPayoutEmail());
        affiliates.update(DemoData.STORE, affiliateId, draft);
    }

    private void apply(long customerId) {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setNote("I run a latte art school in Taichung, 2,000 students a year");
        draft.setPayoutMethod("Bank transfer");
        draft.setPayoutEmail("grace@demo.example");
        draft.setPayoutDetails("Taiwan Bank 004, account 1234-567-890");
        affiliates.apply(DemoData.STORE, customerId, draft);
    }

    /**
     * Readers and viewers following the links every day, a few tracking ids mistyped, and one burst: forty clicks
     * from one address in an hour on Tom's link six days ago.
     */
    private void visits() {
        for (int daysAgo = DAYS_OF_CLICKS; daysAgo > 0; daysAgo--) {
            Instant day = now.minus(Duration.ofDays(daysAgo));
            for (int i = random.nextInt(5); i >= 0; i--) {
                click(day.plusSeconds(random.nextInt(86_400)), MEI, "/category/tea", "https://meitea.blog/");
            }
            for (int i = random.nextInt(4); i >= 0; i--) {
                click(day.plusSeconds(random.nextInt(86_400)), TOM, "/category/brewers",
                        "https://www.youtube.com/");
            }
            if (daysAgo % 17 == 0) {
                click(day, "mei-teaa", "/", null);
            }
        }
        Instant burst = now.minus(Duration.ofDays(6));
        for (int i = 0; i < 40; i++) {
            clickFrom("203.0.113.9", burst.plusSeconds(i * 60L), TOM, "/category/brewers", null, null);
        }
    }

    private void click(Instant at, String trackingId, String landing, String referrer) {
        clickFrom("198.51.100." + random.nextInt(250), at, trackingId, landing, referrer, null);
    }

    private void clickFrom(String address, Instant at, String trackingId, String landing, String referrer,
            String cartCode) {
        clock.windBack(at);
        try {
            tracking.click(DemoData.STORE, new ClickInput(trackingId, landing, referrer, address, cartCode));
        } finally {
            clock.release();
        }
    }

    private void at(int daysAgo, Runnable work) {
        clock.windBack(now.minus(Duration.ofDays(daysAgo)));
        try {
            work.run();
        } finally {
            clock.release();
        }
    }

    private void cancel(long orderId) {
        OrderFacts order = orders.find(DemoData.STORE, orderId).orElseThrow();
        transactions.executeWithoutResult(status -> steps.giveBack(OrderGiveBack.whole(order,
                OrderGiveBack.Kind.CANCELED)));
    }

    private void refundHalf(long orderId, String reason) {
        OrderFacts order = orders.find(DemoData.STORE, orderId).orElseThrow();
        OrderRefundDraft draft = new OrderRefundDraft();
        draft.setAmount(order.total().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN));
        draft.setReason(reason);
        draft.setKey("demo-refund-" + orderId);
        refunds.ownerRefunded(DemoData.STORE, orderId, draft, OWNER);
    }

    private void payAll(long affiliateId, String reference) {
        PayoutDraft draft = new PayoutDraft();
        draft.setAffiliateId(affiliateId);
        draft.setCommissionIds(payouts.payable(DemoData.STORE, affiliateId).getCommissions().stream()
                .map(ReportCommissionRow::getId).collect(Collectors.toList()));
        draft.setReference(reference);
        payouts.record(DemoData.STORE, draft, OWNER);
    }

    /** The affiliates' shoppers' orders, each placed at its date and credited as the checkout seam credits one. */
    private final class Sales {

        private final PastCheckouts past;
        private final Map<Long, String> shoppers;
        private final List<Long> shopperIds;
        private final List<String> shelf;

        /** @param shoppers the affiliates' shoppers' customer ids and e-mail addresses */
        Sales(PastCheckouts past, Map<String, Long> productIds, Map<Long, String> shoppers) {
            this.past = past;
            this.shoppers = shoppers;
            this.shopperIds = List.copyOf(shoppers.keySet());
            this.shelf = productIds.keySet().stream().filter(sku -> sku.startsWith("TE-") || sku.startsWith("BR-"))
                    .collect(Collectors.toList());
        }

        /** A shopper follows the link twenty minutes before ordering; the click names their cart. */
        long throughLink(String trackingId, int daysAgo, OrderStatus status) {
            Instant at = now.minus(Duration.ofDays(daysAgo));
            String cart = "DEMO-AFF-" + daysAgo + "-" + trackingId;
            clickFrom("198.51.100." + random.nextInt(250), at.minus(Duration.ofMinutes(20)), trackingId,
                    "/category/tea", "https://meitea.blog/", cart);
            long shopper = shopper();
            return place(shopper, shoppers.get(shopper), null, cart, daysAgo, status, pick(), pick());
        }

        long withCoupon(int daysAgo) {
            long shopper = shopper();
            return place(shopper, shoppers.get(shopper), MEI_COUPON, "DEMO-AFF-" + daysAgo + "-" + MEI_COUPON,
                    daysAgo, OrderStatus.DELIVERED, pick());
        }

        /** The affiliate buying with her own coupon: flagged, worth nothing. */
        long own(long customerId, String email, int daysAgo, String sku) {
            return place(customerId, email, MEI_COUPON, "DEMO-AFF-" + daysAgo + "-own", daysAgo,
                    OrderStatus.DELIVERED, sku);
        }

        private long place(long customerId, String email, String promoCode, String cartCode, int daysAgo,
                OrderStatus status, String... skus) {
            Map<String, Integer> quantities = new LinkedHashMap<>();
            for (String sku : skus) {
                quantities.merge(sku, 1 + random.nextInt(2), Integer::sum);
            }
            long orderId = catalog.placeOrder(DemoData.STORE, customerId, quantities,
                    Date.from(now.minus(Duration.ofDays(daysAgo))), status);
            past.credit(commissions, orders.find(DemoData.STORE, orderId).orElseThrow(), email, promoCode, cartCode);
            return orderId;
        }

        private long shopper() {
            return shopperIds.get(random.nextInt(shopperIds.size()));
        }

        private String pick() {
            return shelf.get(random.nextInt(shelf.size()));
        }
    }
}
