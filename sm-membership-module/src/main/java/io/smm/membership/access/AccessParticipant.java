package io.smm.membership.access;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;


import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.CheckoutRefusedException;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.checkout.TotalChange;

/**
 * Category restriction at checkout: a cart holding a product the shopper may not buy (it became restricted after it
 * was added, or came with a guest's cart) is refused with the reason, and the order's own lines are checked again
 * inside the host's order transaction, so a rule that changed meanwhile rolls the order back. Takes nothing off.
 */
public class AccessParticipant implements CheckoutParticipant<AccessParticipant.Verdict> {

    private final AccessViews views;
    private final ProductCategoryLookup categories;

    AccessParticipant(AccessViews views, ProductCategoryLookup categories) {
        this.views = views;
        this.categories = categories;
    }

    @Override
    public Verdict quote(Checkout checkout, CheckoutCart cart, CartContents contents) {
        AccessView view = checkout.shopperFact(AccessView.class, views::viewOf);
        List<Long> products = contents.lines().stream().map(CheckoutLine::productId).collect(Collectors.toList());
        return new Verdict(products.size(), refusal(view, products));
    }

    @Override
    public void confirm(Checkout checkout, CheckoutCart cart, Verdict quote, PlacedOrder order) {
        Optional<AccessRefusal> refusal = refusal(views.viewOf(checkout.shopper()),
                order.lines().stream().map(PlacedOrder.Line::productId).collect(Collectors.toList()));
        if (refusal.isPresent()) {
            throw new CheckoutRefusedException(refusal.get());
        }
    }

    private Optional<AccessRefusal> refusal(AccessView view, Collection<Long> productIds) {
        if (view.restrictsNothing()) {
            return Optional.empty();
        }
        Map<Long, Set<Long>> held = categories.categoriesOf(productIds);
        return productIds.stream().map(id -> view.ofProduct(held.getOrDefault(id, Set.of())))
                .filter(access -> !access.mayBuy()).findFirst().map(AccessRefusal::of);
    }

    /** Whether the cart may be checked out: nothing off any line, or the refusal of its first unbuyable product. */
    public static final class Verdict implements TotalChange {

        private final int lines;
        private final AccessRefusal refusal;

        Verdict(int lines, Optional<AccessRefusal> refusal) {
            this.lines = lines;
            this.refusal = refusal.orElse(null);
        }

        @Override
        public String totalModule() {
            return "membership-access";
        }

        @Override
        public MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable(null, null, "");
        }

        @Override
        public List<BigDecimal> lineDiscounts() {
            return Collections.nCopies(lines, BigDecimal.ZERO);
        }

        @Override
        public Optional<AccessRefusal> refusal() {
            return Optional.ofNullable(refusal);
        }
    }
}
