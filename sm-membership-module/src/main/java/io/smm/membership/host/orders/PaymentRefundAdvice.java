package io.smm.membership.host.orders;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.UUID;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.util.ReflectionUtils;

import com.salesmanager.core.model.order.Order;

import io.smm.membership.checkout.OrderRefundService;

/**
 * Catches the host's refunds of part of an order ({@code paymentService.processRefund(order, customer, store,
 * amount)}, docs/host-seams.md#refunds-paymentservice): the host marks such an order REFUNDED as a whole, so the
 * whole order's give-back is held off while it runs, and the part is recorded once the host's refund has gone
 * through. A refund of the whole total is left to the status change, as any other refund.
 */
@Aspect
class PaymentRefundAdvice implements Ordered {

    private final OrderChangeAdvice orders;
    private final OrderRefundService refunds;
    private final ZoneId storeZone;

    PaymentRefundAdvice(OrderChangeAdvice orders, OrderRefundService refunds, ZoneId storeZone) {
        this.orders = orders;
        this.refunds = refunds;
        this.storeZone = storeZone;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Around("bean(paymentService) && execution(* processRefund(..))")
    public Object aroundRefund(ProceedingJoinPoint call) throws Throwable {
        Object[] arguments = call.getArgs();
        if (arguments.length < 4 || !(arguments[0] instanceof Order) || !(arguments[3] instanceof BigDecimal)) {
            return call.proceed();
        }
        Order order = (Order) arguments[0];
        BigDecimal amount = (BigDecimal) arguments[3];
        BigDecimal totalBefore = order.getTotal();
        if (order.getId() == null || totalBefore == null || amount.compareTo(totalBefore) == 0) {
            return call.proceed();
        }
        Object transaction = orders.partlyRefunding(order.getId(), call);
        refunds.hostRefunded(HostOrders.facts(order, storeZone), totalBefore, amount, keyOf(transaction));
        return transaction;
    }

    /**
     * The host's refund transaction names the refund; a module that returns none gets a key of its own. Read by name:
     * the host's {@code Transaction} type needs a JSON library we do not compile against.
     */
    private static String keyOf(Object transaction) {
        Method getId = transaction == null ? null : ReflectionUtils.findMethod(transaction.getClass(), "getId");
        Object id = getId == null ? null : ReflectionUtils.invokeMethod(getId, transaction);
        return id != null ? "payment-transaction:" + id : "payment-refund:" + UUID.randomUUID();
    }
}
