package io.smm.membership.host.web;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives our own paths their parameters as the client sent them. Shopizer's {@code XssFilter} (a {@code @Component},
 * so Boot applies it to every path, docs/host-seams.md#request-parameters-and-the-xssfilter) wraps each request in an
 * {@code XssHttpServletRequestWrapper} whose parameters are AntiSamy-cleaned HTML: an owner's "Friends &amp; Family"
 * would be stored with its ampersand encoded. Our pages escape everything they print, so they take the raw values. The
 * wrapper is recognised by its class name, as the host is bound everywhere else; headers stay as the host cleaned them.
 */
public class RawParametersFilter extends OncePerRequestFilter {

    static final String ENCODING_WRAPPER = "XssHttpServletRequestWrapper";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(isEncodingWrapper(request) ? new RawParameters(request) : request, response);
    }

    private static boolean isEncodingWrapper(HttpServletRequest request) {
        for (Class<?> type = request.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getSimpleName().endsWith(ENCODING_WRAPPER)) {
                return request instanceof HttpServletRequestWrapper;
            }
        }
        return false;
    }

    /** The encoding wrapper for everything but parameters, which come from the request it wraps. */
    private static final class RawParameters extends HttpServletRequestWrapper {

        private final ServletRequest raw;

        RawParameters(HttpServletRequest encoding) {
            super(encoding);
            this.raw = ((HttpServletRequestWrapper) encoding).getRequest();
        }

        @Override
        public String getParameter(String name) {
            return raw.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return raw.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return raw.getParameterMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return raw.getParameterNames();
        }
    }
}
