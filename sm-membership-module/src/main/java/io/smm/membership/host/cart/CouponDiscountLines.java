package io.smm.membership.host.cart;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;


import org.springframework.util.StringUtils;

import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderSummaryType;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.coupons.CartLine;
import io.smm.membership.coupons.CheckoutCoupon;
import io.smm.membership.coupons.CouponCodes;
import io.smm.membership.coupons.CouponParticipant;
import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponShopper;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.host.catalog.MemberPriceAdvice;
import io.smm.membership.host.web.HostPaths;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;

/**
 * The cart's coupon as the host's order-total lines (docs/host-seams.md#coupons-ordertotalspostprocessors): one
 * {@code order.total.discount} line per item the discount is taken from, a positive value the host subtracts. The code
 * is the cart's promo code. A cart calculation whose coupon does not apply shows no discount; a checkout whose coupon
 * no longer applies is refused with the reason, never charged a total the shopper was not shown.
 */
class CouponDiscountLines {

    static final String MODULE = "membership-coupon";
    static final String DISCOUNT_CODE = "order.total.discount";

    private final CouponTill till;
    private final MemberPriceAdvice prices;
    private final CurrentShopper currentShopper;
    private final CouponParticipant participant;

    CouponDiscountLines(CouponTill till, MemberPriceAdvice prices, CurrentShopper currentShopper,
            CouponParticipant participant) {
        this.till = till;
        this.prices = prices;
        this.currentShopper = currentShopper;
        this.participant = participant;
    }

    /** The item's discount line, or null when the cart has no coupon of ours or it gives this item nothing. */
    OrderTotal lineFor(OrderSummary summary, ShoppingCartItem item, Customer customer, MerchantStore store) {
        String promo = promoCode(summary, item);
        if (!StringUtils.hasText(promo) || store == null || store.getCurrency() == null) {
            return null;
        }
        boolean orderTotal = summary.getOrderSummaryType() == OrderSummaryType.ORDERTOTAL;
        Optional<HostRequest> request = HostRequest.current();
        AppliedCoupon applied = request.map(state -> notesOf(state).bySummary.computeIfAbsent(summary,
                any -> quoted(state, promo, summary.getProducts(), customer, store)))
                .orElseGet(() -> quote(promo, summary.getProducts(), customer, store));
        if (applied.isHostPromo()) {
            return null;
        }
        if (applied.quote.refusal().isPresent()) {
            // the host's total endpoints calculate an order's total too; only placing the order is refused
            if (orderTotal && HostPaths.isCheckout(HostPaths.currentRequest())) {
                request.ifPresent(state -> state.refuse(applied.quote.refusal().get()));
                throw new CouponRefusedException(applied.quote.refusal().get());
            }
            return null;
        }
        BigDecimal part = applied.discountOn(item);
        return part.signum() == 0 ? null : discountLine(CouponCodes.normalize(applied.coupon.code()), part);
    }

    /** The summary's code on a cart calculation; the cart's own at checkout, where the host does not pass it. */
    private static String promoCode(OrderSummary summary, ShoppingCartItem item) {
        if (StringUtils.hasText(summary.getPromoCode())) {
            return summary.getPromoCode();
        }
        return item.getShoppingCart() == null ? null : item.getShoppingCart().getPromoCode();
    }

    /** The calculation's coupon, kept on the checkout's cart as its latest quote, for the checkout's steps. */
    private AppliedCoupon quoted(HostRequest request, String promo, List<ShoppingCartItem> items, Customer customer,
            MerchantStore store) {
        AppliedCoupon applied = quote(promo, items, customer, store);
        String cartCode = ShopizerCarts.codeOf(items);
        if (!applied.isHostPromo() && cartCode != null) {
            request.checkout(currentShopper).cart(cartCode, store.getCode(), applied.coupon.currency())
                    .quoted(participant, applied.coupon);
        }
        return applied;
    }

    AppliedCoupon quote(String promo, List<ShoppingCartItem> items, Customer customer, MerchantStore store) {
        if (isHostPromo(store.getCode(), promo, till)) {
            return AppliedCoupon.hostPromo();
        }
        Currency currency = store.getCurrency().getCurrency();
        CouponShopper shopper = shopper(customer, prices.currentGroups().groupIds());
        List<CartLine> lines = items.stream().map(CouponDiscountLines::line).collect(Collectors.toList());
        return new AppliedCoupon(new CheckoutCoupon(store.getCode(), promo, shopper,
                till.quote(store.getCode(), promo, lines, shopper, MoneyRule.scaleOf(currency)),
                currency.getCurrencyCode()), List.copyOf(items));
    }

    /** The coupon this request last quoted for the cart, if that was this code. */
    Optional<CheckoutCoupon> lastQuote(String cartCode, String code) {
        return HostRequest.current().flatMap(request -> request.checkout(currentShopper).pricedCart(cartCode))
                .flatMap(cart -> cart.quote(participant)).filter(coupon -> code.equals(coupon.code()));
    }

    /** Whether the code is the host's own promo code, asked of the till once per request and code. */
    static boolean isHostPromo(String storeCode, String code, CouponTill till) {
        return HostRequest.current()
                .map(request -> notesOf(request).hostPromos.computeIfAbsent(storeCode + "/" + code,
                        any -> till.isHostPromo(storeCode, code)))
                .orElseGet(() -> till.isHostPromo(storeCode, code));
    }

    /**
     * The logged-in customer; a guest checking out, by the e-mail address they give (the host has already stored
     * them as a customer, with an id of its own, docs/host-seams.md#coupons-ordertotalspostprocessors); on cart paths,
     * where the host passes no customer, whoever the request is for.
     */
    private CouponShopper shopper(Customer customer, Set<Long> groups) {
        Optional<Long> loggedIn = currentShopper.get().customerId();
        if (loggedIn.isPresent()) {
            return CouponShopper.customer(loggedIn.get(), groups);
        }
        if (customer != null && StringUtils.hasText(customer.getEmailAddress())) {
            return CouponShopper.guest(customer.getEmailAddress(), groups);
        }
        return CouponShopper.anonymous(groups);
    }

    private static CartLine line(ShoppingCartItem item) {
        Set<Long> categories = item.getProduct() == null ? Set.of() : MemberPriceAdvice.categoryIds(item.getProduct());
        return new CartLine(item.getProductId(), categories,
                item.getItemPrice() == null ? BigDecimal.ZERO : item.getItemPrice(),
                item.getQuantity() == null ? 1 : item.getQuantity());
    }

    private static OrderTotal discountLine(String promo, BigDecimal value) {
        OrderTotal line = new OrderTotal();
        line.setModule(MODULE);
        line.setOrderTotalCode(DISCOUNT_CODE);
        line.setOrderTotalType(OrderTotalType.SUBTOTAL);
        line.setTitle(promo);
        line.setText(promo); // the host names a line without text after its product, which it may not find
        line.setValue(value);
        return line;
    }

    static CouponQuotes notesOf(HostRequest request) {
        return request.notes(CouponQuotes.class, CouponQuotes::new);
    }
}
