package io.smm.harness.order;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

/**
 * Bean {@code orderTotalsPostProcessors}, the host's mutable list of order-total modules, holding as on the host
 * its promo calculator alone. Appending to this list is how a module is added; merely declaring a module bean is
 * not picked up.
 */
@Configuration(proxyBeanMethods = false)
public class OrderTotalProcessorsConfiguration {

    @Bean
    public List<OrderTotalPostProcessorModule> orderTotalsPostProcessors() {
        List<OrderTotalPostProcessorModule> modules = new ArrayList<>();
        modules.add(new PromoCodeCalculatorModule());
        return modules;
    }
}
