package io.smm.harness;

import java.math.BigDecimal;
import java.util.List;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

/**
 * What an extension would add, bound the way it would bind: an aspect on the bean named {@code pricingService},
 * a module appended to the list bean {@code orderTotalsPostProcessors}, and a {@code @Value} with a default.
 * Each only touches products whose sku carries its prefix, so all tests share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSeams {

    static final String TEN_PERCENT_OFF_PREFIX = "ASPECT-";
    static final String ONE_OFF_PER_UNIT_PREFIX = "DISC-";

    @Bean
    TenPercentOffAspect tenPercentOffAspect() {
        return new TenPercentOffAspect();
    }

    @Bean
    static BeanPostProcessor appendOneOffPerUnitModule() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("orderTotalsPostProcessors".equals(beanName)) {
                    ((List<OrderTotalPostProcessorModule>) bean).add(new OneOffPerUnitModule());
                }
                return bean;
            }
        };
    }

    @Bean
    PlaceholderProbe placeholderProbe(@Value("${not.in.files:x}") String value) {
        return new PlaceholderProbe(value);
    }

    /** 10 % off the final price of products whose sku starts with {@value #TEN_PERCENT_OFF_PREFIX}. */
    @Aspect
    static class TenPercentOffAspect {

        @Around("bean(pricingService) && execution(* calculateProductPrice(..))")
        public Object tenPercentOff(ProceedingJoinPoint call) throws Throwable {
            FinalPrice price = (FinalPrice) call.proceed();
            Product product = (Product) call.getArgs()[0];
            if (!product.getSku().startsWith(TEN_PERCENT_OFF_PREFIX)) {
                return price;
            }
            FinalPrice reduced = new FinalPrice();
            reduced.setProductPrice(price.getProductPrice());
            reduced.setOriginalPrice(price.getOriginalPrice());
            reduced.setDefaultPrice(price.isDefaultPrice());
            reduced.setFinalPrice(price.getFinalPrice().multiply(new BigDecimal("0.9")));
            return reduced;
        }
    }

    /** A discount line of 1.00 per unit for products whose sku starts with {@value #ONE_OFF_PER_UNIT_PREFIX}. */
    static class OneOffPerUnitModule implements OrderTotalPostProcessorModule {

        private String code = "test-one-off";
        private String name = "One off per unit";

        @Override
        public OrderTotal caculateProductPiceVariation(OrderSummary summary, ShoppingCartItem item,
                Product product, Customer customer, MerchantStore store) {
            if (!product.getSku().startsWith(ONE_OFF_PER_UNIT_PREFIX)) {
                return null;
            }
            OrderTotal discount = new OrderTotal();
            discount.setOrderTotalCode("order.total.discount");
            discount.setOrderTotalType(OrderTotalType.SUBTOTAL);
            discount.setModule(code);
            discount.setTitle(name);
            discount.setValue(BigDecimal.ONE.multiply(BigDecimal.valueOf(item.getQuantity())));
            return discount;
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

    /** Holds what the legacy placeholder configurer made of {@code ${not.in.files:x}}. */
    static final class PlaceholderProbe {

        private final String value;

        PlaceholderProbe(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }
    }
}
