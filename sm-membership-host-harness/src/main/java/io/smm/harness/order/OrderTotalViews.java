package io.smm.harness.order;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalSummary;
import com.salesmanager.shop.model.order.ReadableOrderTotalSummary;
import com.salesmanager.shop.model.order.total.ReadableOrderTotal;

import io.smm.harness.catalog.StandInPricingService;

/**
 * Turns order totals into the host's {@link ReadableOrderTotal} JSON ({@code code}, {@code title},
 * {@code module}, {@code value}, {@code text}, {@code order}, display {@code total}); totals with code
 * {@value #DISCOUNT_CODE} are flagged {@code discounted}, as the host's mapper does.
 */
@Component
public class OrderTotalViews {

    /** Code of a discount line produced by an order-total module. */
    public static final String DISCOUNT_CODE = "order.total.discount";

    private final StandInPricingService pricingService;

    public OrderTotalViews(StandInPricingService pricingService) {
        this.pricingService = pricingService;
    }

    public List<ReadableOrderTotal> toReadable(List<OrderTotal> totals, MerchantStore store) {
        return totals.stream()
                .sorted(Comparator.comparingInt(OrderTotal::getSortOrder))
                .map(total -> toReadable(total, store))
                .collect(Collectors.toList());
    }

    public ReadableOrderTotalSummary toReadable(OrderTotalSummary summary, MerchantStore store) {
        ReadableOrderTotalSummary readable = new ReadableOrderTotalSummary();
        readable.setSubTotal(pricingService.getDisplayAmount(summary.getSubTotal(), store));
        readable.setTotal(pricingService.getDisplayAmount(summary.getTotal(), store));
        readable.setTotals(toReadable(summary.getTotals(), store));
        return readable;
    }

    private ReadableOrderTotal toReadable(OrderTotal total, MerchantStore store) {
        ReadableOrderTotal readable = new ReadableOrderTotal();
        readable.setId(total.getId());
        readable.setCode(total.getOrderTotalCode());
        readable.setTitle(total.getTitle());
        readable.setModule(total.getModule());
        readable.setText(total.getText());
        readable.setValue(total.getValue());
        readable.setOrder(total.getSortOrder());
        readable.setTotal(pricingService.getDisplayAmount(total.getValue(), store));
        readable.setDiscounted(DISCOUNT_CODE.equals(total.getOrderTotalCode()));
        return readable;
    }
}
