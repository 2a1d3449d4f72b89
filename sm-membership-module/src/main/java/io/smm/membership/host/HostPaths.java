package io.smm.membership.host;

import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/** The host's URL families that matter to us (SHOPIZER.md §7). */
final class HostPaths {

    private static final Pattern OWNER = Pattern.compile("/api/v\\d+/private(/.*)?");

    private HostPaths() {
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The admin API: owners see base prices and are never shoppers. */
    static boolean isOwnerPath(HttpServletRequest request) {
        return OWNER.matcher(pathOf(request)).matches();
    }
}
