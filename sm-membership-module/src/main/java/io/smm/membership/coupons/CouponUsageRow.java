package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import io.smm.membership.groups.MemberSummary;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.time.Instants;

/**
 * One use of a coupon as the usage report shows it: the order, who (a customer with their name and e-mail as the
 * host knows them, or a guest by e-mail), the discount in the currency's scale, when, and whether and why it was
 * given back. Instants are ISO-8601 UTC.
 */
public final class CouponUsageRow {

    private final long orderId;
    private final Long customerId;
    private final String customerName;
    private final String email;
    private final boolean guest;
    private final BigDecimal discount;
    private final String currency;
    private final String redeemedAt;
    private final String givenBackAt;
    private final String givenBackFor;

    private CouponUsageRow(CouponRedemption use, MemberSummary customer, MoneyRule money) {
        this.orderId = use.getOrderId();
        this.customerId = use.getCustomerId();
        this.guest = customerId == null;
        this.customerName = customer == null ? null : customer.getDisplayName();
        this.email = guest ? CouponShopper.guestEmail(use.getShopperKey())
                : customer == null ? null : customer.getEmail();
        this.discount = inCurrencyScale(use.getDiscount(), use.getCurrency(), money);
        this.currency = use.getCurrency();
        this.redeemedAt = Instants.iso(use.getRedeemedAt());
        this.givenBackAt = Instants.iso(use.getGivenBackAt());
        this.givenBackFor = use.getGivenBackFor() == null ? null : use.getGivenBackFor().name();
    }

    /** @param customers the host's customers of this page's rows, by id; a customer it no longer has shows none */
    static CouponUsageRow of(CouponRedemption use, Map<Long, MemberSummary> customers, MoneyRule money) {
        return new CouponUsageRow(use, use.getCustomerId() == null ? null : customers.get(use.getCustomerId()),
                money);
    }

    /** The ledger keeps four decimals; shown with the currency's own (a yen has none). */
    static BigDecimal inCurrencyScale(BigDecimal amount, String currency, MoneyRule money) {
        return money.round(amount, Currency.getInstance(currency));
    }

    public long getOrderId() {
        return orderId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** The customer's name in the reader's language; null for a guest. */
    public String getCustomerName() {
        return customerName;
    }

    /** The customer's e-mail address, or the guest's as they typed it at checkout (lower case). */
    public String getEmail() {
        return email;
    }

    public boolean isGuest() {
        return guest;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getRedeemedAt() {
        return redeemedAt;
    }

    public String getGivenBackAt() {
        return givenBackAt;
    }

    /** CANCELED or REFUNDED; null while the use counts. */
    public String getGivenBackFor() {
        return givenBackFor;
    }
}
