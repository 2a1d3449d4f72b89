package io.smm.membership.host.cart;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.coupons.CouponTill;

/**
 * Adds one module per checkout participant to the host's {@code orderTotalsPostProcessors} list, the only way the
 * host's {@code OrderTotalService} finds a module (it injects the list by name,
 * docs/host-seams.md#coupons-ordertotalspostprocessors): the host returns one line per module and item, so each
 * participant that takes something off the total has a module of its own. It also puts the host's own promo module
 * behind {@link HostPromoSwitch}. The participants are found by name now and looked up at the first calculation,
 * not while the host is still being built.
 */
class ParticipantModuleInstaller implements BeanPostProcessor, BeanFactoryAware {

    static final String MODULES_BEAN = "orderTotalsPostProcessors";
    private static final String HOST_PROMO_MODULE = "PromoCodeCalculatorModule";

    private final ObjectProvider<ParticipantTotalLines> totalLines;
    private final ObjectProvider<CouponTill> till;
    private ListableBeanFactory beans;

    ParticipantModuleInstaller(ObjectProvider<ParticipantTotalLines> totalLines, ObjectProvider<CouponTill> till) {
        this.totalLines = totalLines;
        this.till = till;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beans = (ListableBeanFactory) beanFactory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (MODULES_BEAN.equals(beanName) && bean instanceof List) {
            List<OrderTotalPostProcessorModule> modules = (List<OrderTotalPostProcessorModule>) bean;
            modules.replaceAll(module -> module.getClass().getSimpleName().startsWith(HOST_PROMO_MODULE)
                    ? new HostPromoSwitch(module, till) : module);
            for (String participant : beans.getBeanNamesForType(CheckoutParticipant.class, false, false)) {
                modules.add(new ParticipantModule(participant, beans, totalLines));
            }
        }
        return bean;
    }

    /** A participant's module as the host sees it; the participant and the lines are looked up when first asked. */
    private static final class ParticipantModule implements OrderTotalPostProcessorModule {

        private final String name;
        private final BeanFactory beans;
        private final ObjectProvider<ParticipantTotalLines> lines;
        private volatile CheckoutParticipant<?> participant;

        ParticipantModule(String name, BeanFactory beans, ObjectProvider<ParticipantTotalLines> lines) {
            this.name = name;
            this.beans = beans;
            this.lines = lines;
        }

        @Override
        public OrderTotal caculateProductPiceVariation(OrderSummary summary, ShoppingCartItem item, Product product,
                Customer customer, MerchantStore store) {
            return lines.getObject().lineFor(participant(), summary, item, customer, store);
        }

        /** The participant, looked up once: the host asks every module once per cart item. */
        private CheckoutParticipant<?> participant() {
            if (participant == null) {
                participant = beans.getBean(name, CheckoutParticipant.class);
            }
            return participant;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void setName(String name) {
            // the name is fixed
        }

        @Override
        public String getCode() {
            return name;
        }

        @Override
        public void setCode(String code) {
            // the code is fixed
        }
    }
}
