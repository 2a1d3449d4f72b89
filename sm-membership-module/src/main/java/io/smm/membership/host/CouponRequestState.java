package io.smm.membership.host;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;

import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import com.salesmanager.core.model.order.OrderSummary;

import io.smm.membership.coupons.CouponRedemption;
import io.smm.membership.coupons.CouponRefusal;
import io.smm.membership.coupons.CouponTill;

/**
 * What the coupon seams learn during one request, kept on the request: the quote of each host cart calculation
 * (the host asks the order-total modules once per item), the last one, the checkout's, and a refusal to answer with.
 * Outside a request nothing is kept.
 */
final class CouponRequestState {

    private static final String QUOTES = CouponRequestState.class.getName() + ".quotes";
    private static final String LAST = CouponRequestState.class.getName() + ".last";
    private static final String CHECKOUT = CouponRequestState.class.getName() + ".checkout";
    private static final String REFUSAL = CouponRequestState.class.getName() + ".refusal";
    private static final String RESERVED = CouponRequestState.class.getName() + ".reserved";
    private static final String HOST_PROMOS = CouponRequestState.class.getName() + ".host-promos";
    private static final String HOST_DISCOUNTED = CouponRequestState.class.getName() + ".host-discounted";
    private static final boolean LOGBACK = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
            CouponRequestState.class.getClassLoader());

    private CouponRequestState() {
    }

    /**
     * The calculation's coupon, quoted once per summary and request; {@code checkout} marks a calculation of an
     * order's total, the one an order placed in this request was priced with.
     */
    @SuppressWarnings("unchecked")
    static AppliedCoupon quoteOnce(OrderSummary summary, boolean checkout, Supplier<AppliedCoupon> quote) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request == null) {
            return quote.get();
        }
        Map<OrderSummary, AppliedCoupon> quotes = (Map<OrderSummary, AppliedCoupon>) request.getAttribute(QUOTES);
        if (quotes == null) {
            quotes = new IdentityHashMap<>();
            request.setAttribute(QUOTES, quotes);
        }
        AppliedCoupon applied = quotes.computeIfAbsent(summary, any -> quote.get());
        request.setAttribute(checkout ? CHECKOUT : LAST, applied);
        return applied;
    }

    /** The coupon of the cart this request calculated last. */
    static Optional<AppliedCoupon> lastQuoted() {
        return attribute(LAST);
    }

    /** The coupon of the last order-total calculation of this request: what an order placed in it was priced with. */
    static Optional<AppliedCoupon> checkoutQuoted() {
        return attribute(CHECKOUT);
    }

    /** Whether the code is the host's own promo code, asked of the till once per request and code. */
    @SuppressWarnings("unchecked")
    static boolean isHostPromo(String storeCode, String code, CouponTill till) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request == null) {
            return till.isHostPromo(storeCode, code);
        }
        Map<String, Boolean> known = (Map<String, Boolean>) request.getAttribute(HOST_PROMOS);
        if (known == null) {
            known = new HashMap<>();
            request.setAttribute(HOST_PROMOS, known);
        }
        return known.computeIfAbsent(storeCode + "/" + code, any -> till.isHostPromo(storeCode, code));
    }

    /** Notes that the host's own promo module gave a discount for this code. */
    static void hostDiscounted(String code) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request != null) {
            request.setAttribute(HOST_DISCOUNTED, code);
        }
    }

    /** Whether the host's own promo module gave a discount for this code in this request. */
    static boolean wasHostDiscounted(String code) {
        return CouponRequestState.<String>attribute(HOST_DISCOUNTED).filter(code::equals).isPresent();
    }

    /** Keeps the use the order this request is placing took, until the order has its id. */
    static void reserved(CouponRedemption use) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request != null) {
            request.setAttribute(RESERVED, use);
        }
    }

    static Optional<CouponRedemption> reservedUse() {
        return attribute(RESERVED);
    }

    /**
     * Marks the request as refused for this reason, so that the answer says so ({@link CouponRefusalFilter}) and the
     * host's error log does not ({@link RefusalLogFilter}).
     */
    static void refuse(CouponRefusal refusal) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request != null) {
            request.setAttribute(REFUSAL, refusal);
            if (LOGBACK) {
                RefusalLogFilter.installIn(LoggerFactory.getILoggerFactory());
            }
        }
    }

    static Optional<CouponRefusal> refusal(HttpServletRequest request) {
        return Optional.ofNullable((CouponRefusal) request.getAttribute(REFUSAL));
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T> attribute(String name) {
        HttpServletRequest request = HostPaths.currentRequest();
        return request == null ? Optional.empty() : Optional.ofNullable((T) request.getAttribute(name));
    }
}
