package io.smm.membership.host;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;

import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.order.OrderSummary;

import io.smm.membership.checkout.Checkout;
import io.smm.membership.coupons.CouponRefusal;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.pricing.ProductFacts;

/**
 * What our seams learn while the host serves one request, kept on the request as one attribute: the request's
 * {@link Checkout}, handed to every participant, and what the seams need to answer the host's repeated calls (the
 * host prices a product, and asks the order-total modules once per item, many times in one request). Outside a
 * request nothing is kept.
 */
final class HostRequest {

    private static final String ATTRIBUTE = HostRequest.class.getName();
    private static final boolean LOGBACK = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
            HostRequest.class.getClassLoader());

    private Checkout checkout;
    /** The facts behind each price this request returned, by identity: cart items carry the very same object. */
    final Map<FinalPrice, ProductFacts> priceFacts = new IdentityHashMap<>();
    /** Each cart calculation's coupon, quoted once per summary. */
    final Map<OrderSummary, AppliedCoupon> couponQuotes = new IdentityHashMap<>();
    /** Whether a code is the host's own promo code, asked once per store and code. */
    final Map<String, Boolean> hostPromos = new HashMap<>();
    private String hostDiscounted;
    private CouponRefusal refusal;
    private boolean hostPricesOnly;

    private HostRequest() {
    }

    /** The state of the request this thread serves; empty outside a request. */
    static Optional<HostRequest> current() {
        return Optional.ofNullable(HostPaths.currentRequest()).map(HostRequest::of);
    }

    static HostRequest of(HttpServletRequest request) {
        HostRequest state = (HostRequest) request.getAttribute(ATTRIBUTE);
        if (state == null) {
            state = new HostRequest();
            request.setAttribute(ATTRIBUTE, state);
        }
        return state;
    }

    /** The request's checkout, built on first use. */
    Checkout checkout(CurrentShopper shopper) {
        if (checkout == null) {
            checkout = new Checkout(shopper::get);
        }
        return checkout;
    }

    /** Notes that the host's own promo module gave a discount for this code. */
    void hostDiscounted(String code) {
        hostDiscounted = code;
    }

    boolean wasHostDiscounted(String code) {
        return code.equals(hostDiscounted);
    }

    /**
     * Marks the request as refused for this reason, so that the answer says so ({@link CouponRefusalFilter}) and the
     * host's error log does not ({@link RefusalLogFilter}).
     */
    void refuse(CouponRefusal reason) {
        refusal = reason;
        if (LOGBACK) {
            RefusalLogFilter.installIn(LoggerFactory.getILoggerFactory());
        }
    }

    Optional<CouponRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    boolean isHostPricesOnly() {
        return hostPricesOnly;
    }

    /** Runs {@code work} with the host's own prices, as if member prices were not there. */
    <T> T withHostPrices(Supplier<T> work) {
        boolean before = hostPricesOnly;
        hostPricesOnly = true;
        try {
            return work.get();
        } finally {
            hostPricesOnly = before;
        }
    }
}
