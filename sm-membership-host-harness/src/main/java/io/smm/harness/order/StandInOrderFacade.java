package io.smm.harness.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.common.Billing;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.OrderChannel;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalSummary;
import com.salesmanager.core.model.order.OrderType;
import com.salesmanager.core.model.order.attributes.OrderAttribute;
import com.salesmanager.core.model.order.orderproduct.OrderProduct;
import com.salesmanager.core.model.order.orderproduct.OrderProductPrice;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
import com.salesmanager.core.model.order.orderstatus.OrderStatusHistory;
import com.salesmanager.core.model.payments.Payment;
import com.salesmanager.core.model.payments.PaymentType;
import com.salesmanager.core.model.payments.TransactionType;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.shop.model.order.transaction.PersistablePayment;
import com.salesmanager.shop.model.order.v1.PersistableOrder;

import io.smm.harness.cart.StandInShoppingCartService;

/**
 * Bean {@code orderFacade}: the host's checkout steps ({@code OrderFacadeImpl.processOrder}) — order lines from
 * the cart, {@code orderService.caculateOrderTotal}, refusal when {@code payment.amount} differs from the
 * computed total, {@code orderService.processOrder}, then the cart marked as ordered. Not transactional; any
 * failure comes out as a {@link ServiceException}. Payments are only counted ({@link StandInPayments}).
 */
@Component("orderFacade")
public class StandInOrderFacade {

    private final StandInOrderService orderService;
    private final StandInShoppingCartService shoppingCartService;

    public StandInOrderFacade(StandInOrderService orderService, StandInShoppingCartService shoppingCartService) {
        this.orderService = orderService;
        this.shoppingCartService = shoppingCartService;
    }

    public Order processOrder(PersistableOrder order, Customer customer, MerchantStore store, Language language,
            Locale locale) throws ServiceException {
        try {
            ShoppingCart cart = shoppingCartService.getById(order.getShoppingCartId(), store);
            if (cart == null) {
                throw invalid("Shopping cart with id " + order.getShoppingCartId() + " does not exist");
            }
            List<ShoppingCartItem> items = new ArrayList<>(cart.getLineItems());
            OrderTotalSummary totals = total(items, customer, store, language);
            checkPaymentAmount(order.getPayment(), totals.getTotal());
            Order model = newOrder(customer, store, locale, order.getPayment());
            model.setCustomerAgreement(order.isCustomerAgreement());
            model.setShoppingCartCode(cart.getShoppingCartCode());
            model.setOrderAttributes(attributes(order, model));
            Order placed = place(model, items, totals, customer, store, order.getPayment());
            cart.setOrderId(placed.getId());
            shoppingCartService.saveOrUpdate(cart);
            return placed;
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            throw new ServiceException(e);
        }
    }

    /**
     * Places an order for the items without a cart, as a money-order checkout of the computed total would
     * (totals, {@code orderService.processOrder}, stock), purchased on {@code purchasedAt}: the purchase date
     * and the {@code ORDERED} history row carry that date, and any other {@code status} is added as a second
     * row of the same date. For data set-up; call it inside a transaction so the dates reach the database.
     */
    public Order processOrder(List<ShoppingCartItem> items, Customer customer, MerchantStore store,
            Language language, Date purchasedAt, OrderStatus status) throws ServiceException {
        PersistablePayment payment = new PersistablePayment();
        payment.setPaymentModule("moneyorder");
        payment.setPaymentType(PaymentType.MONEYORDER.name());
        payment.setTransactionType(TransactionType.CAPTURE.name());
        Order model = newOrder(customer, store, new Locale(language.getCode()), payment);
        model.setDatePurchased(purchasedAt);
        Order placed = place(model, items, total(items, customer, store, language), customer, store, payment);
        placed.getOrderHistory().forEach(row -> row.setDateAdded(purchasedAt));
        if (status != placed.getStatus()) {
            addStatus(placed, status, purchasedAt);
        }
        return placed;
    }

    /** As the host's {@code updateOrderStatus}: a new history row, which also sets the order's status. */
    public void updateOrderStatus(Order order, OrderStatus status, MerchantStore store) throws ServiceException {
        addStatus(order, status, new Date());
    }

    private OrderTotalSummary total(List<ShoppingCartItem> items, Customer customer, MerchantStore store,
            Language language) throws ServiceException {
        OrderSummary summary = new OrderSummary();
        summary.setProducts(new ArrayList<>(items));
        return orderService.caculateOrderTotal(summary, customer, store, language);
    }

    private Order place(Order model, List<ShoppingCartItem> items, OrderTotalSummary totals, Customer customer,
            MerchantStore store, PersistablePayment payment) throws ServiceException {
        model.setTotal(totals.getTotal());
        model.setOrderProducts(orderLines(items, model));
        model.setOrderTotal(orderTotals(totals, model));
        return orderService.processOrder(model, customer, items, totals, payment(payment, store, totals.getTotal()),
                store);
    }

    private void addStatus(Order order, OrderStatus status, Date date) throws ServiceException {
        OrderStatusHistory history = new OrderStatusHistory();
        history.setStatus(status);
        history.setDateAdded(date);
        orderService.addOrderStatusHistory(order, history);
    }

    private static Order newOrder(Customer customer, MerchantStore store, Locale locale,
            PersistablePayment payment) {
        Order model = new Order();
        model.setMerchant(store);
        model.setCurrency(store.getCurrency());
        model.setLocale(locale);
        model.setDatePurchased(new Date());
        model.setChannel(OrderChannel.API);
        model.setOrderType(OrderType.ORDER);
        model.setCustomerEmailAddress(customer.getEmailAddress());
        model.setBilling(billingCopy(customer.getBilling()));
        if (payment != null) {
            model.setPaymentModuleCode(payment.getPaymentModule());
            model.setPaymentType(paymentType(payment));
        }
        return model;
    }

    private static Set<OrderAttribute> attributes(PersistableOrder order, Order model) {
        Set<OrderAttribute> attributes = new HashSet<>();
        for (com.salesmanager.shop.model.order.OrderAttribute attribute : order.getAttributes()) {
            OrderAttribute row = new OrderAttribute();
            row.setKey(attribute.getKey());
            row.setValue(attribute.getValue());
            row.setOrder(model);
            attributes.add(row);
        }
        return attributes;
    }

    private static Billing billingCopy(Billing source) {
        Billing billing = new Billing();
        if (source != null) {
            billing.setFirstName(source.getFirstName());
            billing.setLastName(source.getLastName());
            billing.setCompany(source.getCompany());
            billing.setAddress(source.getAddress());
            billing.setCity(source.getCity());
            billing.setPostalCode(source.getPostalCode());
            billing.setTelephone(source.getTelephone());
            billing.setCountry(source.getCountry());
        }
        return billing;
    }

    private static void checkPaymentAmount(PersistablePayment payment, BigDecimal total) throws ServiceException {
        if (payment == null || payment.getAmount() == null) {
            throw invalid("Requires Payment.amount");
        }
        if (new BigDecimal(payment.getAmount()).compareTo(total) != 0) {
            throw invalid("Payment.amount does not match what the system has calculated "
                    + total.toPlainString() + " (received " + payment.getAmount()
                    + ") please recalculate the order and submit again");
        }
    }

    /** 2.16.0's {@code ServiceException(String)} keeps the text as a message code only; this one is the message. */
    private static ServiceException invalid(String message) {
        return new ServiceException(ServiceException.EXCEPTION_VALIDATION, message, "order");
    }

    private static Set<OrderProduct> orderLines(List<ShoppingCartItem> items, Order order) {
        Set<OrderProduct> lines = new LinkedHashSet<>();
        for (ShoppingCartItem item : items) {
            OrderProduct line = new OrderProduct();
            line.setOrder(order);
            line.setSku(item.getProduct().getSku());
            line.setProductName(item.getProduct().getProductDescription().getName());
            line.setProductQuantity(item.getQuantity());
            line.setOneTimeCharge(item.getItemPrice());
            OrderProductPrice price = new OrderProductPrice();
            price.setOrderProduct(line);
            price.setDefaultPrice(Boolean.TRUE);
            price.setProductPrice(item.getItemPrice());
            price.setProductPriceCode(item.getFinalPrice().getProductPrice().getCode());
            price.setProductPriceName("");
            line.getPrices().add(price);
            lines.add(line);
        }
        return lines;
    }

    private static Set<OrderTotal> orderTotals(OrderTotalSummary totals, Order order) {
        Set<OrderTotal> rows = new HashSet<>();
        for (OrderTotal total : totals.getTotals()) {
            total.setOrder(order);
            rows.add(total);
        }
        return rows;
    }

    private static Payment payment(PersistablePayment source, MerchantStore store, BigDecimal amount) {
        Payment payment = new Payment();
        payment.setAmount(amount);
        payment.setCurrency(store.getCurrency());
        payment.setModuleName(source.getPaymentModule());
        payment.setPaymentType(paymentType(source));
        if (!StringUtils.isBlank(source.getTransactionType())) {
            payment.setTransactionType(TransactionType.valueOf(source.getTransactionType()));
        }
        return payment;
    }

    private static PaymentType paymentType(PersistablePayment payment) {
        return StringUtils.isBlank(payment.getPaymentType()) ? null : PaymentType.valueOf(payment.getPaymentType());
    }
}
