package io.smm.membership.host.cart;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

import io.smm.membership.coupons.CouponTill;

/**
 * Adds the coupon module to the host's {@code orderTotalsPostProcessors} list, the only way the host's
 * {@code OrderTotalService} finds a module (it injects the list by name,
 * docs/host-seams.md#coupons-ordertotalspostprocessors), and puts the host's own promo module behind
 * {@link HostPromoSwitch}. Our beans are looked up at the first calculation, not while the host is still being built.
 */
class CouponModuleInstaller implements BeanPostProcessor {

    static final String MODULES_BEAN = "orderTotalsPostProcessors";
    private static final String HOST_PROMO_MODULE = "PromoCodeCalculatorModule";

    private final ObjectProvider<CouponDiscountLines> couponLines;
    private final ObjectProvider<CouponTill> till;

    CouponModuleInstaller(ObjectProvider<CouponDiscountLines> couponLines, ObjectProvider<CouponTill> till) {
        this.couponLines = couponLines;
        this.till = till;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (MODULES_BEAN.equals(beanName) && bean instanceof List) {
            List<OrderTotalPostProcessorModule> modules = (List<OrderTotalPostProcessorModule>) bean;
            modules.replaceAll(module -> module.getClass().getSimpleName().startsWith(HOST_PROMO_MODULE)
                    ? new HostPromoSwitch(module, till) : module);
            modules.add(new CouponModule(couponLines));
        }
        return bean;
    }

    /** The coupon module as the host sees it; the discount lines are looked up when first asked. */
    private static final class CouponModule implements OrderTotalPostProcessorModule {

        private final ObjectProvider<CouponDiscountLines> lines;

        CouponModule(ObjectProvider<CouponDiscountLines> lines) {
            this.lines = lines;
        }

        @Override
        public OrderTotal caculateProductPiceVariation(OrderSummary summary, ShoppingCartItem item, Product product,
                Customer customer, MerchantStore store) {
            return lines.getObject().lineFor(summary, item, customer, store);
        }

        @Override
        public String getName() {
            return CouponDiscountLines.MODULE;
        }

        @Override
        public void setName(String name) {
            // the name is fixed
        }

        @Override
        public String getCode() {
            return CouponDiscountLines.MODULE;
        }

        @Override
        public void setCode(String code) {
            // the code is fixed
        }
    }
}
