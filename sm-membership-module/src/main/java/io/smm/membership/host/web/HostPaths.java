package io.smm.membership.host.web;

import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** The host's URL families that matter to us (docs/host-seams.md#the-shopper-and-the-owner). */
public final class HostPaths {

    private static final Pattern OWNER = Pattern.compile("/api/v\\d+/private(/.*)?");

    private HostPaths() {
    }

    /** The request this thread serves, or null outside one (start-up, a job). */
    public static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes ? ((ServletRequestAttributes) attributes).getRequest()
                : null;
    }

    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The host's checkouts, guest or authenticated ({@code POST .../cart/{code}/checkout}), by the pattern Spring
     * matched, whatever the request's spelling of the path (a trailing slash, encoded characters, parameters).
     */
    public static boolean isCheckout(HttpServletRequest request) {
        if (request == null || !"POST".equals(request.getMethod())) {
            return false;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null && pattern.toString().endsWith("/checkout");
    }

    /** The admin API: owners see base prices and are never shoppers. */
    public static boolean isOwnerPath(HttpServletRequest request) {
        return OWNER.matcher(pathOf(request)).matches();
    }
}
