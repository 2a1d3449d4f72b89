package io.smm.harness.cart;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderTotalSummary;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.shop.model.order.total.ReadableOrderTotal;
import com.salesmanager.shop.model.shoppingcart.ReadableShoppingCartItem;

import io.smm.harness.catalog.ProductViews;
import io.smm.harness.catalog.StandInPricingService;
import io.smm.harness.catalog.StandInProductService;
import io.smm.harness.order.OrderTotalViews;
import io.smm.harness.order.StandInOrderService;
import io.smm.harness.web.ResourceNotFoundException;

/**
 * Bean {@code shoppingCartFacade} with the host's method names. Carts are anonymous (as every public cart path
 * of the host), totals come from {@code orderService.calculateShoppingCartTotal} with no customer, and the
 * answer's {@code promoCode} is shown only when some total is a discount line, as the host's mapper does.
 */
@Component("shoppingCartFacade")
public class StandInShoppingCartFacade {

    private final StandInShoppingCartService shoppingCartService;
    private final StandInProductService productService;
    private final StandInOrderService orderService;
    private final StandInPricingService pricingService;
    private final ProductViews productViews;
    private final OrderTotalViews totalViews;

    public StandInShoppingCartFacade(StandInShoppingCartService shoppingCartService,
            StandInProductService productService, StandInOrderService orderService,
            StandInPricingService pricingService, ProductViews productViews, OrderTotalViews totalViews) {
        this.shoppingCartService = shoppingCartService;
        this.productService = productService;
        this.orderService = orderService;
        this.pricingService = pricingService;
        this.productViews = productViews;
        this.totalViews = totalViews;
    }

    /** A new cart holding the item. */
    public CartView addToCart(CartItemRequest item, MerchantStore store, Language language) throws ServiceException {
        ShoppingCart cart = new ShoppingCart();
        cart.setShoppingCartCode(UUID.randomUUID().toString().replace("-", ""));
        cart.setMerchantStore(store);
        addLine(cart, product(item, store, language), item.getQuantity(), store);
        shoppingCartService.saveOrUpdate(cart);
        return getByCode(cart.getShoppingCartCode(), store, language);
    }

    /** Sets the item's quantity in the cart (0 removes it, a new product is added); {@code null} if no cart. */
    public CartView modifyCart(String cartCode, CartItemRequest item, MerchantStore store, Language language)
            throws ServiceException {
        ShoppingCart cart = shoppingCartService.getByCode(cartCode, store);
        if (cart == null) {
            return null;
        }
        Product product = product(item, store, language);
        Optional<ShoppingCartItem> existing = cart.getLineItems().stream()
                .filter(line -> product.getId().equals(line.getProductId()))
                .findFirst();
        if (existing.isPresent() && item.getQuantity() <= 0) {
            cart.getLineItems().remove(existing.get());
            shoppingCartService.deleteShoppingCartItem(existing.get().getId());
        } else if (existing.isPresent()) {
            existing.get().setQuantity(item.getQuantity());
            shoppingCartService.saveOrUpdate(cart);
        } else if (item.getQuantity() > 0) {
            addLine(cart, product, item.getQuantity(), store);
            shoppingCartService.saveOrUpdate(cart);
        }
        return getByCode(cartCode, store, language);
    }

    /** Stores the promo code on the cart, unvalidated (host behaviour); {@code null} if no cart. */
    public CartView modifyCart(String cartCode, String promo, MerchantStore store, Language language)
            throws ServiceException {
        ShoppingCart cart = shoppingCartService.getByCode(cartCode, store);
        if (cart == null) {
            return null;
        }
        cart.setPromoCode(promo);
        cart.setPromoAdded(new Date());
        shoppingCartService.saveOrUpdate(cart);
        return getByCode(cartCode, store, language);
    }

    /** The cart as JSON, or {@code null} if the store has no cart with this code. */
    public CartView getByCode(String cartCode, MerchantStore store, Language language) throws ServiceException {
        ShoppingCart cart = shoppingCartService.getByCode(cartCode, store);
        return cart == null ? null : toReadable(cart, store, language);
    }

    public ShoppingCart getShoppingCartModel(String cartCode, MerchantStore store) throws ServiceException {
        return shoppingCartService.getByCode(cartCode, store);
    }

    private Product product(CartItemRequest item, MerchantStore store, Language language) {
        Product product = productService.getBySku(item.getProduct(), store, language);
        if (product == null) {
            throw new ResourceNotFoundException("Product with sku " + item.getProduct() + " does not exist");
        }
        return product;
    }

    private void addLine(ShoppingCart cart, Product product, int quantity, MerchantStore store)
            throws ServiceException {
        ShoppingCartItem line = shoppingCartService.populateShoppingCartItem(product, store);
        line.setQuantity(quantity);
        line.setShoppingCart(cart);
        cart.getLineItems().add(line);
    }

    private CartView toReadable(ShoppingCart cart, MerchantStore store, Language language) throws ServiceException {
        OrderTotalSummary summary = orderService.calculateShoppingCartTotal(cart, store, language);
        List<ShoppingCartItem> lines = cart.getLineItems().stream()
                .filter(line -> line.getProduct() != null)
                .sorted(Comparator.comparing(ShoppingCartItem::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.toList());
        CartView view = new CartView();
        view.setId(cart.getId());
        view.setCode(cart.getShoppingCartCode());
        view.setCustomer(cart.getCustomerId());
        view.setOrder(cart.getOrderId());
        view.setProducts(lines.stream().map(line -> item(line, store, language)).collect(Collectors.toList()));
        view.setQuantity(lines.stream().mapToInt(ShoppingCartItem::getQuantity).sum());
        view.setSubtotal(summary.getSubTotal());
        view.setDisplaySubTotal(pricingService.getDisplayAmount(summary.getSubTotal(), store));
        view.setTotal(summary.getTotal());
        view.setDisplayTotal(pricingService.getDisplayAmount(summary.getTotal(), store));
        List<ReadableOrderTotal> totals = totalViews.toReadable(summary.getTotals(), store);
        view.setTotals(totals);
        if (totals.stream().anyMatch(ReadableOrderTotal::isDiscounted)) {
            view.setPromoCode(cart.getPromoCode());
        }
        return view;
    }

    private ReadableShoppingCartItem item(ShoppingCartItem line, MerchantStore store, Language language) {
        ReadableShoppingCartItem item = productViews.fill(new ReadableShoppingCartItem(), line.getProduct(),
                line.getFinalPrice(), store, language);
        item.setQuantity(line.getQuantity());
        BigDecimal subTotal = line.getSubTotal();
        item.setSubTotal(subTotal);
        item.setDisplaySubTotal(pricingService.getDisplayAmount(subTotal, store));
        return item;
    }
}
