package io.smm.membership.host.orders;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;

import com.salesmanager.core.model.order.Order;

import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderStatusListener;

/**
 * An order's status change ({@code orderService.addOrderStatusHistory} and {@code saveOrUpdate},
 * docs/host-seams.md#orders-orderservice), as the outermost advice, in a transaction the host's joins: a canceled or
 * refunded order gives back (every checkout participant), then the status listeners follow, and all of it commits
 * or rolls back with the host's change.
 */
@Aspect
public class OrderChangeAdvice implements Ordered {

    private final HostTransaction transaction;
    private final CheckoutSteps steps;
    private final List<OrderStatusListener> statusListeners;
    private final ZoneId storeZone;
    private final Set<Long> partlyRefunding = ConcurrentHashMap.newKeySet();

    public OrderChangeAdvice(HostTransaction transaction, CheckoutSteps steps,
            List<OrderStatusListener> statusListeners, ZoneId storeZone) {
        this.transaction = transaction;
        this.steps = steps;
        this.statusListeners = List.copyOf(statusListeners);
        this.storeZone = storeZone;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Around("bean(orderService) && (execution(* addOrderStatusHistory(..)) || execution(* saveOrUpdate(..)))")
    public Object aroundOrderChange(ProceedingJoinPoint call) throws Throwable {
        Object[] arguments = call.getArgs();
        if (arguments.length == 0 || !(arguments[0] instanceof Order)
                || partlyRefunding.contains(((Order) arguments[0]).getId())) {
            return call.proceed();
        }
        return transaction.proceedThen(call, result -> {
            Order order = (Order) arguments[0];
            if (order.getId() != null && order.getStatus() != null) {
                OrderFacts changed = HostOrders.facts(order, storeZone);
                wholeGiveBack(changed).ifPresent(steps::giveBack);
                statusListeners.forEach(listener -> listener.orderChanged(changed));
            }
        });
    }

    /**
     * Runs the host's refund of part of an order, which the host marks REFUNDED as a whole, without the whole order's
     * give-back; the caller records the part.
     */
    Object partlyRefunding(long orderId, ProceedingJoinPoint refund) throws Throwable {
        partlyRefunding.add(orderId);
        try {
            return refund.proceed();
        } finally {
            partlyRefunding.remove(orderId);
        }
    }

    private static Optional<OrderGiveBack> wholeGiveBack(OrderFacts order) {
        if ("CANCELED".equals(order.status())) {
            return Optional.of(OrderGiveBack.whole(order, OrderGiveBack.Kind.CANCELED));
        }
        if ("REFUNDED".equals(order.status())) {
            return Optional.of(OrderGiveBack.whole(order, OrderGiveBack.Kind.REFUNDED));
        }
        return Optional.empty();
    }
}
