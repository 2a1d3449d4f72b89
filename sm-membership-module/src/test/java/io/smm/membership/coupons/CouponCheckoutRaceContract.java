package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.order.StandInFaults;
import io.smm.membership.testdb.TestDatabases.HostDatabase;
import io.smm.membership.testhost.CouponCheckoutRace;
import io.smm.membership.testhost.StandInHost;

/**
 * Coupon limits under concurrent checkouts through the stand-in host's HTTP checkouts, on a real database: the
 * limits hold exactly, every other checkout is refused with the reason, and a checkout whose connection dies before
 * it commits counts nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CouponCheckoutRaceContract {

    /**
     * Checkouts at once. A host checkout holds one pooled connection and takes a second for its id generator
     * ({@code SM_SEQUENCER}), so the host's pool is twice as large, as an installer's must be.
     */
    private static final int THREADS = 50;

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

        ResponseEntity<Map<String, Object>> killed = host.client().send(HttpMethod.POST,
                "/api/v1/cart/" + cart + "/checkout", CouponCheckoutRace.guestOrder("killed@example.com"), null);
        CouponCheckoutRace.Outcome afterKill = race.outcome(code, 0, List.of());
        ResponseEntity<Map<String, Object>> retried = host.client().send(HttpMethod.POST,
                "/api/v1/cart/" + cart + "/checkout", CouponCheckoutRace.guestOrder("killed@example.com"), null);

        assertThat(killed.getStatusCode()).as(killed.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(afterKill.uses).isZero();
        assertThat(afterKill.ledgerRows).isZero();
        assertThat(afterKill.discountedOrders).isZero();
        assertThat(retried.getStatusCode()).as(retried.toString()).isEqualTo(HttpStatus.OK);
        assertThat(race.outcome(code, 0, List.of()).uses).isEqualTo(1);
    }
}
