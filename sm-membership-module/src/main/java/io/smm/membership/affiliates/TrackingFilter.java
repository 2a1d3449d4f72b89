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
 * pages): logs the click, sets the tracking cookie and, on a cart path, binds the cart. After a click and after a
 * checkout it counts what the request ignored ({@link IgnoredClicks}). The request itself goes on untouched,
 * whatever happens here.
 */
public class TrackingFilter extends OncePerRequestFilter {

    static final String PARAMETER = "aff";
    private static final Logger LOGGER = LoggerFactory.getLogger(TrackingFilter.class);
    private static final Pattern UNTRACKED = Pattern.compile("/api/v\\d+/private(/.*)?|/membership/admin(/.*)?");
    private static final Pattern CART = Pattern.compile("/api/v\\d+/(?:auth/)?cart/([^/]+)(/.*)?");
    private static final Pattern CHECKOUT = Pattern.compile("/api/v\\d+/(?:auth/)?cart/[^/]+/checkout");

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
        return !isClick(request) && !isCheckout(request);
    }

    /** What a click ignored is counted before the page is answered; what a checkout ignored, once it is placed. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isClick(request)) {
            try {
                track(request, response);
            } catch (RuntimeException failed) {
                LOGGER.warn("Could not track the affiliate click on {}: {}", pathOf(request), failed.toString());
            }
            countIgnored(request);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            countIgnored(request);
        }
    }

    private void countIgnored(HttpServletRequest request) {
        try {
            IgnoredClicks.count(request, tracking);
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not count the affiliate clicks ignored on {}: {}", pathOf(request), failed.toString());
        }
    }

    private static boolean isClick(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getParameter(PARAMETER) != null
                && !UNTRACKED.matcher(pathOf(request)).matches();
    }

    private static boolean isCheckout(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && CHECKOUT.matcher(pathOf(request)).matches();
    }

    private void track(HttpServletRequest request, HttpServletResponse response) {
        String path = pathOf(request);
        String storeCode = shopper.get().storeCode();
        Optional<String> cart = cartOf(path);
        ClickInput click = new ClickInput(request.getParameter(PARAMETER), cart.map(code -> landingOnCart(path))
                .orElse(path), request.getHeader(HttpHeaders.REFERER), request.getRemoteAddr(), cart.orElse(null));
        tracking.click(storeCode, click).ifPresent(clicked -> cookies.remember(request, response, storeCode,
                clicked));
    }

    /** A cart path without its code: the affiliate reads its clicks' landing paths, and a code opens the cart. */
    private static String landingOnCart(String path) {
        Matcher cart = CART.matcher(path);
        cart.matches();
        return path.substring(0, cart.start(1)) + "*" + path.substring(cart.end(1));
    }

    private static Optional<String> cartOf(String path) {
        Matcher cart = CART.matcher(path);
        return cart.matches() ? Optional.of(cart.group(1)) : Optional.empty();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
