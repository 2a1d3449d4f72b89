package io.smm.membership.host.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.host.web.HostPaths;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.MemberPriceParticipant;
import io.smm.membership.pricing.PriceQuote;
import io.smm.membership.pricing.PricedCart;
import io.smm.membership.pricing.PricedLine;
import io.smm.membership.pricing.ProductFacts;
import io.smm.membership.pricing.ShopperGroups;

/**
 * Member prices through the host's own price calculation (docs/host-seams.md#member-prices-pricingservice): an around
 * advice on {@code pricingService.calculateProductPrice} returns a new {@code FinalPrice} with the member price for one
 * unit, so listing, detail, cart, order and the host's payment check all agree. The host prices cart items without
 * their quantity, so a second advice re-prices the items of every cart the host loads ({@code getByCode},
 * {@code getById}, {@code getShoppingCart}) by their quantity: quantity tiers then reach the cart total, the
 * order's lines and the payment check, which all read the item price; the priced lines are kept on the request's
 * checkout, for the order's record. Owner paths and work outside a request (the search index) keep base prices. The
 * shopper's groups are looked up once per request.
 */
@Aspect
public class MemberPriceAdvice {

    private final GroupPricingService pricing;
    private final CurrentShopper shopper;
    private final MemberPriceParticipant participant;

    public MemberPriceAdvice(GroupPricingService pricing, CurrentShopper shopper, MemberPriceParticipant participant) {
        this.pricing = pricing;
        this.shopper = shopper;
        this.participant = participant;
    }

    @Around("bean(pricingService) && execution(* calculateProductPrice(..))")
    public Object aroundCalculateProductPrice(ProceedingJoinPoint call) throws Throwable {
        Object result = call.proceed();
        Object subject = call.getArgs().length == 0 ? null : call.getArgs()[0];
        Optional<HostRequest> request = shopperRequest();
        if (!(result instanceof FinalPrice) || !(subject instanceof Product) || request.isEmpty()
                || notesOf(request.get()).isHostPricesOnly()) {
            return result;
        }
        FinalPrice host = (FinalPrice) result;
        ProductFacts facts = facts((Product) subject, host);
        if (facts == null) {
            return result;
        }
        PriceQuote quote = pricing.quote(groups(request.get()), facts, 1);
        FinalPrice priced = quote.finalPrice().compareTo(host.getFinalPrice()) == 0 ? host : memberPrice(host, quote);
        notesOf(request.get()).facts.put(priced, facts);
        return priced;
    }

    /** Prices the loaded cart's items by their quantity, and keeps the lines on the request's checkout. */
    @AfterReturning(pointcut = "bean(shoppingCartService) && (execution(* getByCode(..)) || execution(* getById(..))"
            + " || execution(* getShoppingCart(..)))", returning = "loaded")
    public void afterCartLoaded(Object loaded) {
        Optional<HostRequest> request = shopperRequest();
        if (!(loaded instanceof ShoppingCart) || request.isEmpty() || ((ShoppingCart) loaded).getLineItems() == null) {
            return;
        }
        ShoppingCart cart = (ShoppingCart) loaded;
        List<PricedLine> lines = new ArrayList<>();
        for (ShoppingCartItem item : cart.getLineItems()) {
            ProductFacts facts = item.getFinalPrice() == null ? null
                    : notesOf(request.get()).facts.get(item.getFinalPrice());
            int quantity = item.getQuantity() == null ? 1 : item.getQuantity();
            if (facts != null && item.getItemPrice() != null) {
                PriceQuote quote = pricing.quote(groups(request.get()), facts, quantity);
                item.setItemPrice(quote.finalPrice());
                item.setSubTotal(quote.finalPrice().multiply(BigDecimal.valueOf(quantity)));
                lines.add(new PricedLine(item.getProduct().getId(), quantity, quote));
            }
        }
        MerchantStore store = cart.getMerchantStore();
        if (cart.getShoppingCartCode() != null && store != null && store.getCurrency() != null) {
            request.get().checkout(shopper)
                    .cart(cart.getShoppingCartCode(), store.getCode(), store.getCurrency().getCode())
                    .quoted(participant, new PricedCart(groups(request.get()), lines));
        }
    }

    /** The current shopper's groups, looked up once per request. */
    public ShopperGroups currentGroups() {
        return HostRequest.current().map(this::groups).orElseGet(() -> pricing.groupsOf(shopper.get()));
    }

    static PricedProducts notesOf(HostRequest request) {
        return request.notes(PricedProducts.class, PricedProducts::new);
    }

    private ShopperGroups groups(HostRequest request) {
        return request.checkout(shopper).shopperFact(ShopperGroups.class, pricing::groupsOf);
    }

    /**
     * The request, when it is a shopper's: owner paths and work outside a request (the search index) keep base
     * prices.
     */
    private static Optional<HostRequest> shopperRequest() {
        HttpServletRequest request = HostPaths.currentRequest();
        return request == null || HostPaths.isOwnerPath(request) ? Optional.empty()
                : Optional.of(HostRequest.of(request));
    }

    /** What pricing needs of a product and the host's price of it; null when the host's data is incomplete. */
    static ProductFacts facts(Product product, FinalPrice host) {
        MerchantStore store = product.getMerchantStore();
        if (product.getId() == null || store == null || store.getCurrency() == null
                || host.getOriginalPrice() == null) {
            return null;
        }
        BigDecimal special = host.isDiscounted() ? host.getFinalPrice() : null;
        return new ProductFacts(product.getId(), store.getCode(), categoryIds(product), host.getOriginalPrice(),
                special, store.getCurrency().getCurrency());
    }

    /** The product's categories with every ancestor, from the parent links and the host's lineage paths. */
    public static Set<Long> categoryIds(Product product) {
        Set<Long> ids = new HashSet<>();
        if (product.getCategories() == null) {
            return ids;
        }
        for (Category category : product.getCategories()) {
            for (Category c = category; c != null && ids.add(c.getId()); c = c.getParent()) {
                addLineage(ids, c.getLineage());
            }
        }
        return ids;
    }

    private static void addLineage(Set<Long> ids, String lineage) {
        if (lineage == null) {
            return;
        }
        for (String part : lineage.split("/")) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                ids.add(Long.valueOf(part));
            }
        }
    }

    /** A new FinalPrice (the host's holds its managed ProductPrice, which must never be changed). */
    private static FinalPrice memberPrice(FinalPrice host, PriceQuote quote) {
        FinalPrice price = new FinalPrice();
        BigDecimal base = quote.basePrice();
        BigDecimal charged = quote.finalPrice();
        price.setOriginalPrice(base);
        price.setFinalPrice(charged);
        price.setProductPrice(host.getProductPrice());
        price.setDefaultPrice(host.isDefaultPrice());
        price.setAdditionalPrices(host.getAdditionalPrices());
        boolean lower = charged.compareTo(base) < 0;
        price.setDiscounted(lower);
        if (lower) {
            price.setDiscountedPrice(charged);
            price.setDiscountPercent(base.subtract(charged).multiply(BigDecimal.valueOf(100))
                    .divide(base, 0, RoundingMode.HALF_UP).intValue());
        }
        return price;
    }
}
