package io.smm.membership.host.access;

import java.util.Map;

import org.springframework.beans.BeanUtils;

import com.salesmanager.shop.model.shoppingcart.ReadableShoppingCartItem;

import io.smm.membership.access.Access;

/**
 * A cart line whose product the shopper may no longer buy (it became restricted after it was added, or came with a
 * guest's cart): the host's line, copied by property name (3.2.5 changed its superclass), its prices blank when
 * hidden, and {@code membershipAccess} saying why; the checkout refuses such a cart.
 */
public class MarkedCartItem extends ReadableShoppingCartItem {

    private static final long serialVersionUID = 1L;

    private Map<String, Object> membershipAccess;

    static ReadableShoppingCartItem of(ReadableShoppingCartItem host, Access access, AccessFlags flags) {
        if (access.mayBuy() || host instanceof MarkedCartItem) {
            return host;
        }
        MarkedCartItem marked = new MarkedCartItem();
        BeanUtils.copyProperties(host, marked);
        marked.membershipAccess = flags.of(access);
        if (!access.showsPrice()) {
            // only setters both the 2.16.0 and the 3.2.5 line have (docs/host-seams.md)
            marked.setPrice(null);
            marked.setFinalPrice(null);
            marked.setOriginalPrice(null);
            marked.setProductPrice(null);
            marked.setSubTotal(null);
            marked.setDisplaySubTotal(null);
        }
        return marked;
    }

    public Map<String, Object> getMembershipAccess() {
        return membershipAccess;
    }
}
