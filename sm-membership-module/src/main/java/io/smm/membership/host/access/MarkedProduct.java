package io.smm.membership.host.access;

import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

import com.salesmanager.shop.model.catalog.product.ReadableProduct;

import io.smm.membership.access.Access;

/**
 * The host's product JSON for a product the shopper may not simply buy: every property the host filled (copied by
 * name, so the fields 3.2.5 added to its 2.16.0 shape come along), not purchasable, prices blank when hidden, and
 * {@code membershipAccess} saying why.
 */
public class MarkedProduct extends ReadableProduct {

    private static final long serialVersionUID = 1L;

    /** The lists of a product's JSON that carry prices: options and their values, variants and their stock. */
    private static final List<String> NESTED_LISTS = List.of("options", "optionValues", "variants", "inventory");
    private static final List<String> PRICES = List.of("price", "finalPrice", "originalPrice", "productPrice",
            "prices");
    private static final int NESTING = 3;

    private Map<String, Object> membershipAccess;

    static ReadableProduct of(ReadableProduct host, Access access, AccessFlags flags) {
        if (access.mayBuy() || host instanceof MarkedProduct) {
            return host;
        }
        MarkedProduct marked = new MarkedProduct();
        BeanUtils.copyProperties(host, marked);
        marked.membershipAccess = flags.of(access);
        marked.setCanBePurchased(false);
        if (!access.showsPrice()) {
            marked.hidePrices();
        }
        return marked;
    }

    public Map<String, Object> getMembershipAccess() {
        return membershipAccess;
    }

    /**
     * Only the calls that link on both 2.16.0 and 3.2.5 (docs/host-seams.md); the prices of option values and of
     * 3.2.5's variants and their inventory by property name.
     */
    private void hidePrices() {
        setPrice(null);
        setFinalPrice(null);
        setOriginalPrice(null);
        setDiscounted(false);
        setProductPrice(null);
        hidePricesBelow(this, 0);
    }

    /** Clears every price property of the lists a product's JSON nests, a few levels down. */
    private static void hidePricesBelow(Object bean, int depth) {
        BeanWrapper wrapped = PropertyAccessorFactory.forBeanPropertyAccess(bean);
        for (String list : NESTED_LISTS) {
            Object items = wrapped.isReadableProperty(list) ? wrapped.getPropertyValue(list) : null;
            if (items instanceof List && depth < NESTING) {
                for (Object item : (List<?>) items) {
                    hidePricesOf(item);
                    hidePricesBelow(item, depth + 1);
                }
            }
        }
    }

    private static void hidePricesOf(Object item) {
        BeanWrapper wrapped = PropertyAccessorFactory.forBeanPropertyAccess(item);
        for (String price : PRICES) {
            if (wrapped.isWritableProperty(price)) {
                wrapped.setPropertyValue(price, null);
            }
        }
    }
}
