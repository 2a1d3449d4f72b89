package io.smm.membership.coupons;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.smm.harness.order.StandInPayments;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.CouponCheckoutRace.Outcome;
import io.smm.membership.testhost.StandInHost;

/**
 * Coupon checkouts behind a slow payment (issue 12): on each database the stand-in host's payment takes 300 ms
 * inside the order's transaction, as a gateway's round trip does. Each round, 100 guests check out at once without a
 * coupon, then 100 other guests at once with one coupon limited to 50 uses; both wall times are printed with their
 * ratio and the coupon checkouts' counts. Exits 1 if any count is off.
 *
 * <p>Arguments: rounds (1), databases (h2,postgres,mariadb), concurrent checkouts (100).
 */
public final class CouponPaymentDelayBenchmark {

    private static final int CHECKOUTS = 100;
    private static final int LIMIT = 50;
    private static final Duration PAYMENT = Duration.ofMillis(300);
    private static final String HEADER = "| database | round | no coupon (s) | coupon (s) | coupon / no coupon "
            + "| placed without coupon | discounted | refused used up | other answers | uses | payments taken "
            + "| counts |";

    private CouponPaymentDelayBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<String> databases = List.of((args.length > 1 ? args[1] : "h2,postgres,mariadb").split(","));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : CHECKOUTS;
        List<String> rows = new ArrayList<>();
        boolean allRight = true;
        for (String name : databases) {
            // a host checkout holds one pooled connection and takes a second for its id generator
            try (StandInHost host = StandInHost.start(TestDatabases.forHost(name), 2 * threads + 10)) {
                host.context().getBean(StandInPayments.class).setDelay(PAYMENT);
                CouponCheckoutRace race = new CouponCheckoutRace(host);
                race.guestsCheckOutWithoutCoupon(CHECKOUTS, threads); // warm-up, not reported
                for (int round = 1; round <= rounds; round++) {
                    Outcome plain = race.guestsCheckOutWithoutCoupon(CHECKOUTS, threads);
                    Outcome coupon = race.guestsRaceForTheTotalLimit(CHECKOUTS, LIMIT, threads);
                    boolean right = countsRight(plain, coupon);
                    allRight &= right;
                    String row = row(name, round, plain, coupon, right);
                    System.out.println(right ? row : row + "\n  without coupon: " + plain + "\n  with coupon: "
                            + coupon + " " + coupon.otherAnswers);
                    rows.add(row);
                }
            }
        }
        System.out.printf("%nPayment %d ms, %d checkouts, coupon limit %d, %d at once:%n%n%s%n", PAYMENT.toMillis(),
                CHECKOUTS, LIMIT, threads, HEADER);
        System.out.println(HEADER.replaceAll("[^|]", "-"));
        rows.forEach(System.out::println);
        System.out.println(allRight ? "Every count was right." : "A COUNT WAS OFF.");
        System.exit(allRight ? 0 : 1);
    }

    private static boolean countsRight(Outcome plain, Outcome coupon) {
        return plain.placed == CHECKOUTS && plain.otherAnswers.isEmpty() && plain.payments == CHECKOUTS
                && coupon.placed == LIMIT && coupon.usedUp == CHECKOUTS - LIMIT && coupon.otherAnswers.isEmpty()
                && coupon.uses == LIMIT && coupon.ledgerRows == LIMIT && coupon.discountedOrders == LIMIT
                && coupon.payments == LIMIT;
    }

    private static String row(String database, int round, Outcome plain, Outcome coupon, boolean right) {
        double plainSeconds = plain.took.toMillis() / 1000.0;
        double couponSeconds = coupon.took.toMillis() / 1000.0;
        return String.format("| %s | %d | %.2f | %.2f | %.1f | %d | %d | %d | %d | %d | %d | %s |", database, round,
                plainSeconds, couponSeconds, couponSeconds / plainSeconds, plain.placed, coupon.discountedOrders,
                coupon.usedUp, coupon.otherAnswers.size(), coupon.uses, coupon.payments, right ? "right" : "OFF");
    }
}
