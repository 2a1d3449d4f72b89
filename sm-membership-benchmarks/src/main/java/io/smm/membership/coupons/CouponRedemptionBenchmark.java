package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.benchmarks.ConcurrentRuns;
import io.smm.membership.benchmarks.PostgresHost;

/**
 * Redemption throughput and latency of the coupon part alone: concurrent threads redeem one coupon, each
 * redemption in a transaction of its own as a checkout's would be, on embedded PostgreSQL inside the stand-in
 * host (its pool: 8 connections). Two coupons: one with a total limit only, one limited per shopper as well
 * (10,000 shoppers), which adds the locking count of the shopper's ledger rows.
 *
 * <p>Arguments: threads (50), measured seconds per coupon (20), warm-up seconds (10).
 */
public final class CouponRedemptionBenchmark {

    private static final String STORE = "DEFAULT";

    private CouponRedemptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (PostgresHost postgres = PostgresHost.start()) {
            ConfigurableApplicationContext host = postgres.context();
            CouponService coupons = host.getBean(CouponService.class);
            Redeemer redeemer = new Redeemer(host.getBean(CouponUseLedger.class),
                    new TransactionTemplate(host.getBean(JpaTransactionManager.class)));
            Coupon totalOnly = coupons.create(STORE, draft("BENCH-TOTAL", null));
            Coupon perShopper = coupons.create(STORE, draft("BENCH-SHOPPER", 1_000_000));
            measure("total limit only", redeemer, totalOnly, threads, warmUp, seconds);
            measure("total and per-shopper limits", redeemer, perShopper, threads, warmUp, seconds);
        }
    }

    private static CouponDraft draft(String code, Integer perShopperLimit) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName(code);
        draft.setKind(CouponTerms.Kind.AMOUNT);
        draft.setValue(BigDecimal.ONE);
        draft.setTotalLimit(1_000_000_000);
        draft.setPerShopperLimit(perShopperLimit);
        draft.setGuestsAllowed(true);
        return draft;
    }

    private static void measure(String label, Redeemer redeemer, Coupon coupon, int threads, int warmUp,
            int seconds) throws Exception {
        LongFunction<CouponShopper> shopperOf = order -> CouponShopper.customer(order % 10_000, Set.of());
        ConcurrentRuns.measure(label, "redemptions", threads, warmUp, seconds,
                thread -> redeemer.redeem(coupon, shopperOf));
    }

    /** One redemption a transaction, for ever new order ids. */
    private static final class Redeemer {

        private final CouponUseLedger redemptions;
        private final TransactionTemplate transaction;
        private final AtomicLong orders = new AtomicLong();

        Redeemer(CouponUseLedger redemptions, TransactionTemplate transaction) {
            this.redemptions = redemptions;
            this.transaction = transaction;
        }

        void redeem(Coupon coupon, LongFunction<CouponShopper> shopperOf) {
            long order = orders.incrementAndGet();
            transaction.executeWithoutResult(status -> redemptions.redeem(coupon, order, shopperOf.apply(order),
                    BigDecimal.ONE, "CAD"));
        }
    }
}
