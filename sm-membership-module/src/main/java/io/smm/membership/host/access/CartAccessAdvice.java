package io.smm.membership.host.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;
import org.springframework.web.servlet.HandlerMapping;

import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.shop.model.shoppingcart.ReadableShoppingCart;
import com.salesmanager.shop.model.shoppingcart.ReadableShoppingCartItem;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessRefusal;
import io.smm.membership.access.AccessView;
import io.smm.membership.checkout.CheckoutRefusedException;
import io.smm.membership.host.web.HostPaths;
import io.smm.membership.host.web.HostRequest;

/**
 * Category restriction on the host's cart (docs/host-seams.md#category-restriction-cart): every way of adding to a
 * cart goes through {@code shoppingCartService.populateShoppingCartItem}, so a product the shopper may not buy is
 * refused there, with what would let them buy it and without the product's name (a 409, through the refusal filter);
 * one they may not even browse is not found by its SKU on the cart's paths, so the host answers as for a SKU it does
 * not have.
 * A cart the host answers with lines the shopper may no longer buy has them marked, and when one hides its price,
 * the cart's totals are blank too, also in the host's total of that cart.
 */
@Aspect
public class CartAccessAdvice {

    private final ShopperAccess access;
    private final ProductCategories categories;
    private final AccessFlags flags;

    CartAccessAdvice(ShopperAccess access, ProductCategories categories, AccessFlags flags) {
        this.access = access;
        this.categories = categories;
        this.flags = flags;
    }

    @Around("bean(productService) && execution(* getBySku(..))")
    public Object aroundProductOfCart(ProceedingJoinPoint call) throws Throwable {
        Object product = call.proceed();
        if (!(product instanceof Product) || !isCartChange(HostPaths.currentRequest())) {
            return product;
        }
        Optional<AccessView> view = access.restricting();
        return view.isEmpty() || view.get().ofProduct(categoryIds((Product) product)).isListed() ? product : null;
    }

    @Before("bean(shoppingCartService) && execution(* populateShoppingCartItem(..))")
    public void beforeAddingToCart(JoinPoint call) {
        Object subject = call.getArgs().length == 0 ? null : call.getArgs()[0];
        Optional<AccessView> view = access.restricting();
        if (!(subject instanceof Product) || view.isEmpty()) {
            return;
        }
        Access product = view.get().ofProduct(categoryIds((Product) subject));
        if (!product.mayBuy()) {
            AccessRefusal refusal = AccessRefusal.of(product);
            HostRequest.current().ifPresent(request -> request.refuse(refusal));
            throw new CheckoutRefusedException(refusal);
        }
    }

    /** The cart the host loads for its total: noted when a line hides its price ({@link HiddenCartTotals}). */
    @AfterReturning(pointcut = "bean(shoppingCartFacade) && execution(* getShoppingCartModel(..))",
            returning = "cart")
    public void afterLoadingCartForItsTotal(ShoppingCart cart) {
        Optional<AccessView> view = access.restricting();
        if (view.isPresent() && cart != null && cart.getLineItems() != null && cart.getLineItems().stream()
                .anyMatch(item -> item.getProduct() != null
                        && !view.get().ofProduct(categoryIds(item.getProduct())).showsPrice())) {
            HiddenCartTotals.notePricesHidden();
        }
    }

    @AfterReturning(pointcut = "bean(shoppingCartFacade) && execution(* *(..))", returning = "cart")
    public void afterAnsweringCart(ReadableShoppingCart cart) {
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || cart == null || cart.getProducts() == null) {
            return;
        }
        Map<Long, Set<Long>> held = categories.categoriesOf(cart.getProducts().stream()
                .map(ReadableShoppingCartItem::getId).collect(Collectors.toList()));
        List<ReadableShoppingCartItem> lines = new ArrayList<>();
        boolean pricesHidden = false;
        for (ReadableShoppingCartItem line : cart.getProducts()) {
            Access product = view.get().ofProduct(held.getOrDefault(line.getId(), Set.of()));
            pricesHidden |= !product.showsPrice();
            lines.add(MarkedCartItem.of(line, product, flags));
        }
        cart.setProducts(lines);
        if (pricesHidden) {
            cart.setSubtotal(null);
            cart.setDisplaySubTotal(null);
            cart.setTotal(null);
            cart.setDisplayTotal(null);
            cart.setTotals(List.of());
        }
    }

    /** The product's own categories, not their parents. */
    static Set<Long> categoryIds(Product product) {
        return product.getCategories() == null ? Set.of()
                : product.getCategories().stream().map(Category::getId).collect(Collectors.toSet());
    }

    /** A change to a cart (not its checkout), by the pattern Spring matched. */
    private static boolean isCartChange(HttpServletRequest request) {
        if (request == null || "GET".equals(request.getMethod()) || HostPaths.isCheckout(request)) {
            return false;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null && pattern.toString().contains("/cart");
    }
}
