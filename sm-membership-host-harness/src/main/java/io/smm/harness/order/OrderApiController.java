package io.smm.harness.order;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.shop.model.customer.ReadableCustomer;
import com.salesmanager.shop.model.order.v0.ReadableOrder;
import com.salesmanager.shop.model.order.v0.ReadableOrderList;
import com.salesmanager.shop.model.order.v1.PersistableAnonymousOrder;
import com.salesmanager.shop.model.order.v1.PersistableOrder;
import com.salesmanager.shop.model.order.v1.ReadableOrderConfirmation;

import io.smm.harness.cart.StandInShoppingCartService;
import io.smm.harness.customer.CustomerViews;
import io.smm.harness.customer.StandInCustomerService;
import io.smm.harness.web.CheckoutFailedException;
import io.smm.harness.web.UnknownResourceException;

/**
 * The host's order endpoints ({@code OrderApi}): authenticated checkout (any failure answers 503 through
 * {@code sendError}, as on the host), guest checkout (any failure 400 with the host's error body), the customer's
 * orders, and the administrators' status change. The
 * status change requires an administrator token but, unlike the host, checks no group.
 */
@RestController
@RequestMapping("/api/v1")
class OrderApiController {

    private static final Logger LOGGER = LoggerFactory.getLogger(OrderApiController.class);

    private final StandInCustomerService customerService;
    private final StandInShoppingCartService shoppingCartService;
    private final StandInOrderFacade orderFacade;
    private final StandInOrderService orderService;
    private final OrderViews views;

    OrderApiController(StandInCustomerService customerService, StandInShoppingCartService shoppingCartService,
            StandInOrderFacade orderFacade, StandInOrderService orderService, OrderViews views) {
        this.customerService = customerService;
        this.shoppingCartService = shoppingCartService;
        this.orderFacade = orderFacade;
        this.orderService = orderService;
        this.views = views;
    }

    @PostMapping("/auth/cart/{code}/checkout")
    public ReadableOrderConfirmation checkout(@PathVariable String code, @RequestBody PersistableOrder order,
            MerchantStore store, Language language, Locale locale, Principal principal, HttpServletResponse response)
            throws Exception {
        try {
            Customer customer = customerService.getByNick(principal.getName());
            if (customer == null) {
                response.sendError(401, "Error while performing checkout customer not authorized");
                return null;
            }
            ShoppingCart cart = shoppingCartService.getByCode(code, store);
            if (cart == null) {
                throw new UnknownResourceException("Cart code " + code + " does not exist");
            }
            order.setShoppingCartId(cart.getId());
            order.setCustomerId(customer.getId());
            return views.toConfirmation(orderFacade.processOrder(order, customer, store, language, locale));
        } catch (Exception e) {
            LOGGER.error("Error while processing checkout", e);
            response.sendError(503, "Error while processing checkout " + e.getMessage());
            return null;
        }
    }

    /** Guest checkout: the shopper gives name and e-mail address; any failure answers 400, as on the host. */
    @PostMapping("/cart/{code}/checkout")
    public ReadableOrderConfirmation guestCheckout(@PathVariable String code,
            @RequestBody PersistableAnonymousOrder order, MerchantStore store, Language language) {
        try {
            ShoppingCart cart = shoppingCartService.getByCode(code, store);
            if (cart == null) {
                throw new UnknownResourceException("Cart code " + code + " does not exist");
            }
            Customer guest = customerService.guest(store, order.getCustomer());
            order.setShoppingCartId(cart.getId());
            return views.toConfirmation(orderFacade.processOrder(order, guest, store, language,
                    new Locale(language.getCode())));
        } catch (UnknownResourceException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckoutFailedException(e.getMessage() == null ? "APP-BACKEND" : e.getMessage(), e);
        }
    }

    @GetMapping("/auth/orders")
    public ReadableOrderList list(@RequestParam(value = "page", required = false, defaultValue = "0") Integer page,
            @RequestParam(value = "count", required = false, defaultValue = "100") Integer count,
            MerchantStore store, Principal principal, HttpServletResponse response) throws Exception {
        Customer customer = customerService.getByNick(principal.getName());
        if (customer == null) {
            response.sendError(401, "Error while listing orders, customer not authorized");
            return null;
        }
        List<Order> orders = orderService.listByCustomer(customer.getId(), store);
        ReadableCustomer readableCustomer = CustomerViews.toReadable(customer);
        List<ReadableOrder> pageOfOrders = orders.stream().skip((long) page * count).limit(count)
                .map(views::toReadable)
                .collect(Collectors.toList());
        pageOfOrders.forEach(readable -> readable.setCustomer(readableCustomer));
        ReadableOrderList list = new ReadableOrderList();
        list.setOrders(pageOfOrders);
        list.setRecordsTotal(orders.size());
        list.setNumber(pageOfOrders.size());
        list.setTotalPages(count == 0 ? 0 : (orders.size() + count - 1) / count);
        return list;
    }

    @PutMapping("/private/orders/{id}/status")
    public void updateOrderStatus(@PathVariable Long id, @RequestBody String status, MerchantStore store)
            throws Exception {
        Order order = orderService.getOrder(id, store);
        if (order == null) {
            throw new UnknownResourceException("Order not found [" + id + "]");
        }
        orderFacade.updateOrderStatus(order, OrderStatus.valueOf(status.trim()), store);
    }
}
