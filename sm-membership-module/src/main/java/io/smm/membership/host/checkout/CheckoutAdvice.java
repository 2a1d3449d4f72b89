package io.smm.membership.host.checkout;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutRefusedException;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.host.cart.ShopizerCarts;
import io.smm.membership.host.orders.HostOrders;
import io.smm.membership.host.orders.HostTransaction;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;

/**
 * Drives the checkout's steps around the host's order (docs/host-seams.md#orders-orderservice), as the outermost
 * advice on {@code orderService.processOrder}: the participants hold what the order will use first, each in a short
 * transaction of its own, before the host takes the payment; then the host's call runs in a {@link HostTransaction}
 * and the participants confirm inside it, followed by the order listeners, so that the order and our rows commit or
 * roll back together; on any failure the holds are released at once.
 */
@Aspect
public class CheckoutAdvice implements Ordered {

    private final HostTransaction transaction;
    private final EntityManagerFactory entityManagerFactory;
    private final CheckoutSteps steps;
    private final CurrentShopper shopper;
    private final List<OrderPlacementListener> placementListeners;
    private final ZoneId storeZone;

    public CheckoutAdvice(HostTransaction transaction, EntityManagerFactory entityManagerFactory, CheckoutSteps steps,
            CurrentShopper shopper, List<OrderPlacementListener> placementListeners, ZoneId storeZone) {
        this.transaction = transaction;
        this.entityManagerFactory = entityManagerFactory;
        this.steps = steps;
        this.shopper = shopper;
        this.placementListeners = List.copyOf(placementListeners);
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
            return transaction.proceedThen(call, result -> {
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
            if (failed instanceof CheckoutRefusedException) {
                request.ifPresent(state -> state.refuse(((CheckoutRefusedException) failed).refusal()));
            }
            throw failed;
        }
    }

    /**
     * Runs {@code work} on an entity manager of its own: the host keeps one open for the whole request (open in
     * view), whose connection may be the one that just failed the order's commit.
     */
    private void outsideRequestSession(Runnable work) {
        Object bound = TransactionSynchronizationManager.unbindResourceIfPossible(entityManagerFactory);
        try {
            work.run();
        } finally {
            if (bound != null) {
                TransactionSynchronizationManager.bindResource(entityManagerFactory, bound);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ShoppingCartItem> itemsOf(Object[] arguments) {
        return arguments.length > 2 && arguments[2] instanceof List ? (List<ShoppingCartItem>) arguments[2]
                : List.of();
    }

    /** The cart the order is placed from: its items', or the order's own record of it. */
    private static String cartCodeOf(Order order, List<ShoppingCartItem> items) {
        String fromItems = ShopizerCarts.codeOf(items);
        return fromItems != null ? fromItems : order.getShoppingCartCode();
    }
}
