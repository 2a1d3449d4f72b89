package io.smm.harness.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
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
    private final AtomicLong refunds = new AtomicLong();
    private final AtomicBoolean declineNext = new AtomicBoolean();
    private final ObjectProvider<StandInOrderService> orders;
    private volatile Duration delay;

    public StandInPayments(@Value("${harness.payment.delay:0}") Duration delay,
            ObjectProvider<StandInOrderService> orders) {
        this.orders = orders;
        setDelay(delay);
    }

    void processPayment(Payment payment) throws ServiceException {
        if (declineNext.getAndSet(false)) {
            throw new ServiceException(ServiceException.EXCEPTION_PAYMENT_DECLINED, "Payment declined",
                    "message.payment.declined");
        }
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

    /** The next payment is declined (once), as a gateway refusing the card. */
    public void declineNextPayment() {
        declineNext.set(true);
    }

    /**
     * As the host's {@code processRefund(order, customer, store, amount)}: refuses more than the order's total, takes
     * the amount off the total, marks the whole order REFUNDED (even for a part) and saves it through
     * {@code orderService.saveOrUpdate}. Returns the refund's transaction, with an id.
     */
    public RefundTransaction processRefund(Order order, Customer customer, MerchantStore store, BigDecimal amount)
            throws ServiceException {
        if (amount.compareTo(order.getTotal()) > 0) {
            throw new ServiceException("Invalid amount, the refunded amount is greater than the total allowed");
        }
        order.setTotal(order.getTotal().subtract(amount));
        order.setStatus(OrderStatus.REFUNDED);
        orders.getObject().saveOrUpdate(order);
        return new RefundTransaction(refunds.incrementAndGet());
    }

    /** The host's refund transaction, reduced to its id. */
    public static final class RefundTransaction {

        private final Long id;

        RefundTransaction(Long id) {
            this.id = id;
        }

        public Long getId() {
            return id;
        }
    }

    /** How long each payment takes from now on. */
    public void setDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A payment cannot take " + delay);
        }
        this.delay = delay;
    }
}
