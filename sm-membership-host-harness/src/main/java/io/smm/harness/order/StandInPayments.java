package io.smm.harness.order;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import com.salesmanager.core.model.payments.Payment;

/**
 * Bean {@code paymentService}, reduced to what a test needs: the host takes an order's payment first thing in
 * {@code orderService.processOrder}, before anything is stored; this one counts the payments taken, so a test can
 * tell a refused checkout that charged the shopper from one that did not.
 */
@Component("paymentService")
public class StandInPayments {

    private final AtomicLong taken = new AtomicLong();

    void processPayment(Payment payment) {
        taken.incrementAndGet();
    }

    /** Payments taken since the host started. */
    public long taken() {
        return taken.get();
    }
}
