package io.smm.membership.checkout;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A cart as the host totals it, for the participants' quotes: its lines at their charged prices, the code the shopper
 * entered, and the e-mail address of the customer the host checks out (a guest's, known only at checkout).
 */
public final class CartContents {

    private final String storeCode;
    private final Currency currency;
    private final List<CheckoutLine> lines;
    private final String promoCode;
    private final String customerEmail;

    public CartContents(String storeCode, Currency currency, List<CheckoutLine> lines, String promoCode,
            String customerEmail) {
        this.storeCode = storeCode;
        this.currency = currency;
        this.lines = List.copyOf(lines);
        this.promoCode = promoCode;
        this.customerEmail = customerEmail;
    }

    public String storeCode() {
        return storeCode;
    }

    public Currency currency() {
        return currency;
    }

    public List<CheckoutLine> lines() {
        return lines;
    }

    public Optional<String> promoCode() {
        return Optional.ofNullable(promoCode).filter(code -> !code.isBlank());
    }

    public Optional<String> customerEmail() {
        return Optional.ofNullable(customerEmail).filter(email -> !email.isBlank());
    }
}
