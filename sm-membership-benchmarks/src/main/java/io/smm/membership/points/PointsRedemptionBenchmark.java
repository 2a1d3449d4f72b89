package io.smm.membership.points;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.benchmarks.ConcurrentRuns;
import io.smm.membership.benchmarks.PostgresHost;

/**
 * Points at the till on embedded PostgreSQL inside the stand-in host (its pool: 8 connections): concurrent shoppers,
 * each on an account of their own, redeem points for ever new carts as a checkout does through the ledger: the hold
 * in a transaction of its own before the payment, then its confirm in a transaction standing for the order's.
 *
 * <p>Arguments: threads, one account each (50), measured seconds (20), warm-up seconds (10).
 */
public final class PointsRedemptionBenchmark {

    private static final String STORE = "DEFAULT";
    private static final long POINTS = 100;

    private PointsRedemptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (PostgresHost postgres = PostgresHost.start()) {
            ConfigurableApplicationContext host = postgres.context();
            PointsLedger ledger = host.getBean(PointsLedger.class);
            TransactionTemplate order = new TransactionTemplate(host.getBean(JpaTransactionManager.class));
            for (int shopper = 1; shopper <= threads; shopper++) {
                ledger.grant(STORE, shopper, 1_000_000_000L, "bench:" + shopper, "benchmark");
            }
            AtomicLong orders = new AtomicLong();
            ConcurrentRuns.measure("hold and confirm, one account a shopper", "redemptions", threads, warmUp, seconds,
                    thread -> {
                        long orderId = orders.incrementAndGet();
                        String cart = "bench-" + orderId;
                        ledger.hold(STORE, thread + 1L, cart, POINTS, Instant.now());
                        order.executeWithoutResult(status -> ledger.confirm(STORE, cart, orderId));
                    });
            for (int shopper = 1; shopper <= threads; shopper++) {
                PointsLedger.Invariant invariant = ledger.check(STORE, shopper);
                if (!invariant.holds()) {
                    throw new IllegalStateException("shopper " + shopper + ": " + invariant);
                }
            }
            System.out.println("invariant holds for every account");
        }
    }
}
