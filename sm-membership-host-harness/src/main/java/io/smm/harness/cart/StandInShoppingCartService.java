package io.smm.harness.cart;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.harness.catalog.StandInPricingService;
import io.smm.harness.catalog.StandInProductService;
import io.smm.harness.core.TransactionalAspectAwareService;

/**
 * Bean {@code shoppingCartService}. As on the host, every cart read re-prices its items through
 * {@code pricingService} (transient {@code itemPrice}, {@code finalPrice}, {@code subTotal}), and every add
 * goes through {@link #populateShoppingCartItem(Product, MerchantStore)}.
 */
@Service("shoppingCartService")
public class StandInShoppingCartService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    private final StandInProductService productService;
    private final StandInPricingService pricingService;

    public StandInShoppingCartService(StandInProductService productService, StandInPricingService pricingService) {
        this.productService = productService;
        this.pricingService = pricingService;
    }

    /** The store's cart with this code, items priced, or {@code null}. */
    public ShoppingCart getByCode(String code, MerchantStore store) throws ServiceException {
        List<ShoppingCart> carts = entityManager.createQuery("select c from ShoppingCart c"
                + " where c.shoppingCartCode = :code and c.merchantStore.id = :store", ShoppingCart.class)
                .setParameter("code", code)
                .setParameter("store", store.getId())
                .getResultList();
        return carts.isEmpty() ? null : priced(carts.get(0));
    }

    /** The store's cart with this id, items priced, or {@code null}. */
    public ShoppingCart getById(Long id, MerchantStore store) throws ServiceException {
        ShoppingCart cart = id == null ? null : entityManager.find(ShoppingCart.class, id);
        return cart == null || !cart.getMerchantStore().getId().equals(store.getId()) ? null : priced(cart);
    }

    /** A new cart line for the product, quantity 1, {@code itemPrice} from {@code pricingService}. */
    public ShoppingCartItem populateShoppingCartItem(Product product, MerchantStore store) throws ServiceException {
        ShoppingCartItem item = new ShoppingCartItem(product);
        item.setItemPrice(pricingService.calculateProductPrice(product).getFinalPrice());
        return item;
    }

    /** A line of {@code quantity} of the product, priced as a cart read prices it, outside any cart. */
    public ShoppingCartItem pricedItem(Product product, int quantity) throws ServiceException {
        ShoppingCartItem item = new ShoppingCartItem(product);
        item.setQuantity(quantity);
        populate(item);
        return item;
    }

    public void saveOrUpdate(ShoppingCart cart) {
        if (cart.getId() == null) {
            entityManager.persist(cart);
        } else {
            entityManager.merge(cart);
        }
    }

    public void deleteShoppingCartItem(Long itemId) {
        ShoppingCartItem item = entityManager.find(ShoppingCartItem.class, itemId);
        if (item != null) {
            item.getShoppingCart().getLineItems().remove(item);
            entityManager.remove(item);
        }
    }

    private ShoppingCart priced(ShoppingCart cart) throws ServiceException {
        for (ShoppingCartItem item : cart.getLineItems()) {
            populate(item);
        }
        return cart;
    }

    private void populate(ShoppingCartItem item) throws ServiceException {
        Product product = productService.getById(item.getProductId());
        if (product == null) {
            item.setObsolete(true);
            return;
        }
        item.setProduct(product);
        FinalPrice price = pricingService.calculateProductPrice(product, List.of());
        item.setItemPrice(price.getFinalPrice());
        item.setFinalPrice(price);
        item.setSubTotal(price.getFinalPrice().multiply(BigDecimal.valueOf(item.getQuantity())));
    }
}
