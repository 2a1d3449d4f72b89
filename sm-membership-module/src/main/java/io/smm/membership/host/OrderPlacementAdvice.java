package io.smm.membership.host;

import java.util.List;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salesmanager.core.model.order.Order;

import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.PlacedOrder;

/**
 * Makes our writes atomic with the host's order (SHOPIZER.md §11 (d)): the outermost advice on
 * {@code orderService.processOrder} opens a transaction on the host's {@code transactionManager}; the host's own
 * transaction advice joins it, our listeners run after the order is persisted, and the order and our rows commit
 * or roll back together.
 */
@Aspect
public class OrderPlacementAdvice implements Ordered {

    private final TransactionTemplate transaction;
    private final List<OrderPlacementListener> listeners;

    public OrderPlacementAdvice(PlatformTransactionManager transactionManager, List<OrderPlacementListener> listeners) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Around("bean(orderService) && execution(* processOrder(..))")
    public Object aroundProcessOrder(ProceedingJoinPoint call) throws Throwable {
        if (listeners.isEmpty()) {
            return call.proceed();
        }
        try {
            return transaction.execute(status -> placeAndNotify(call));
        } catch (HostFailure failure) {
            throw failure.getCause();
        }
    }

    private Object placeAndNotify(ProceedingJoinPoint call) {
        Object result;
        try {
            result = call.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new HostFailure(checked); // the host's ServiceException is checked; rethrown as is outside
        }
        Order order = (Order) (result instanceof Order ? result : call.getArgs()[0]);
        PlacedOrder placed = new PlacedOrder(order.getId(), order.getCustomerId(),
                order.getMerchant() == null ? null : order.getMerchant().getCode(), order.getTotal(),
                order.getCurrency() == null ? null : order.getCurrency().getCurrency());
        listeners.forEach(listener -> listener.orderPlaced(placed));
        return result;
    }

    /** Carries a checked exception of the host through the transaction template, which rolls back on it. */
    private static final class HostFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HostFailure(Throwable cause) {
            super(cause);
        }
    }
}
