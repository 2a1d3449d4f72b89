package io.smm.membership.host.cart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.StringUtils;

import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderSummaryType;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.CheckoutRefusal;
import io.smm.membership.checkout.CheckoutRefusedException;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.TotalChange;
import io.smm.membership.host.catalog.MemberPriceAdvice;
import io.smm.membership.host.web.HostPaths;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.web.RequestLocale;

/**
 * The participants' quotes as the host's order-total lines (docs/host-seams.md#coupons-ordertotalspostprocessors):
 * each participant is asked for its quote once per cart calculation, through the checkout's steps, which keep it on
 * the request's cart; a quote that takes something off the total becomes one {@code order.total.discount} line per
 * item it is taken from, a positive value the host subtracts. A cart calculation whose quote refuses the cart shows
 * no discount; a checkout it refuses is refused with the reason, never charged a total the shopper was not shown.
 */
class ParticipantTotalLines {

    static final String DISCOUNT_CODE = "order.total.discount";

    private final CheckoutSteps steps;
    private final CurrentShopper currentShopper;
    private final MessageSource messages;

    /** @param messages the module's messages, in which the lines' titles are written */
    ParticipantTotalLines(CheckoutSteps steps, CurrentShopper currentShopper, MessageSource messages) {
        this.steps = steps;
        this.currentShopper = currentShopper;
        this.messages = messages;
    }

    /** The item's line for the participant, or null when its quote takes nothing off this item. */
    OrderTotal lineFor(CheckoutParticipant<?> participant, OrderSummary summary, ShoppingCartItem item,
            Customer customer, MerchantStore store) {
        if (store == null || store.getCurrency() == null) {
            return null;
        }
        Optional<HostRequest> request = HostRequest.current();
        QuotedTotal quoted = request.map(state -> quoted(participant, state, summary, customer, store))
                .orElseGet(() -> quote(participant, new Checkout(currentShopper::get), summary,
                        contentsOf(summary, customer, store)));
        if (!(quoted.quote instanceof TotalChange)) {
            return null;
        }
        TotalChange change = (TotalChange) quoted.quote;
        Optional<? extends CheckoutRefusal> refusal = change.refusal();
        if (refusal.isPresent()) {
            // the host's total endpoints calculate an order's total too; only placing the order is refused
            if (summary.getOrderSummaryType() == OrderSummaryType.ORDERTOTAL
                    && HostPaths.isCheckout(HostPaths.currentRequest())) {
                request.ifPresent(state -> state.refuse(refusal.get()));
                throw new CheckoutRefusedException(refusal.get());
            }
            return null;
        }
        BigDecimal part = quoted.partOf(change.lineDiscounts(), item);
        return part.signum() == 0 ? null : discountLine(change, titleOf(change), part);
    }

    /**
     * The participant's quote of the calculation, made once per request; the participants ordered before it are
     * quoted first, so that it sees what their total changes take off (points after a coupon's discount), in
     * whatever order the host asks the modules.
     */
    private QuotedTotal quoted(CheckoutParticipant<?> participant, HostRequest state, OrderSummary summary,
            Customer customer, MerchantStore store) {
        TotalLineNotes notes = notesOf(state);
        CartContents contents = notes.contents.computeIfAbsent(summary, any -> contentsOf(summary, customer, store));
        for (CheckoutParticipant<?> earlier : steps.participants()) {
            if (earlier == participant) {
                break;
            }
            notes.of(earlier).computeIfAbsent(summary,
                    any -> quote(earlier, state.checkout(currentShopper), summary, contents));
        }
        return notes.of(participant).computeIfAbsent(summary,
                any -> quote(participant, state.checkout(currentShopper), summary, contents));
    }

    /** The participant's quote of the calculation's cart, kept on the checkout's cart of that code. */
    private QuotedTotal quote(CheckoutParticipant<?> participant, Checkout checkout, OrderSummary summary,
            CartContents contents) {
        List<ShoppingCartItem> items = itemsOf(summary);
        String cartCode = ShopizerCarts.codeOf(items);
        Checkout owner = cartCode == null ? new Checkout(checkout::shopper) : checkout;
        return new QuotedTotal(steps.quote(participant, owner, owner.cart(Objects.toString(cartCode, ""),
                contents.storeCode(), contents.currency().getCurrencyCode()), contents).orElse(null), items);
    }

    /** The calculation's cart as every participant is asked about it. */
    private static CartContents contentsOf(OrderSummary summary, Customer customer, MerchantStore store) {
        List<ShoppingCartItem> items = itemsOf(summary);
        return new CartContents(store.getCode(), store.getCurrency().getCurrency(),
                items.stream().map(ParticipantTotalLines::line).collect(Collectors.toList()),
                promoCode(summary, items), customer == null ? null : customer.getEmailAddress());
    }

    private static List<ShoppingCartItem> itemsOf(OrderSummary summary) {
        return summary.getProducts() == null ? List.of() : summary.getProducts();
    }

    /** The summary's code on a cart calculation; the cart's own at checkout, where the host does not pass it. */
    private static String promoCode(OrderSummary summary, List<ShoppingCartItem> items) {
        if (StringUtils.hasText(summary.getPromoCode())) {
            return summary.getPromoCode();
        }
        return items.stream().map(ShoppingCartItem::getShoppingCart).filter(Objects::nonNull)
                .map(ShoppingCart::getPromoCode).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static CheckoutLine line(ShoppingCartItem item) {
        Set<Long> categories = item.getProduct() == null ? Set.of() : MemberPriceAdvice.categoryIds(item.getProduct());
        return new CheckoutLine(item.getProductId(), categories,
                item.getItemPrice() == null ? BigDecimal.ZERO : item.getItemPrice(),
                item.getQuantity() == null ? 1 : item.getQuantity());
    }

    /** The change's title in the shopper's language: the request's, as our refusals are answered in. */
    private String titleOf(TotalChange change) {
        HttpServletRequest request = HostPaths.currentRequest();
        return messages.getMessage(change.label(),
                request == null ? LocaleContextHolder.getLocale() : RequestLocale.of(request));
    }

    private static OrderTotal discountLine(TotalChange change, String title, BigDecimal value) {
        OrderTotal line = new OrderTotal();
        line.setModule(change.totalModule());
        line.setOrderTotalCode(DISCOUNT_CODE);
        line.setOrderTotalType(OrderTotalType.SUBTOTAL);
        line.setTitle(title);
        line.setText(title); // the host names a line without text after its product, which it may not find
        line.setValue(value);
        return line;
    }

    static TotalLineNotes notesOf(HostRequest request) {
        return request.notes(TotalLineNotes.class, TotalLineNotes::new);
    }
}
