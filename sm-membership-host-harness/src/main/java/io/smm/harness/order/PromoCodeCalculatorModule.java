package io.smm.harness.order;

import java.math.BigDecimal;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

/**
 * The host's own promo module, whose Drools rule knows one code, {@value #CODE}, for 10 % off each item. Like the
 * host's, it reads the code from the summary only (cart calculations), and answers with an
 * {@code order.total.discount} line whose text is the code. The host's rule ended on 31 October 2025; this one has
 * no end, so that tests can see it work.
 */
public class PromoCodeCalculatorModule implements OrderTotalPostProcessorModule {

    public static final String CODE = "Test1234";

    private String name = "promoCode";
    private String code = "promoCode";

    @Override
    public OrderTotal caculateProductPiceVariation(OrderSummary summary, ShoppingCartItem item, Product product,
            Customer customer, MerchantStore store) {
        if (!CODE.equals(summary.getPromoCode())) {
            return null;
        }
        OrderTotal total = new OrderTotal();
        total.setOrderTotalCode("order.total.discount");
        total.setOrderTotalType(OrderTotalType.SUBTOTAL);
        total.setTitle("order.total.subtotal");
        total.setText(summary.getPromoCode());
        total.setValue(item.getItemPrice().multiply(new BigDecimal("0.10"))
                .multiply(BigDecimal.valueOf(item.getQuantity())));
        return total;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code;
    }
}
