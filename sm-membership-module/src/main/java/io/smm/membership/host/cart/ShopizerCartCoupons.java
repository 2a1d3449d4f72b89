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

import io.smm.membership.coupons.CartCouponView;
import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.CouponRefusal;
import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;

/**
 * Cart coupons through the host's {@code shoppingCartFacade} (bound by bean and method name): applying calls the
 * very method the host's promo endpoint calls, so {@link CouponPromoAdvice} checks the code the same way, and the
 * host's cart calculation quotes the coupon.
 */
class ShopizerCartCoupons implements CartCoupons {

    @PersistenceContext
    private EntityManager entityManager;

    private final ObjectProvider<Object> cartFacade;
    private final CurrentShopper shopper;
    private final ShopizerCarts carts;
    private final CouponTill till;
    private final CartCouponQuotes quotes;

    ShopizerCartCoupons(ObjectProvider<Object> cartFacade, CurrentShopper shopper, ShopizerCarts carts,
            CouponTill till, CartCouponQuotes quotes) {
        this.quotes = quotes;
        this.cartFacade = cartFacade;
        this.shopper = shopper;
        this.carts = carts;
        this.till = till;
    }

    @Override
    public CartCouponView apply(String cartCode, String code) {
        MerchantStore store = ownCart(cartCode).store;
        if (CartCouponQuotes.isHostPromo(store.getCode(), code, till)) {
            throw new CouponRefusedException(CouponRefusal.UNKNOWN); // ours applies membership coupons only
        }
        modifyCart(cartCode, code, store);
        return view(cartCode, code)
                .orElseThrow(() -> new IllegalStateException("The host did not price cart " + cartCode));
    }

    @Override
    public Optional<CartCouponView> current(String cartCode) {
        OwnCart cart = ownCart(cartCode);
        String code = cart.promo.code;
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        priceCart(cartCode, cart.store);
        return view(cartCode, code);
    }

    @Override
    public void remove(String cartCode) {
        modifyCart(cartCode, null, ownCart(cartCode).store);
    }

    /** What the cart calculation of this request made of the code; refused with the reason when it does not apply. */
    private Optional<CartCouponView> view(String cartCode, String code) {
        return quotes.lastQuote(cartCode, code).map(coupon -> {
            coupon.refusal().ifPresent(refusal -> {
                throw new CouponRefusedException(refusal);
            });
            return new CartCouponView(code, coupon.discount(), coupon.currency());
        });
    }

    /** The shopper's store and the cart's promo code, if the cart is in that store and is theirs or nobody's. */
    private OwnCart ownCart(String cartCode) {
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
                .orElseThrow(() -> new NotFoundException("membership.coupon.cart.not-found", cartCode));
    }

    /** A cart of the current shopper's, with its store. */
    private static final class OwnCart {

        final MerchantStore store;
        final ShopizerCarts.CartPromo promo;

        OwnCart(MerchantStore store, ShopizerCarts.CartPromo promo) {
            this.store = store;
            this.promo = promo;
        }
    }

    /** The host's {@code modifyCart(cart, promo, store, language)}: stores the promo code and prices the cart. */
    private void modifyCart(String cartCode, String promo, MerchantStore store) {
        call("modifyCart", new Class<?>[] { String.class, String.class, MerchantStore.class, Language.class },
                cartCode, promo, store, store.getDefaultLanguage());
    }

    /** The host's {@code getByCode(cart, store, language)}: loads and prices the cart. */
    private void priceCart(String cartCode, MerchantStore store) {
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
