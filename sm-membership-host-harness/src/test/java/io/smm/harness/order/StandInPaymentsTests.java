package io.smm.harness.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.payments.Payment;

/**
 * The payment delay without waiting for it: on an interrupted thread a wait ends at once with an exception, so a
 * payment that goes through proves there was no wait, and one that fails proves there was.
 */
class StandInPaymentsTests {

    @AfterEach
    void clearTheInterrupt() {
        Thread.interrupted();
    }

    @Test
    void takesThePaymentWithoutWaitingByDefault() throws ServiceException {
        StandInPayments payments = withoutDelay();
        Thread.currentThread().interrupt();

        payments.processPayment(new Payment());

        assertThat(payments.taken()).isEqualTo(1);
    }

    @Test
    void waitsTheDelayBeforeTakingThePayment() {
        StandInPayments payments = withoutDelay();
        payments.setDelay(Duration.ofHours(1));
        Thread.currentThread().interrupt();

        assertThatIllegalStateException().isThrownBy(() -> payments.processPayment(new Payment()));

        assertThat(payments.taken()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void refusesANegativeDelay() {
        StandInPayments payments = withoutDelay();

        assertThatIllegalArgumentException().isThrownBy(() -> payments.setDelay(Duration.ofMillis(-1)));
    }

    /** Payments only: these tests refund nothing, so no order service is needed. */
    private static StandInPayments withoutDelay() {
        return new StandInPayments(Duration.ZERO, null);
    }
}
