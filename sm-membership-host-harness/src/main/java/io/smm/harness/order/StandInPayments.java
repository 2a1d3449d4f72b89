package io.smm.harness.order;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.salesmanager.core.model.payments.Payment;

/**
 * Bean {@code paymentService}, reduced to what a test needs: the host takes an order's payment first thing in
 * {@code orderService.processOrder}, before anything is stored; this one counts the payments taken, so a test can
 * tell a refused checkout that charged the shopper from one that did not. Each payment can be made to take a while,
 * as a real gateway's round trip does, inside the order's transaction ({@code harness.payment.delay}, default 0).
 */
@Component("paymentService")
public class StandInPayments {

    private final AtomicLong taken = new AtomicLong();
    private volatile Duration delay;

    public StandInPayments(@Value("${harness.payment.delay:0}") Duration delay) {
        setDelay(delay);
    }

    void processPayment(Payment payment) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the payment was being taken", e);
            }
        }
        taken.incrementAndGet();
    }

    /** Payments taken since the host started. */
    public long taken() {
        return taken.get();
    }

    /** How long each payment takes from now on. */
    public void setDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A payment cannot take " + delay);
        }
        this.delay = delay;
    }
}
