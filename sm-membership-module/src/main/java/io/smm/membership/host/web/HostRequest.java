package io.smm.membership.host.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;

import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutRefusal;
import io.smm.membership.identity.CurrentShopper;

/**
 * What our seams learn while the host serves one request, kept on the request as one attribute: the request's
 * {@link Checkout}, handed to every participant; a refusal to answer with; and each seam's own notes, one object per
 * seam, for the host's repeated calls (the host prices a product, and asks the order-total modules once per item,
 * many times in one request). Outside a request nothing is kept.
 */
public final class HostRequest {

    private static final String ATTRIBUTE = HostRequest.class.getName();
    private static final boolean LOGBACK = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
            HostRequest.class.getClassLoader());

    private final Map<Class<?>, Object> notes = new HashMap<>();
    private Checkout checkout;
    private CheckoutRefusal refusal;

    private HostRequest() {
    }

    /** The state of the request this thread serves; empty outside a request. */
    public static Optional<HostRequest> current() {
        return Optional.ofNullable(HostPaths.currentRequest()).map(HostRequest::of);
    }

    public static HostRequest of(HttpServletRequest request) {
        HostRequest state = (HostRequest) request.getAttribute(ATTRIBUTE);
        if (state == null) {
            state = new HostRequest();
            request.setAttribute(ATTRIBUTE, state);
        }
        return state;
    }

    /** The request's checkout, built on first use. */
    public Checkout checkout(CurrentShopper shopper) {
        if (checkout == null) {
            checkout = new Checkout(shopper::get);
        }
        return checkout;
    }

    /** A seam's notes for this request, of the seam's own type, made on first use. */
    public <T> T notes(Class<T> type, Supplier<T> create) {
        return type.cast(notes.computeIfAbsent(type, any -> create.get()));
    }

    /**
     * Marks the request as refused for this reason, so that the answer says so (the checkout's refusal filter) and the
     * host's error log does not ({@link RefusalLogFilter}).
     */
    public void refuse(CheckoutRefusal reason) {
        refusal = reason;
        if (LOGBACK) {
            RefusalLogFilter.installIn(LoggerFactory.getILoggerFactory());
        }
    }

    public Optional<CheckoutRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }
}
