package io.smm.membership.coupons;

import java.util.Locale;
import java.util.Set;

/**
 * Who presents a coupon, and the groups they are in: a customer, counted by id, or a guest, counted by e-mail
 * address whatever its case. The key is how the ledger counts their uses.
 */
public final class CouponShopper {

    private static final String GUEST = "guest:";

    final Long customerId;
    final String key;
    final Set<Long> groupIds;

    private CouponShopper(Long customerId, String key, Set<Long> groupIds) {
        this.customerId = customerId;
        this.key = key;
        this.groupIds = Set.copyOf(groupIds);
    }

    public static CouponShopper customer(long customerId, Set<Long> groupIds) {
        return new CouponShopper(customerId, "customer:" + customerId, groupIds);
    }

    public static CouponShopper guest(String email, Set<Long> groupIds) {
        return new CouponShopper(null, GUEST + email.trim().toLowerCase(Locale.ROOT), groupIds);
    }

    /** The e-mail address in a guest's key; null for a customer's. */
    static String guestEmail(String key) {
        return key.startsWith(GUEST) ? key.substring(GUEST.length()) : null;
    }

    /** A guest whose e-mail address is not known yet, as on a cart before checkout: their own uses are not counted. */
    public static CouponShopper anonymous(Set<Long> groupIds) {
        return new CouponShopper(null, null, groupIds);
    }

    boolean isCounted() {
        return key != null;
    }

    boolean isGuest() {
        return customerId == null;
    }
}
