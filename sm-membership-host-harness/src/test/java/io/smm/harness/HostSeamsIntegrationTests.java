package io.smm.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.Environment;

class HostSeamsIntegrationTests extends StandInHostTestSupport {

    @Autowired
    private TestSeams.PlaceholderProbe placeholderProbe;

    @Autowired
    private Environment environment;

    @Autowired
    private ConfigurableApplicationContext context;

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void valueDefaultWinsOverBootPropertiesBecauseOfTheLegacyPlaceholderConfigurer() {
        assertThat(placeholderProbe.value()).isEqualTo("x");
        assertThat(environment.getProperty("not.in.files")).isEqualTo("set-in-boot-properties");
    }

    @Test
    void xmlAdviceAndBeanNameAspectsProxyTheHostBeans() {
        assertThat(AopUtils.isAopProxy(context.getBean("orderService"))).isTrue();
        assertThat(AopUtils.isAopProxy(context.getBean("pricingService"))).isTrue();
    }

    @Test
    void listenersRunOnAnotherThread() throws Exception {
        CompletableFuture<String> listenerThread = new CompletableFuture<>();
        ApplicationListener<PayloadApplicationEvent<String>> listener = event -> {
            if ("probe".equals(event.getPayload())) {
                listenerThread.complete(Thread.currentThread().getName());
            }
        };
        context.addApplicationListener(listener);

        events.publishEvent("probe");

        assertThat(listenerThread.get(5, TimeUnit.SECONDS)).isNotEqualTo(Thread.currentThread().getName());
    }
}
