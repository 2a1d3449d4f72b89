package io.smm.membership.host;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.PriceQuote;
import io.smm.membership.pricing.PricedLine;
import io.smm.membership.pricing.ProductFacts;
import io.smm.membership.pricing.ShopperGroups;

/**
 * Member prices through the host's own price calculation (docs/host-seams.md#member-prices-pricingservice): an around
 * advice on {@code pricingService.calculateProductPrice} returns a new {@code FinalPrice} with the member price for one
 * unit, so listing, detail, cart, order and the host's payment check all agree. The host prices cart items without
 * their quantity, so a second advice re-prices the items of every cart the host loads ({@code getByCode},
 * {@code getById}, {@code getShoppingCart}) by their quantity: quantity tiers then reach the cart total, the
 * order's lines and the payment check, which all read the item price. Owner paths and work outside a request (the
 * search index) keep base prices. The shopper's groups are looked up once per request.
 */
@Aspect
public class MemberPriceAdvice {

    static final String GROUPS_ATTRIBUTE = MemberPriceAdvice.class.getName() + ".groups";
    static final String FACTS_ATTRIBUTE = MemberPriceAdvice.class.getName() + ".facts";
    static final String LINES_ATTRIBUTE = MemberPriceAdvice.class.getName() + ".lines";

    private static final ThreadLocal<Boolean> HOST_PRICES_ONLY = ThreadLocal.withInitial(() -> false);

    private final GroupPricingService pricing;
    private final CurrentShopper shopper;

    public MemberPriceAdvice(GroupPricingService pricing, CurrentShopper shopper) {
        this.pricing = pricing;
        this.shopper = shopper;
    }

    @Around("bean(pricingService) && execution(* calculateProductPrice(..))")
    public Object aroundCalculateProductPrice(ProceedingJoinPoint call) throws Throwable {
        Object result = call.proceed();
        HttpServletRequest request = HostPaths.currentRequest();
        Object subject = call.getArgs().length == 0 ? null : call.getArgs()[0];
        if (!(result instanceof FinalPrice) || !(subject instanceof Product) || request == null
                || HostPaths.isOwnerPath(request) || HOST_PRICES_ONLY.get()) {
            return result;
        }
        FinalPrice host = (FinalPrice) result;
        Product product = (Product) subject;
        ProductFacts facts = facts(product, host);
        if (facts == null) {
            return result;
        }
        PriceQuote quote = pricing.quote(groups(request), facts, 1);
        FinalPrice priced = quote.finalPrice().compareTo(host.getFinalPrice()) == 0 ? host : memberPrice(host, quote);
        factsOf(request).put(priced, facts);
        return priced;
    }

    @AfterReturning(pointcut = "bean(shoppingCartService) && (execution(* getByCode(..)) || execution(* getById(..))"
            + " || execution(* getShoppingCart(..)))", returning = "cart")
    public void afterCartLoaded(Object cart) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (!(cart instanceof ShoppingCart) || request == null || HostPaths.isOwnerPath(request)
                || ((ShoppingCart) cart).getLineItems() == null) {
            return;
        }
        List<PricedLine> lines = new ArrayList<>();
        for (ShoppingCartItem item : ((ShoppingCart) cart).getLineItems()) {
            ProductFacts facts = item.getFinalPrice() == null ? null : factsOf(request).get(item.getFinalPrice());
            int quantity = item.getQuantity() == null ? 1 : item.getQuantity();
            if (facts != null && item.getItemPrice() != null) {
                PriceQuote quote = pricing.quote(groups(request), facts, quantity);
                item.setItemPrice(quote.finalPrice());
                item.setSubTotal(quote.finalPrice().multiply(BigDecimal.valueOf(quantity)));
                lines.add(new PricedLine(item.getProduct().getId(), quantity, quote));
            }
        }
        request.setAttribute(LINES_ATTRIBUTE, lines);
    }

    /**
     * The lines of the cart this request loaded last, as priced, with the shopper's groups: what an order placed
     * in this request was charged. Empty outside a request.
     */
    @SuppressWarnings("unchecked")
    Optional<PricedCart> pricedCart() {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request == null || request.getAttribute(LINES_ATTRIBUTE) == null) {
            return Optional.empty();
        }
        return Optional.of(new PricedCart(groups(request), (List<PricedLine>) request.getAttribute(LINES_ATTRIBUTE)));
    }

    /** A priced cart and whose groups priced it. */
    static final class PricedCart {
        final ShopperGroups groups;
        final List<PricedLine> lines;

        PricedCart(ShopperGroups groups, List<PricedLine> lines) {
            this.groups = groups;
            this.lines = lines;
        }
    }

    /** The facts behind each price this request returned, by identity: cart items carry the very same object. */
    @SuppressWarnings("unchecked")
    private static Map<FinalPrice, ProductFacts> factsOf(HttpServletRequest request) {
        Map<FinalPrice, ProductFacts> facts = (Map<FinalPrice, ProductFacts>) request.getAttribute(FACTS_ATTRIBUTE);
        if (facts == null) {
            facts = new IdentityHashMap<>();
            request.setAttribute(FACTS_ATTRIBUTE, facts);
        }
        return facts;
    }

    /** The current shopper's groups, looked up once per request. */
    ShopperGroups currentGroups() {
        HttpServletRequest request = HostPaths.currentRequest();
        return request == null ? pricing.groupsOf(shopper.get()) : groups(request);
    }

    private ShopperGroups groups(HttpServletRequest request) {
        ShopperGroups known = (ShopperGroups) request.getAttribute(GROUPS_ATTRIBUTE);
        if (known == null) {
            known = pricing.groupsOf(shopper.get());
            request.setAttribute(GROUPS_ATTRIBUTE, known);
        }
        return known;
    }

    /** Runs {@code work} with the host's own prices, as if this advice were not there. */
    static <T> T hostPricesOnly(java.util.function.Supplier<T> work) {
        HOST_PRICES_ONLY.set(true);
        try {
            return work.get();
        } finally {
            HOST_PRICES_ONLY.remove();
        }
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
    static Set<Long> categoryIds(Product product) {
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
