package io.smm.membership.admin.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The security chain of the owners' pages (docs/host-seams.md#the-admin-pages-security-chain): form login with the
 * host's administrators, only SUPERADMIN and ADMIN, CSRF on. Order 3, since the host's chains take 1, 2, 5 and 6 and
 * Spring Security 5.5 refuses two chains of one order. A WebSecurityConfigurerAdapter, not a SecurityFilterChain bean:
 * 5.5 refuses to mix them.
 * <p>
 * The login is kept in the HTTP session under a key of its own: the host's JWT chains on {@code /api/v*}{@code
 * /private/**} read the default key and have CSRF off, so sharing it would let the pages' session cookie alone call
 * the host's admin API.
 */
@Order(AdminSecurity.ORDER)
class AdminSecurity extends WebSecurityConfigurerAdapter {

    static final int ORDER = 3;
    static final String SECURITY_CONTEXT_KEY = "SM_MEMBERSHIP_ADMIN_SECURITY_CONTEXT";
    static final String SAVED_REQUEST_KEY = "SM_MEMBERSHIP_ADMIN_SAVED_REQUEST";

    private final UserDetailsService hostUsers;
    private final PasswordEncoder hostPasswordEncoder;

    AdminSecurity(UserDetailsService hostUsers, PasswordEncoder hostPasswordEncoder) {
        this.hostUsers = hostUsers;
        this.hostPasswordEncoder = hostPasswordEncoder;
    }

    @Override
    protected void configure(AuthenticationManagerBuilder auth) throws Exception {
        auth.userDetailsService(new RefusingUnknownUsers(hostUsers)).passwordEncoder(hostPasswordEncoder);
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(SECURITY_CONTEXT_KEY);
        // no ;jsessionid= in links and redirects: a session id in a URL leaks through logs and Referer headers
        contexts.setDisableUrlRewriting(true);
        HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
        savedRequests.setSessionAttrName(SAVED_REQUEST_KEY);
        http.requestMatchers(matchers -> matchers.antMatchers(AdminPaths.ROOT + "/**"))
                .authorizeRequests(requests -> requests
                        .antMatchers(AdminPaths.LOGIN, AdminPaths.DENIED, AdminPaths.ASSETS + "/**").permitAll()
                        .anyRequest().hasAnyRole("SUPERADMIN", "ADMIN"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .formLogin(form -> form.loginPage(AdminPaths.LOGIN).failureUrl(AdminPaths.LOGIN + "?error")
                        .defaultSuccessUrl(AdminPaths.DASHBOARD))
                .logout(logout -> logout.logoutUrl(AdminPaths.LOGOUT).logoutSuccessUrl(AdminPaths.LOGIN + "?logout"))
                .exceptionHandling(failures -> failures.accessDeniedPage(AdminPaths.DENIED));
    }
}
