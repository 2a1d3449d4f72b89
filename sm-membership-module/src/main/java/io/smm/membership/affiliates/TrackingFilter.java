package io.smm.membership.affiliates;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.smm.membership.identity.CurrentShopper;

/**
 * Tracks {@code ?aff=ID} on any page or API call reaching the host (GET and HEAD; never the owner's API nor our admin
 * pages): logs the click, sets the tracking cookie and, on a cart path, binds the cart. The request itself goes on
 * untouched, whatever happens here.
 */
public class TrackingFilter extends OncePerRequestFilter {

    static final String PARAMETER = "aff";
    private static final Logger LOGGER = LoggerFactory.getLogger(TrackingFilter.class);
    private static final Pattern UNTRACKED = Pattern.compile("/api/v\\d+/private(/.*)?|/membership/admin(/.*)?");
    private static final Pattern CART = Pattern.compile("/api/v\\d+/(?:auth/)?cart/([^/]+)(/.*)?");

    private final TrackingService tracking;
    private final TrackingCookies cookies;
    private final CurrentShopper shopper;

    TrackingFilter(TrackingService tracking, TrackingCookies cookies, CurrentShopper shopper) {
        this.tracking = tracking;
        this.cookies = cookies;
        this.shopper = shopper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || request.getParameter(PARAMETER) == null
                || UNTRACKED.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            track(request, response);
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not track the affiliate click on {}: {}", pathOf(request), failed.toString());
        }
        chain.doFilter(request, response);
    }

    private void track(HttpServletRequest request, HttpServletResponse response) {
        String path = pathOf(request);
        String storeCode = shopper.get().storeCode();
        ClickInput click = new ClickInput(request.getParameter(PARAMETER), path,
                request.getHeader(HttpHeaders.REFERER), request.getRemoteAddr(), cartOf(path).orElse(null));
        tracking.click(storeCode, click).ifPresent(clicked -> cookies.remember(request, response, storeCode,
                clicked));
    }

    private static Optional<String> cartOf(String path) {
        Matcher cart = CART.matcher(path);
        return cart.matches() ? Optional.of(cart.group(1)) : Optional.empty();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
