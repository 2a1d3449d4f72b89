package io.smm.membership.host;

import org.springframework.beans.factory.ObjectProvider;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

import io.smm.membership.coupons.CouponTill;

/**
 * The host's own promo module (its Drools rule), asked only about codes that are not our coupons and only while the
 * store lets it work: one coupon per cart, never two discounts for one code.
 */
class HostPromoSwitch implements OrderTotalPostProcessorModule {

    private final OrderTotalPostProcessorModule hostModule;
    private final ObjectProvider<CouponTill> till;

    HostPromoSwitch(OrderTotalPostProcessorModule hostModule, ObjectProvider<CouponTill> till) {
        this.hostModule = hostModule;
        this.till = till;
    }

    @Override
    public OrderTotal caculateProductPiceVariation(OrderSummary summary, ShoppingCartItem item, Product product,
            Customer customer, MerchantStore store) throws Exception {
        String promo = summary.getPromoCode();
        if (promo != null && !promo.isBlank() && store != null && !till.getObject().isHostPromo(store.getCode(), promo)) {
            return null;
        }
        OrderTotal discount = hostModule.caculateProductPiceVariation(summary, item, product, customer, store);
        if (discount != null) {
            CouponRequestState.hostDiscounted(promo);
        }
        return discount;
    }

    @Override
    public String getName() {
        return hostModule.getName();
    }

    @Override
    public void setName(String name) {
        hostModule.setName(name);
    }

    @Override
    public String getCode() {
        return hostModule.getCode();
    }

    @Override
    public void setCode(String code) {
        hostModule.setCode(code);
    }
}
