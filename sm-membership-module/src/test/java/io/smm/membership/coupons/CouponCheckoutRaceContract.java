package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.order.StandInFaults;
import io.smm.harness.order.StandInPayments;
import io.smm.membership.jobs.HoldSweeper;
import io.smm.membership.testdb.TestDatabases.HostDatabase;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.LogCapture;
import io.smm.membership.testhost.StandInHost;

/**
 * Coupon limits under concurrent checkouts through the stand-in host's HTTP checkouts, on a real database: the
 * limits hold exactly, every other checkout is refused with the reason; a checkout whose payment is declined or
 * whose connection dies before it commits gives its held use back at once, one cut short after its hold gives it
 * back once the hold has expired, and a cart held again counts once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CouponCheckoutRaceContract {

    /**
     * Checkouts at once. A host checkout holds one pooled connection and takes a second for its id generator
     * ({@code SM_SEQUENCER}), so the host's pool is twice as large, as an installer's must be.
     */
    private static final int THREADS = 50;
    private static final String STORE = "DEFAULT";

    private StandInHost host;
    private CouponCheckoutRace race;

    abstract HostDatabase database();

    @BeforeAll
    void startTheHost() {
        host = StandInHost.start(database(), 2 * THREADS + 10);
        race = new CouponCheckoutRace(host);
    }

    @AfterAll
    void stopTheHost() {
        host.close();
    }

    @Test
    void fiveHundredGuestsRacingForAHundredUsesPlaceExactlyAHundredDiscountedOrders() {
        CouponCheckoutRace.Outcome outcome = race.guestsRaceForTheTotalLimit(500, 100, THREADS);

        outcome.assertLimitHeldExactly(100, 500);
    }

    @Test
    void oneCustomerRacingFiftyCheckoutsForTheirOneUsePlacesOneOrder() {
        CouponCheckoutRace.Outcome outcome = race.oneCustomerRacesForTheirOneUse(50, THREADS);

        assertThat(outcome.otherAnswers).as(outcome.toString()).isEmpty();
        assertThat(outcome.placed).as(outcome.toString()).isEqualTo(1);
        assertThat(outcome.usedByYou).as(outcome.toString()).isEqualTo(49);
        assertThat(outcome.uses).isEqualTo(1);
        assertThat(outcome.ledgerRows).isEqualTo(1);
        assertThat(outcome.discountedOrders).isEqualTo(1);
        assertThat(outcome.payments).as("no refused checkout is charged").isEqualTo(1);
    }

    @Test
    void aCheckoutWhoseConnectionIsKilledBeforeItCommitsCountsNothing() {
        String code = race.coupon(Map.of("guestsAllowed", true, "totalLimit", 1));
        String cart = race.cartWith(code, null);
        host.context().getBean(StandInFaults.class).killNextOrderConnectionBeforeCommit();

        ResponseEntity<Map<String, Object>> killed;
        try (LogCapture ignored = LogCapture.expectingErrorsFrom(LogCapture.HOST_ERRORS,
                "com.zaxxer.hikari.pool.ProxyConnection")) { // the pool's warning about the killed connection
            killed = checkOut(cart, "killed@example.com");
        }
        CouponCheckoutRace.Outcome afterKill = race.outcome(code, 0, List.of());
        ResponseEntity<Map<String, Object>> retried = checkOut(cart, "killed@example.com");

        assertThat(killed.getStatusCode()).as(killed.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(afterKill.uses).isZero();
        assertThat(afterKill.ledgerRows).isZero();
        assertThat(afterKill.discountedOrders).isZero();
        assertThat(afterKill.holds).as("the hold was released at once").isZero();
        assertThat(retried.getStatusCode()).as(retried.toString()).isEqualTo(HttpStatus.OK);
        assertThat(race.outcome(code, 0, List.of()).uses).isEqualTo(1);
    }

    @Test
    void aDeclinedPaymentGivesTheHeldUseBackAtOnce() {
        String code = race.coupon(Map.of("guestsAllowed", true, "totalLimit", 1));
        String cart = race.cartWith(code, null);
        host.context().getBean(StandInPayments.class).declineNextPayment();

        ResponseEntity<Map<String, Object>> declined = LogCapture.expectingHostErrors(() -> checkOut(cart,
                "declined@example.com"));
        CouponCheckoutRace.Outcome afterDecline = race.outcome(code, 0, List.of());
        ResponseEntity<Map<String, Object>> retried = checkOut(cart, "declined@example.com");

        assertThat(declined.getStatusCode()).as(declined.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(afterDecline.uses).isZero();
        assertThat(afterDecline.holds).isZero();
        assertThat(afterDecline.ledgerRows).isZero();
        assertThat(retried.getStatusCode()).as(retried.toString()).isEqualTo(HttpStatus.OK);
        assertThat(race.outcome(code, 0, List.of()).ledgerRows).isEqualTo(1);
    }

    @Test
    void aCheckoutCutShortAfterItsHoldGivesTheUseBackOnceTheHoldHasExpired() {
        String code = race.coupon(Map.of("guestsAllowed", true, "totalLimit", 1));
        String abandoned = race.cartWith(code, null);
        String next = race.cartWith(code, null);
        // the node holding this checkout dies right after its hold: nothing releases it
        host.context().getBean(CouponTill.class).hold(STORE, code, abandoned,
                CouponShopper.guest("gone@example.com", Set.of()));
        HoldSweeper sweeper = host.context().getBean(HoldSweeper.class);

        ResponseEntity<Map<String, Object>> whileHeld = checkOut(next, "next@example.com");
        int freedEarly = sweeper.sweep(Instant.now());
        int freedLater = sweeper.sweep(Instant.now().plus(Duration.ofMinutes(16)));
        CouponCheckoutRace.Outcome afterSweep = race.outcome(code, 0, List.of());
        ResponseEntity<Map<String, Object>> afterExpiry = checkOut(next, "next@example.com");

        assertThat(whileHeld.getStatusCode()).as(whileHeld.toString()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(freedEarly).isZero();
        assertThat(freedLater).isEqualTo(1);
        assertThat(afterSweep.uses).isZero();
        assertThat(afterSweep.holds).isZero();
        assertThat(afterExpiry.getStatusCode()).as(afterExpiry.toString()).isEqualTo(HttpStatus.OK);
        assertThat(race.outcome(code, 0, List.of()).uses).isEqualTo(1);
    }

    @Test
    void theSameCartHeldAgainByARetryCountsOnce() {
        String code = race.coupon(Map.of("guestsAllowed", true, "totalLimit", 2));
        String cart = race.cartWith(code, null);
        CouponTill till = host.context().getBean(CouponTill.class);
        CouponShopper shopper = CouponShopper.guest("again@example.com", Set.of());
        till.hold(STORE, code, cart, shopper); // the first attempt's node died after its hold
        till.hold(STORE, code, cart, shopper);
        CouponCheckoutRace.Outcome heldTwice = race.outcome(code, 0, List.of());

        ResponseEntity<Map<String, Object>> placed = checkOut(cart, "again@example.com");
        CouponCheckoutRace.Outcome afterOrder = race.outcome(code, 0, List.of());

        assertThat(heldTwice.uses).isEqualTo(1);
        assertThat(heldTwice.holds).isEqualTo(1);
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(afterOrder.uses).isEqualTo(1);
        assertThat(afterOrder.holds).isZero();
        assertThat(afterOrder.ledgerRows).isEqualTo(1);
    }

    private ResponseEntity<Map<String, Object>> checkOut(String cart, String email) {
        return host.client().send(HttpMethod.POST, "/api/v1/cart/" + cart + "/checkout",
                CouponCheckoutRace.guestOrder(email), null);
    }
}
