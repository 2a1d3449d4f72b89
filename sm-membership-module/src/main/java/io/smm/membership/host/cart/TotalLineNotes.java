package io.smm.membership.host.cart;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import com.salesmanager.core.model.order.OrderSummary;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.CheckoutParticipant;

/**
 * The order-total seam's notes for one request: each calculation's cart, and each participant's quote of it, made
 * once per summary (the host asks the modules once per item); whether a code is the host's own promo code, asked once
 * per store and code; and the code the host's promo module discounted.
 */
final class TotalLineNotes {

    final Map<CheckoutParticipant<?>, Map<OrderSummary, QuotedTotal>> byParticipant = new IdentityHashMap<>();
    /** Each calculation's cart, built once for all participants. */
    final Map<OrderSummary, CartContents> contents = new IdentityHashMap<>();
    final Map<String, Boolean> hostPromos = new HashMap<>();
    private String hostDiscounted;

    Map<OrderSummary, QuotedTotal> of(CheckoutParticipant<?> participant) {
        return byParticipant.computeIfAbsent(participant, any -> new IdentityHashMap<>());
    }

    void hostDiscounted(String code) {
        hostDiscounted = code;
    }

    boolean wasHostDiscounted(String code) {
        return code.equals(hostDiscounted);
    }
}
