package io.smm.membership.host.cart;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

import io.smm.membership.coupons.CouponTill;
import io.smm.membership.host.web.HostRequest;

/**
 * The host's own promo module (its Drools rule), asked only about codes that are not our coupons and only while the
 * store lets it work: one coupon per cart, never two discounts for one code. A host module that fails (as
 * Shopizer 3.2.5's Drools rules do on Java 17 without {@code --add-opens}) gives no discount rather than failing the
 * cart.
 */
class HostPromoSwitch implements OrderTotalPostProcessorModule {

    private static final Logger log = LoggerFactory.getLogger(HostPromoSwitch.class);

    private final AtomicBoolean warned = new AtomicBoolean();
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
        if (promo != null && !promo.isBlank() && store != null
                && !CartCouponQuotes.isHostPromo(store.getCode(), promo, till.getObject())) {
            return null;
        }
        OrderTotal discount;
        try {
            discount = hostModule.caculateProductPiceVariation(summary, item, product, customer, store);
        } catch (RuntimeException | LinkageError broken) {
            if (warned.compareAndSet(false, true)) {
                log.warn("Shopizer's own promo module failed, so its promo code gives no discount. On Java 17 its"
                        + " Drools rules need --add-opens java.base/java.util=ALL-UNNAMED (and java.lang,"
                        + " java.text); or switch the host's promo code off in the coupon settings.", broken);
            }
            return null;
        }
        if (discount != null) {
            HostRequest.current().ifPresent(request -> ParticipantTotalLines.notesOf(request).hostDiscounted(promo));
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
