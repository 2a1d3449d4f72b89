package io.smm.membership.host.cart;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

/** The promo code of a host cart (table {@code SHOPPING_CART}), read and put back over JPQL. */
public class ShopizerCarts {

    @PersistenceContext
    private EntityManager entityManager;

    /** A cart's promo code and when it was added. */
    static final class CartPromo {

        final String code;
        final Date added;
        final Long customerId;

        CartPromo(String code, Date added, Long customerId) {
            this.code = code;
            this.added = added;
            this.customerId = customerId;
        }
    }

    @Transactional(readOnly = true)
    public Optional<CartPromo> promoOf(String cartCode, int storeId) {
        List<Object[]> rows = entityManager.createQuery("select c.promoCode, c.promoAdded, c.customerId"
                + " from ShoppingCart c where c.shoppingCartCode = :code and c.merchantStore.id = :store",
                Object[].class)
                .setParameter("code", cartCode)
                .setParameter("store", storeId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new CartPromo((String) row[0], (Date) row[1], (Long) row[2]));
    }

    /**
     * Puts the cart's promo code back as it was before {@code refused} was stored, unless another code has been
     * stored since.
     */
    @Transactional
    public void restore(String cartCode, int storeId, String refused, CartPromo promo) {
        entityManager.createQuery("update ShoppingCart c set c.promoCode = :promo, c.promoAdded = :added"
                + " where c.shoppingCartCode = :code and c.merchantStore.id = :store and c.promoCode = :refused")
                .setParameter("refused", refused)
                .setParameter("promo", promo.code)
                .setParameter("added", promo.added)
                .setParameter("code", cartCode)
                .setParameter("store", storeId)
                .executeUpdate();
    }

    /** The code of the cart the items are in; null for items of no cart. */
    public static String codeOf(List<ShoppingCartItem> items) {
        return items.stream().map(ShoppingCartItem::getShoppingCart).filter(Objects::nonNull)
                .map(ShoppingCart::getShoppingCartCode).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
