package io.smm.membership.host.cart;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import com.salesmanager.core.model.order.OrderSummary;

/**
 * The coupon seams' notes for one request: each cart calculation's coupon, quoted once per summary; whether a code
 * is the host's own promo code, asked once per store and code; and the code the host's promo module discounted.
 */
final class CouponQuotes {

    final Map<OrderSummary, AppliedCoupon> bySummary = new IdentityHashMap<>();
    final Map<String, Boolean> hostPromos = new HashMap<>();
    private String hostDiscounted;

    void hostDiscounted(String code) {
        hostDiscounted = code;
    }

    boolean wasHostDiscounted(String code) {
        return code.equals(hostDiscounted);
    }
}
