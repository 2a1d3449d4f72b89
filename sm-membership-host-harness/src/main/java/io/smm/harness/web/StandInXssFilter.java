package io.smm.harness.web;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stands in for the host's {@code XssFilter}: a {@code @Component} with {@code @Order(0)}, so Boot applies it to
 * every path after Spring Security, HTML-encoding every parameter and header value (the host cleans them with
 * AntiSamy, which encodes {@code &}, {@code <}, {@code >} and quotes the same way).
 */
@Component("xssFilter")
@Order(0)
public class StandInXssFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new StandInXssHttpServletRequestWrapper((HttpServletRequest) request), response);
    }
}
