package io.smm.membership.affiliates;

import java.util.EnumMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

/**
 * What a request ignored while it priced a cart (a forged or expired cookie, a click of an affiliate that no longer
 * earns), noted on the request and counted once, when the request is a click or a checkout: the host prices a cart
 * on every look at it, and the owner's counts would grow with each.
 */
final class IgnoredClicks {

    private static final String NOTES = IgnoredClicks.class.getName();

    private IgnoredClicks() {
    }

    /** Notes the reason once per request, with the store and the tracking id it concerns (null for a cookie). */
    static void note(HttpServletRequest request, String storeCode, RejectReason reason, String trackingId) {
        notes(request).putIfAbsent(reason, new String[] { storeCode, trackingId });
    }

    /** Counts what the request noted, once. */
    static void count(HttpServletRequest request, TrackingService tracking) {
        Map<RejectReason, String[]> noted = notes(request);
        request.removeAttribute(NOTES);
        noted.forEach((reason, what) -> tracking.reject(what[0], reason, what[1], request.getRemoteAddr()));
    }

    @SuppressWarnings("unchecked")
    private static Map<RejectReason, String[]> notes(HttpServletRequest request) {
        Object notes = request.getAttribute(NOTES);
        if (notes == null) {
            notes = new EnumMap<RejectReason, String[]>(RejectReason.class);
            request.setAttribute(NOTES, notes);
        }
        return (Map<RejectReason, String[]>) notes;
    }
}
