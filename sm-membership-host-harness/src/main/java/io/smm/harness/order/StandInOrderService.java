package io.smm.harness.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.Validate;
import org.springframework.stereotype.Service;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.common.UserContext;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderSummaryType;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalSummary;
import com.salesmanager.core.model.order.OrderTotalType;
import com.salesmanager.core.model.order.orderproduct.OrderProduct;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
import com.salesmanager.core.model.order.orderstatus.OrderStatusHistory;
import com.salesmanager.core.model.payments.Payment;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.harness.catalog.StandInProductService;
import io.smm.harness.core.TransactionalAspectAwareService;
import io.smm.harness.customer.StandInCustomerService;

/**
 * Bean {@code orderService} with the host's method names (typos included). Wrapped by the XML transaction
 * advice, so {@link #processOrder} is one transaction. Totals follow the host: sub-total = sum of
 * {@code itemPrice × quantity}, minus every variation of {@code OrderTotalService} (sort order 10+), then the
 * total (sort order 500); no shipping, handling or tax. Stock is decremented on the ordered product (found by
 * sku), not on the product whose id equals the order line's id as 3.2.5 does.
 */
@Service("orderService")
public class StandInOrderService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    private final StandInOrderTotalService orderTotalService;
    private final StandInCustomerService customerService;
    private final StandInProductService productService;
    private final StandInFaults faults;
    private final StandInPayments payments;

    public StandInOrderService(StandInOrderTotalService orderTotalService, StandInCustomerService customerService,
            StandInProductService productService, StandInFaults faults, StandInPayments payments) {
        this.orderTotalService = orderTotalService;
        this.customerService = customerService;
        this.productService = productService;
        this.faults = faults;
        this.payments = payments;
    }

    public OrderTotalSummary calculateShoppingCartTotal(ShoppingCart cart, Customer customer, MerchantStore store,
            Language language) throws ServiceException {
        Validate.notNull(customer, "Customery cannot be null");
        return shoppingCartTotal(cart, customer, store, language);
    }

    public OrderTotalSummary calculateShoppingCartTotal(ShoppingCart cart, MerchantStore store, Language language)
            throws ServiceException {
        return shoppingCartTotal(cart, null, store, language);
    }

    public OrderTotalSummary caculateOrderTotal(OrderSummary summary, Customer customer, MerchantStore store,
            Language language) throws ServiceException {
        Validate.notNull(customer, "Customer cannot be null");
        return caculateOrder(summary, customer, store, language);
    }

    public OrderTotalSummary caculateOrderTotal(OrderSummary summary, MerchantStore store, Language language)
            throws ServiceException {
        return caculateOrder(summary, null, store, language);
    }

    /**
     * Places the order: the payment taken first, as on the host; status {@code ORDERED} with a history row unless
     * the order has both, the customer created if new, the order persisted with its lines, totals and attributes,
     * stock decremented.
     *
     * @throws ServiceException {@code EXCEPTION_INVENTORY_MISMATCH} when a product's stock is insufficient
     */
    public Order processOrder(Order order, Customer customer, List<ShoppingCartItem> items,
            OrderTotalSummary summary, Payment payment, MerchantStore store) throws ServiceException {
        Validate.notNull(order, "Order cannot be null");
        Validate.notNull(customer, "Customer cannot be null (even if anonymous order)");
        Validate.notEmpty(items, "ShoppingCart items cannot be null");
        Validate.notNull(payment, "Payment cannot be null");
        Validate.notNull(store, "MerchantStore cannot be null");
        Validate.notNull(summary, "Order total Summary cannot be null");
        payments.processPayment(payment);
        UserContext context = UserContext.getCurrentInstance();
        if (context != null && !StringUtils.isBlank(context.getIpAddress())) {
            order.setIpAddress(context.getIpAddress());
        }
        if (order.getOrderHistory() == null || order.getOrderHistory().isEmpty() || order.getStatus() == null) {
            if (order.getStatus() == null) {
                order.setStatus(OrderStatus.ORDERED);
            }
            Set<OrderStatusHistory> history = new HashSet<>();
            history.add(historyRow(order, order.getStatus()));
            order.setOrderHistory(history);
        }
        if (customer.getId() == null || customer.getId() == 0) {
            customerService.create(customer);
        }
        order.setCustomerId(customer.getId());
        entityManager.persist(order);
        decrementStock(order, store);
        entityManager.flush();
        faults.afterOrderPersisted();
        return order;
    }

    /** Adds the history row and, as the host, sets the order's status to the row's status. */
    public void addOrderStatusHistory(Order order, OrderStatusHistory history) throws ServiceException {
        history.setOrder(order);
        order.getOrderHistory().add(history);
        order.setStatus(history.getStatus());
        entityManager.merge(order);
    }

    public void saveOrUpdate(Order order) throws ServiceException {
        if (order.getId() != null && order.getId() > 0) {
            entityManager.merge(order);
        } else {
            entityManager.persist(order);
        }
    }

    public Order getById(Long id) {
        return entityManager.find(Order.class, id);
    }

    /** The store's order with this id, or {@code null}. */
    public Order getOrder(Long id, MerchantStore store) {
        Order order = getById(id);
        return order != null && order.getMerchant().getId().equals(store.getId()) ? order : null;
    }

    /** The customer's orders in the store, newest first. */
    public List<Order> listByCustomer(Long customerId, MerchantStore store) {
        return entityManager.createQuery("select o from Order o where o.customerId = :customer"
                + " and o.merchant.id = :store order by o.id desc", Order.class)
                .setParameter("customer", customerId)
                .setParameter("store", store.getId())
                .getResultList();
    }

    private OrderTotalSummary shoppingCartTotal(ShoppingCart cart, Customer customer, MerchantStore store,
            Language language) throws ServiceException {
        OrderSummary summary = new OrderSummary();
        summary.setOrderSummaryType(OrderSummaryType.SHOPPINGCART);
        summary.setPromoCode(cart.getPromoCode());
        summary.setProducts(cart.getLineItems().stream()
                .filter(item -> item.getProduct() != null && item.getProduct().isAvailable())
                .collect(Collectors.toList()));
        return caculateOrder(summary, customer, store, language);
    }

    private OrderTotalSummary caculateOrder(OrderSummary summary, Customer customer, MerchantStore store,
            Language language) throws ServiceException {
        List<OrderTotal> totals = new ArrayList<>();
        BigDecimal subTotal = BigDecimal.ZERO;
        for (ShoppingCartItem item : summary.getProducts()) {
            BigDecimal lineTotal = item.getItemPrice().multiply(BigDecimal.valueOf(item.getQuantity()));
            item.setSubTotal(lineTotal);
            subTotal = subTotal.add(lineTotal);
        }
        if (summary.getOrderSummaryType() == OrderSummaryType.ORDERTOTAL
                || summary.getOrderSummaryType() == OrderSummaryType.SHOPPINGCART) {
            int sortOrder = 10;
            for (OrderTotal variation : variations(summary, customer, store, language)) {
                variation.setSortOrder(sortOrder++);
                totals.add(variation);
                subTotal = subTotal.subtract(variation.getValue());
            }
        }
        totals.add(total("subtotal", OrderTotalType.SUBTOTAL, "order.total.subtotal", 5, subTotal));
        totals.add(total("total", OrderTotalType.TOTAL, "order.total.total", 500, subTotal));
        OrderTotalSummary totalSummary = new OrderTotalSummary();
        totalSummary.setSubTotal(subTotal);
        totalSummary.setTotal(subTotal);
        totalSummary.setTotals(totals);
        return totalSummary;
    }

    private List<OrderTotal> variations(OrderSummary summary, Customer customer, MerchantStore store,
            Language language) throws ServiceException {
        try {
            List<OrderTotal> variations =
                    orderTotalService.findOrderTotalVariation(summary, customer, store, language).getVariations();
            return variations == null ? List.of() : variations;
        } catch (Exception e) {
            throw new ServiceException(e);
        }
    }

    private void decrementStock(Order order, MerchantStore store) throws ServiceException {
        for (OrderProduct line : order.getOrderProducts()) {
            Product product = productService.getBySku(line.getSku(), store, null);
            if (product == null) {
                throw new ServiceException(ServiceException.EXCEPTION_INVENTORY_MISMATCH,
                        "No product with sku [" + line.getSku() + "]", "inventory");
            }
            for (ProductAvailability availability : product.getAvailabilities()) {
                int left = availability.getProductQuantity() - line.getProductQuantity();
                if (left < 0) {
                    throw new ServiceException(ServiceException.EXCEPTION_INVENTORY_MISMATCH,
                            "Not enough stock for sku [" + line.getSku() + "]", "inventory");
                }
                availability.setProductQuantity(left);
            }
        }
    }

    private static OrderStatusHistory historyRow(Order order, OrderStatus status) {
        OrderStatusHistory row = new OrderStatusHistory();
        row.setOrder(order);
        row.setStatus(status);
        row.setDateAdded(new Date());
        return row;
    }

    private static OrderTotal total(String module, OrderTotalType type, String code, int sortOrder,
            BigDecimal value) {
        OrderTotal total = new OrderTotal();
        total.setModule(module);
        total.setTitle(module);
        total.setOrderTotalType(type);
        total.setOrderTotalCode(code);
        total.setSortOrder(sortOrder);
        total.setValue(value);
        return total;
    }
}
