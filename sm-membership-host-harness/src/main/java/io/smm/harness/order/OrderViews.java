package io.smm.harness.order;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.orderproduct.OrderProduct;
import com.salesmanager.shop.model.order.OrderAttribute;
import com.salesmanager.shop.model.order.ReadableOrderProduct;
import com.salesmanager.shop.model.order.total.OrderTotal;
import com.salesmanager.shop.model.order.total.ReadableTotal;
import com.salesmanager.shop.model.order.v0.ReadableOrder;
import com.salesmanager.shop.model.order.v1.ReadableOrderConfirmation;

import io.smm.harness.catalog.StandInPricingService;

/** Turns stored orders into the host's JSON: v0 {@link ReadableOrder} and v1 {@link ReadableOrderConfirmation}. */
@Component
class OrderViews {

    private final StandInPricingService pricingService;
    private final OrderTotalViews totalViews;

    OrderViews(StandInPricingService pricingService, OrderTotalViews totalViews) {
        this.pricingService = pricingService;
        this.totalViews = totalViews;
    }

    ReadableOrder toReadable(Order order) {
        MerchantStore store = order.getMerchant();
        ReadableOrder readable = new ReadableOrder();
        readable.setId(order.getId());
        readable.setOrderStatus(order.getStatus());
        readable.setDatePurchased(order.getDatePurchased());
        readable.setCurrency(order.getCurrency().getCode());
        readable.setPaymentModule(order.getPaymentModuleCode());
        readable.setPaymentType(order.getPaymentType());
        readable.setTotals(totalViews.toReadable(List.copyOf(order.getOrderTotal()), store).stream()
                .map(OrderTotal.class::cast).collect(Collectors.toList()));
        OrderTotal total = new OrderTotal();
        total.setCode("order.total.total");
        total.setValue(order.getTotal());
        readable.setTotal(total);
        readable.setProducts(lines(order));
        readable.setAttributes(order.getOrderAttributes().stream().map(OrderViews::attribute)
                .collect(Collectors.toList()));
        return readable;
    }

    ReadableOrderConfirmation toConfirmation(Order order) {
        ReadableOrderConfirmation confirmation = new ReadableOrderConfirmation();
        confirmation.setId(order.getId());
        if (order.getPaymentType() != null) {
            confirmation.setPayment(order.getPaymentType().name());
        }
        ReadableTotal total = new ReadableTotal();
        total.setGrandTotal(pricingService.getDisplayAmount(order.getTotal(), order.getMerchant()));
        total.setTotals(totalViews.toReadable(List.copyOf(order.getOrderTotal()), order.getMerchant()));
        confirmation.setTotal(total);
        confirmation.setProducts(lines(order));
        return confirmation;
    }

    private List<ReadableOrderProduct> lines(Order order) {
        return order.getOrderProducts().stream()
                .sorted(Comparator.comparing(OrderProduct::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(line -> line(line, order.getMerchant()))
                .collect(Collectors.toList());
    }

    private ReadableOrderProduct line(OrderProduct source, MerchantStore store) {
        ReadableOrderProduct line = new ReadableOrderProduct();
        line.setId(source.getId());
        line.setSku(source.getSku());
        line.setProductName(source.getProductName());
        line.setOrderedQuantity(source.getProductQuantity());
        line.setPrice(pricingService.getDisplayAmount(source.getOneTimeCharge(), store));
        line.setSubTotal(pricingService.getDisplayAmount(
                source.getOneTimeCharge().multiply(BigDecimal.valueOf(source.getProductQuantity())), store));
        return line;
    }

    private static OrderAttribute attribute(com.salesmanager.core.model.order.attributes.OrderAttribute source) {
        OrderAttribute attribute = new OrderAttribute();
        attribute.setKey(source.getKey());
        attribute.setValue(source.getValue());
        return attribute;
    }
}
