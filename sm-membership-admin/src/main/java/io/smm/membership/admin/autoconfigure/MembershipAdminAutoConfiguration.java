package io.smm.membership.admin.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigureAfter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.smm.membership.admin.AdminConfiguration;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.groups.GroupService;

/**
 * The shop owners' pages under {@code /membership/admin}: on when the membership module is on and Thymeleaf is on
 * the class path. It also needs the host's form-login beans and its Spring Security filter chain
 * (docs/host-seams.md#auto-configuration), so that the pages never come up unprotected on a host that lacks them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.thymeleaf.spring5.SpringTemplateEngine")
@ConditionalOnProperty(prefix = "sm.membership", name = "enabled", matchIfMissing = true)
@ConditionalOnBean(value = GroupService.class,
        name = { "userDetailsService", "passwordEncoder", "springSecurityFilterChain" })
@AutoConfigureAfter(MembershipAutoConfiguration.class)
@EnableConfigurationProperties(MembershipAdminProperties.class)
@Import(AdminConfiguration.class)
public class MembershipAdminAutoConfiguration {
}
