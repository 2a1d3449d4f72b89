package io.smm.membership.host;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.persistence.EntityManagerFactory;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;

/**
 * Drives the checkout's steps around the host's order (docs/host-seams.md#orders-orderservice), as the outermost
 * advice on {@code orderService.processOrder}: the participants hold what the order will use first, each in a short
 * transaction of its own, before the host takes the payment; then a transaction on the host's
 * {@code transactionManager}, at read committed, wraps the host's call (its own transaction advice joins it), and the
 * participants confirm inside it, so that the order and our rows commit or roll back together; on any failure the
 * holds are released at once. Around {@code addOrderStatusHistory} and {@code saveOrUpdate}, a canceled or refunded
 * order gives back, and the status listeners follow, in the host's change's transaction.
 */
@Aspect
public class OrderAdvice implements Ordered {

    private final TransactionTemplate transaction;
    private final CheckoutSteps steps;
    private final CurrentShopper shopper;
    private final List<OrderPlacementListener> placementListeners;
    private final List<OrderStatusListener> statusListeners;
    private final ZoneId storeZone;
    private final Set<Long> partlyRefunding = ConcurrentHashMap.newKeySet();
    private final EntityManagerFactory entityManagerFactory;

    public OrderAdvice(PlatformTransactionManager transactionManager, CheckoutSteps steps, CurrentShopper shopper,
            List<OrderPlacementListener> placementListeners, List<OrderStatusListener> statusListeners,
            ZoneId storeZone) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManagerFactory = transactionManager instanceof JpaTransactionManager
                ? ((JpaTransactionManager) transactionManager).getEntityManagerFactory() : null;
        // as PostgreSQL and H2 do by default; on MariaDB, repeatable read would make the coupon ledger's locking
        // count lock index gaps that two coupons' checkouts can share, and deadlock
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.steps = steps;
        this.shopper = shopper;
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
        Object[] arguments = call.getArgs();
        List<ShoppingCartItem> items = itemsOf(arguments);
        Optional<HostRequest> request = HostRequest.current();
        Optional<Checkout> checkout = request.map(state -> state.checkout(shopper));
        Optional<CheckoutCart> cart = checkout.flatMap(started -> Optional
                .ofNullable(cartCodeOf((Order) arguments[0], items)).flatMap(started::pricedCart));
        if (cart.isEmpty() && placementListeners.isEmpty()) {
            return call.proceed();
        }
        try {
            cart.ifPresent(priced -> steps.hold(checkout.get(), priced));
            return proceedThen(call, result -> {
                Order order = (Order) (result instanceof Order ? result : arguments[0]);
                if (order.getId() == null) {
                    throw new IllegalStateException("The host placed an order without an id");
                }
                OrderFacts placed = HostOrders.facts(order, storeZone);
                cart.ifPresent(priced -> steps.confirm(checkout.get(), priced,
                        new PlacedOrder(placed, HostOrders.lines(order, items))));
                placementListeners.forEach(listener -> listener.orderPlaced(placed));
            });
        } catch (Throwable failed) {
            cart.ifPresent(priced -> outsideRequestSession(() -> steps.release(checkout.get(), priced)));
            if (failed instanceof CouponRefusedException) {
                request.ifPresent(state -> state.refuse(((CouponRefusedException) failed).refusal()));
            }
            throw failed;
        }
    }

    @Around("bean(orderService) && (execution(* addOrderStatusHistory(..)) || execution(* saveOrUpdate(..)))")
    public Object aroundOrderChange(ProceedingJoinPoint call) throws Throwable {
        Object[] arguments = call.getArgs();
        if (arguments.length == 0 || !(arguments[0] instanceof Order)
                || partlyRefunding.contains(((Order) arguments[0]).getId())) {
            return call.proceed();
        }
        return proceedThen(call, result -> {
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

    /**
     * Runs {@code work} on an entity manager of its own: the host keeps one open for the whole request (open in
     * view), whose connection may be the one that just failed the order's commit.
     */
    private void outsideRequestSession(Runnable work) {
        Object bound = entityManagerFactory == null ? null
                : TransactionSynchronizationManager.unbindResourceIfPossible(entityManagerFactory);
        try {
            work.run();
        } finally {
            if (bound != null) {
                TransactionSynchronizationManager.bindResource(entityManagerFactory, bound);
            }
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

    @SuppressWarnings("unchecked")
    private static List<ShoppingCartItem> itemsOf(Object[] arguments) {
        return arguments.length > 2 && arguments[2] instanceof List ? (List<ShoppingCartItem>) arguments[2]
                : List.of();
    }

    /** The cart the order is placed from: its items', or the order's own record of it. */
    private static String cartCodeOf(Order order, List<ShoppingCartItem> items) {
        String fromItems = CouponDiscountLines.cartCodeOf(items);
        return fromItems != null ? fromItems : order.getShoppingCartCode();
    }

    private Object proceedThen(ProceedingJoinPoint call, Consumer<Object> after) throws Throwable {
        try {
            return transaction.execute(status -> {
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
