package io.smm.membership.host.cart;

import java.util.Optional;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.util.StringUtils;

import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.membership.coupons.CheckoutCoupon;
import io.smm.membership.coupons.CouponRefusal;
import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.host.web.HostRequest;

/**
 * Checks a coupon code as the host's promo endpoint stores it on a cart ({@code shoppingCartFacade.modifyCart(cart,
 * promo, store, language)}, which the host does without any check,
 * docs/host-seams.md#coupons-shoppingcartfacademodifycart). The host stores the code and prices the cart, which quotes
 * the coupon; a code that does not apply is taken off the cart again and the request is refused with the reason. A code
 * that is not ours is the host's own promo code if the host's promo module discounted it; otherwise it is unknown.
 */
@Aspect
class CouponPromoAdvice {

    private final CouponTill till;
    private final CartCouponQuotes quotes;
    private final ShopizerCarts carts;

    CouponPromoAdvice(CouponTill till, CartCouponQuotes quotes, ShopizerCarts carts) {
        this.till = till;
        this.quotes = quotes;
        this.carts = carts;
    }

    @Around("bean(shoppingCartFacade) && execution(* modifyCart(String, String, ..))")
    public Object aroundPromo(ProceedingJoinPoint call) throws Throwable {
        Object[] arguments = call.getArgs();
        String cartCode = (String) arguments[0];
        String promo = (String) arguments[1];
        MerchantStore store = arguments.length > 2 && arguments[2] instanceof MerchantStore
                ? (MerchantStore) arguments[2] : null;
        if (!StringUtils.hasText(promo) || store == null || store.getCurrency() == null) {
            return call.proceed();
        }
        Optional<ShopizerCarts.CartPromo> before = carts.promoOf(cartCode, store.getId());
        Object cart = call.proceed();
        if (before.isEmpty()) {
            return cart;
        }
        Optional<CouponRefusal> refusal = CartCouponQuotes.isHostPromo(store.getCode(), promo, till)
                ? Optional.of(CouponRefusal.UNKNOWN).filter(unknown -> HostRequest.current()
                        .filter(request -> ParticipantTotalLines.notesOf(request).wasHostDiscounted(promo)).isEmpty())
                : quotes.lastQuote(cartCode, promo).or(() -> quotes.quoteEmptyCart(promo, store)) // no items yet
                        .flatMap(CheckoutCoupon::refusal);
        if (refusal.isPresent()) {
            carts.restore(cartCode, store.getId(), promo, before.get());
            HostRequest.current().ifPresent(request -> request.refuse(refusal.get()));
            throw new CouponRefusedException(refusal.get());
        }
        return cart;
    }
}
