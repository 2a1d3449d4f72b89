package io.smm.membership.coupons;

import java.util.List;

import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.StandInHost;

/**
 * The coupon races of the contract tests, repeated: on each database, {@code rounds} times 500 guests racing
 * through the stand-in host's HTTP checkout for a coupon limited to 100 uses, and one customer racing 50
 * checkouts for a coupon they may use once. Prints every round's counts; the limits must hold in all of them.
 *
 * <p>Arguments: rounds (10), databases (h2,postgres,mariadb), concurrent checkouts (50).
 */
public final class CouponCheckoutRaceBenchmark {

    private CouponCheckoutRaceBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> databases = List.of((args.length > 1 ? args[1] : "h2,postgres,mariadb").split(","));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        boolean allHeld = true;
        for (String name : databases) {
            try (StandInHost host = StandInHost.start(TestDatabases.forHost(name), 2 * threads + 10)) {
                CouponCheckoutRace race = new CouponCheckoutRace(host);
                for (int round = 1; round <= rounds; round++) {
                    CouponCheckoutRace.Outcome guests = race.guestsRaceForTheTotalLimit(500, 100, threads);
                    CouponCheckoutRace.Outcome customer = race.oneCustomerRacesForTheirOneUse(50, threads);
                    boolean held = holds(guests, 100, 400, 0) && holds(customer, 1, 0, 49);
                    allHeld &= held;
                    System.out.printf("%s round %d: 500 guests, limit 100: %s | one customer x50, limit 1: %s | %s%n",
                            name, round, guests, customer, held ? "held" : "BROKEN");
                }
            }
        }
        System.out.println(allHeld ? "Every limit held in every round." : "A LIMIT DID NOT HOLD.");
        System.exit(allHeld ? 0 : 1);
    }

    private static boolean holds(CouponCheckoutRace.Outcome outcome, int placed, int usedUp, int usedByYou) {
        return outcome.placed == placed && outcome.usedUp == usedUp && outcome.usedByYou == usedByYou
                && outcome.otherAnswers.isEmpty() && outcome.uses == placed && outcome.ledgerRows == placed
                && outcome.discountedOrders == placed && outcome.payments == placed;
    }
}
