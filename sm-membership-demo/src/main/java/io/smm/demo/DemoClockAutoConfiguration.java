package io.smm.demo;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.harness.StandInCatalog;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;

/** The demo's clock, in place of the module's (which backs off for it), so the demo can date its tier history. */
@Configuration(proxyBeanMethods = false)
@AutoConfigureBefore(MembershipAutoConfiguration.class)
@ConditionalOnClass(StandInCatalog.class)
public class DemoClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "membershipClock")
    Clock membershipClock() {
        return new DemoClock();
    }
}
