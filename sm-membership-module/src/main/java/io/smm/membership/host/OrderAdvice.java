package io.smm.membership.host;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.salesmanager.core.model.order.Order;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;

/**
 * Makes our writes atomic with the host's order (docs/host-seams.md#orders-orderservice): the outermost advice on
 * {@code orderService.processOrder}, {@code addOrderStatusHistory} and {@code saveOrUpdate} opens a transaction
 * on the host's {@code transactionManager}, at read committed; the host's own transaction advice joins it, our
 * listeners run before and after the host's call, and the order and our rows commit or roll back together.
 */
@Aspect
public class OrderAdvice implements Ordered {

    private final TransactionTemplate transaction;
    private final List<OrderPlacementListener> placementListeners;
    private final List<OrderStatusListener> statusListeners;
    private final ZoneId storeZone;

    public OrderAdvice(PlatformTransactionManager transactionManager, List<OrderPlacementListener> placementListeners,
            List<OrderStatusListener> statusListeners, ZoneId storeZone) {
        this.transaction = new TransactionTemplate(transactionManager);
        // as PostgreSQL and H2 do by default; on MariaDB, repeatable read would make the coupon ledger's locking
        // count lock index gaps that two coupons' checkouts can share, and deadlock
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.placementListeners = List.copyOf(placementListeners);
        this.statusListeners = List.copyOf(statusListeners);
        this.storeZone = storeZone;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Around("bean(orderService) && execution(* processOrder(..))")
    public Object aroundProcessOrder(ProceedingJoinPoint call) throws Throwable {
        if (placementListeners.isEmpty()) {
            return call.proceed();
        }
        return proceedThen(call, () -> placementListeners.forEach(OrderPlacementListener::orderPlacing), result -> {
            Order order = (Order) (result instanceof Order ? result : call.getArgs()[0]);
            if (order.getId() == null) {
                throw new IllegalStateException("The host placed an order without an id");
            }
            OrderFacts placed = HostOrders.facts(order, storeZone);
            placementListeners.forEach(listener -> listener.orderPlaced(placed));
        });
    }

    @Around("bean(orderService) && (execution(* addOrderStatusHistory(..)) || execution(* saveOrUpdate(..)))")
    public Object aroundOrderChange(ProceedingJoinPoint call) throws Throwable {
        Object[] arguments = call.getArgs();
        boolean anOrder = arguments.length > 0 && arguments[0] instanceof Order;
        if (statusListeners.isEmpty() || !anOrder) {
            return call.proceed();
        }
        return proceedThen(call, () -> { }, result -> {
            Order order = (Order) arguments[0];
            if (order.getId() != null && order.getStatus() != null) {
                OrderFacts changed = HostOrders.facts(order, storeZone);
                statusListeners.forEach(listener -> listener.orderChanged(changed));
            }
        });
    }

    private Object proceedThen(ProceedingJoinPoint call, Runnable before, Consumer<Object> after) throws Throwable {
        try {
            return transaction.execute(status -> {
                before.run();
                Object result = proceed(call);
                after.accept(result);
                return result;
            });
        } catch (HostFailure failure) {
            throw failure.getCause();
        }
    }

    private static Object proceed(ProceedingJoinPoint call) {
        try {
            return call.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new HostFailure(checked); // the host's ServiceException is checked; rethrown as is outside
        }
    }

    /** Carries a checked exception of the host through the transaction template, which rolls back on it. */
    private static final class HostFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HostFailure(Throwable cause) {
            super(cause);
        }
    }
}
