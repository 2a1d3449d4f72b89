package io.smm.harness.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.method.configuration.EnableGlobalMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.builders.WebSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The host's {@code MultipleEntryPointsSecurityConfig}: four {@link WebSecurityConfigurerAdapter}s with
 * orders 1, 2, 5 and 6 and the same matchers; every other path (catalog, cart, actuator) matches no chain.
 * CSRF is off and the security context lives in the HTTP session (Spring Security's default), so a session
 * that holds an authentication is honoured by these chains too. Method security (pre/post, secured, JSR-250)
 * is on, as with the host's {@code MethodSecurityConfig}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableGlobalMethodSecurity(prePostEnabled = true, securedEnabled = true, jsr250Enabled = true)
public class StandInSecurityConfiguration {

    private static final String API_VERSION = "/api/v*";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The single {@code authenticationProvider} bean (the host defines two under this name, the admins' and
     * the customers'; overriding leaves one, presumably the customers'). Being the only provider bean, it backs
     * the global authentication manager that method security asks for.
     */
    @Bean
    public AuthenticationProvider authenticationProvider(
            @Qualifier("jwtCustomerDetailsService") UserDetailsService customers, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider();
        provider.setUserDetailsService(customers);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    public StandInTokenFilter authenticationTokenFilter(@Value("${authToken.header}") String tokenHeader,
            StandInJwtTokenUtil tokens, @Qualifier("jwtCustomerDetailsService") UserDetailsService customers,
            @Qualifier("jwtAdminDetailsService") UserDetailsService admins) {
        return new StandInTokenFilter(tokenHeader, tokens, customers, admins);
    }

    private static BasicAuthenticationEntryPoint entryPoint(String realm) {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(realm);
        return entryPoint;
    }

    /** {@code /shop/**}: open. */
    @Configuration
    @Order(1)
    public static class ShopChain extends WebSecurityConfigurerAdapter {

        private final UserDetailsService customers;

        public ShopChain(@Qualifier("jwtCustomerDetailsService") UserDetailsService customers) {
            this.customers = customers;
        }

        @Override
        public void configure(WebSecurity web) {
            web.ignoring().antMatchers("/", "/error", "/resources/**", "/static/**", "/services/public/**");
        }

        @Override
        protected void configure(AuthenticationManagerBuilder auth) throws Exception {
            auth.userDetailsService(customers);
        }

        @Override
        protected void configure(HttpSecurity http) throws Exception {
            http.antMatcher("/shop/**")
                    .csrf().disable()
                    .authorizeRequests().antMatchers("/shop/**").permitAll()
                    .and().httpBasic().authenticationEntryPoint(entryPoint("shop-realm"));
        }
    }

    /** {@code /services/**}: the deprecated v0 API, administrators over HTTP basic. */
    @Configuration
    @Order(2)
    public static class ServicesChain extends WebSecurityConfigurerAdapter {

        private final UserDetailsService admins;

        public ServicesChain(@Qualifier("userDetailsService") UserDetailsService admins) {
            this.admins = admins;
        }

        @Override
        protected void configure(AuthenticationManagerBuilder auth) throws Exception {
            auth.userDetailsService(admins);
        }

        @Override
        protected void configure(HttpSecurity http) throws Exception {
            http.antMatcher("/services/**")
                    .csrf().disable()
                    .authorizeRequests()
                    .antMatchers("/services/public/**").permitAll()
                    .antMatchers("/services/private/**").hasRole("AUTH")
                    .anyRequest().authenticated()
                    .and().httpBasic().authenticationEntryPoint(entryPoint("rest-customer-realm"));
        }
    }

    /** {@code /api/v*}{@code /private/**}: administrators' JWTs. */
    @Configuration
    @Order(5)
    public static class AdminApiChain extends WebSecurityConfigurerAdapter {

        private final UserDetailsService admins;
        private final StandInTokenFilter tokenFilter;

        public AdminApiChain(@Qualifier("jwtAdminDetailsService") UserDetailsService admins,
                StandInTokenFilter tokenFilter) {
            this.admins = admins;
            this.tokenFilter = tokenFilter;
        }

        @Bean("jwtAdminAuthenticationManager")
        @Override
        public AuthenticationManager authenticationManagerBean() throws Exception {
            return super.authenticationManagerBean();
        }

        @Override
        protected void configure(AuthenticationManagerBuilder auth) throws Exception {
            auth.userDetailsService(admins);
        }

        @Override
        protected void configure(HttpSecurity http) throws Exception {
            http.antMatcher(API_VERSION + "/private/**")
                    .authorizeRequests()
                    .antMatchers(API_VERSION + "/private/login*").permitAll()
                    .antMatchers(API_VERSION + "/private/refresh").permitAll()
                    .antMatchers(HttpMethod.OPTIONS, API_VERSION + "/private/**").permitAll()
                    .antMatchers(API_VERSION + "/private/**").hasRole("AUTH")
                    .anyRequest().authenticated()
                    .and().httpBasic().authenticationEntryPoint(entryPoint("api-admin-realm"))
                    .and().addFilterAfter(tokenFilter, BasicAuthenticationFilter.class)
                    .csrf().disable();
        }
    }

    /** {@code /api/v*}{@code /auth/**}: customers' JWTs. */
    @Configuration
    @Order(6)
    public static class CustomerApiChain extends WebSecurityConfigurerAdapter {

        private final UserDetailsService customers;
        private final StandInTokenFilter tokenFilter;

        public CustomerApiChain(@Qualifier("jwtCustomerDetailsService") UserDetailsService customers,
                StandInTokenFilter tokenFilter) {
            this.customers = customers;
            this.tokenFilter = tokenFilter;
        }

        @Bean("jwtCustomerAuthenticationManager")
        @Override
        public AuthenticationManager authenticationManagerBean() throws Exception {
            return super.authenticationManagerBean();
        }

        @Override
        protected void configure(AuthenticationManagerBuilder auth) throws Exception {
            auth.userDetailsService(customers);
        }

        @Override
        protected void configure(HttpSecurity http) throws Exception {
            http.antMatcher(API_VERSION + "/auth/**")
                    .authorizeRequests()
                    .antMatchers(API_VERSION + "/auth/refresh").permitAll()
                    .antMatchers(API_VERSION + "/auth/login").permitAll()
                    .antMatchers(API_VERSION + "/auth/register").permitAll()
                    .antMatchers(HttpMethod.OPTIONS, API_VERSION + "/auth/**").permitAll()
                    .antMatchers(API_VERSION + "/auth/**").hasRole("AUTH_CUSTOMER")
                    .anyRequest().authenticated()
                    .and().httpBasic().authenticationEntryPoint(entryPoint("api-customer-realm"))
                    .and().csrf().disable()
                    .addFilterAfter(tokenFilter, BasicAuthenticationFilter.class);
        }
    }
}
