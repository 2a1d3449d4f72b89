package io.smm.membership.host.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our requests through the host's servlet filters. */
@Configuration(proxyBeanMethods = false)
public class WebSeamConfiguration {

    /** After the host's XssFilter (order 0), before the dispatcher; our paths only (and our short links'). */
    @Bean
    FilterRegistrationBean<RawParametersFilter> membershipRawParametersFilter() {
        FilterRegistrationBean<RawParametersFilter> registration = new FilterRegistrationBean<>(
                new RawParametersFilter());
        registration.addUrlPatterns("/membership/*", "/api/v1/auth/membership/*", "/api/v1/private/membership/*",
                "/a/*");
        registration.setOrder(1);
        return registration;
    }
}
