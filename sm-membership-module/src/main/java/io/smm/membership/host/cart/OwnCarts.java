package io.smm.membership.host.cart;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ReflectionUtils;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;

/**
 * The current shopper's own carts through the host's {@code shoppingCartFacade} (bound by bean and method name):
 * finding one in their store, storing its promo code, and having the host price it, which quotes every participant.
 */
class OwnCarts {

    @PersistenceContext
    private EntityManager entityManager;

    private final ObjectProvider<Object> cartFacade;
    private final CurrentShopper shopper;
    private final ShopizerCarts carts;

    OwnCarts(ObjectProvider<Object> cartFacade, CurrentShopper shopper, ShopizerCarts carts) {
        this.cartFacade = cartFacade;
        this.shopper = shopper;
        this.carts = carts;
    }

    /**
     * The shopper's store and the cart's promo code, if the cart is in that store and is theirs or nobody's.
     *
     * @throws NotFoundException no such cart of theirs
     */
    OwnCart find(String cartCode) {
        Shopper current = shopper.get();
        List<MerchantStore> stores = entityManager.createQuery(
                "select s from MerchantStore s where s.code = :code", MerchantStore.class)
                .setParameter("code", current.storeCode())
                .getResultList();
        return stores.stream().findFirst()
                .flatMap(store -> carts.promoOf(cartCode, store.getId())
                        .filter(cart -> cart.customerId == null
                                || current.customerId().equals(Optional.of(cart.customerId)))
                        .map(promo -> new OwnCart(store, promo)))
                .orElseThrow(() -> new NotFoundException("membership.cart.not-found", cartCode));
    }

    /** A cart of the current shopper's, with its store. */
    static final class OwnCart {

        final MerchantStore store;
        final ShopizerCarts.CartPromo promo;

        OwnCart(MerchantStore store, ShopizerCarts.CartPromo promo) {
            this.store = store;
            this.promo = promo;
        }
    }

    /** The host's {@code modifyCart(cart, promo, store, language)}: stores the promo code and prices the cart. */
    void modifyCart(String cartCode, String promo, MerchantStore store) {
        call("modifyCart", new Class<?>[] { String.class, String.class, MerchantStore.class, Language.class },
                cartCode, promo, store, store.getDefaultLanguage());
    }

    /** The host's {@code getByCode(cart, store, language)}: loads and prices the cart. */
    void priceCart(String cartCode, MerchantStore store) {
        call("getByCode", new Class<?>[] { String.class, MerchantStore.class, Language.class }, cartCode, store,
                store.getDefaultLanguage());
    }

    private void call(String name, Class<?>[] parameterTypes, Object... arguments) {
        Object facade = cartFacade.getObject();
        Method method = ReflectionUtils.findMethod(facade.getClass(), name, parameterTypes);
        if (method == null) {
            throw new IllegalStateException("The host's shoppingCartFacade has no " + name + " method");
        }
        try {
            method.invoke(facade, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException("The host's " + name + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
