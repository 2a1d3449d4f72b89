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

    /** Only the calls that link on both 2.16.0 and 3.2.5 (docs/host-seams.md); option prices by property name. */
    private void hidePrices() {
        setPrice(null);
        setFinalPrice(null);
        setOriginalPrice(null);
        setDiscounted(false);
        setProductPrice(null);
        if (getOptions() != null) {
            for (Object option : getOptions()) {
                BeanWrapper wrapped = PropertyAccessorFactory.forBeanPropertyAccess(option);
                if (wrapped.isReadableProperty("optionValues") && wrapped.getPropertyValue("optionValues") != null) {
                    ((List<?>) wrapped.getPropertyValue("optionValues")).forEach(MarkedProduct::hidePrice);
                }
            }
        }
    }

    private static void hidePrice(Object optionValue) {
        BeanWrapper wrapped = PropertyAccessorFactory.forBeanPropertyAccess(optionValue);
        if (wrapped.isWritableProperty("price")) {
            wrapped.setPropertyValue("price", null);
        }
    }
}
