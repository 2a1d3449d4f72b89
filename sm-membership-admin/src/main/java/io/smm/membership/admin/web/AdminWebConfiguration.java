package io.smm.membership.admin.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.identity.CurrentOwner;

/**
 * The parts every owner page shares: its security chain on the host's administrators, the language switch and
 * assets, our texts in the host's message source, the login page and the page advice.
 */
@Configuration(proxyBeanMethods = false)
public class AdminWebConfiguration {

    @Bean
    static BeanPostProcessor membershipAdminMessagesRegistrar() {
        return new AdminMessagesRegistrar();
    }

    @Bean
    AdminSecurity membershipAdminSecurity(@Qualifier("userDetailsService") UserDetailsService hostUsers,
            @Qualifier("passwordEncoder") PasswordEncoder hostPasswordEncoder) {
        return new AdminSecurity(hostUsers, hostPasswordEncoder);
    }

    @Bean
    AdminWebMvcConfigurer membershipAdminWebMvcConfigurer() {
        return new AdminWebMvcConfigurer();
    }

    @Bean
    AdminTime membershipAdminTime(MembershipAdminProperties properties) {
        ZoneId zone = properties.getTimeZone() == null ? ZoneId.systemDefault() : properties.getTimeZone();
        return new AdminTime(zone);
    }

    @Bean
    AdminPageAdvice membershipAdminPageAdvice(CurrentOwner owner, AdminTime time) {
        return new AdminPageAdvice(owner, time);
    }

    @Bean
    AdminLoginController membershipAdminLoginController() {
        return new AdminLoginController();
    }
}
