package io.smm.membership.affiliates;

/**
 * A click as it reached us: the tracking id as sent, the page it landed on, the referring page, the shopper's address
 * (hashed before it is kept) and the cart it names, if any. Texts longer than a column are cut to it.
 */
public final class ClickInput {

    private final String trackingId;
    private final String landingPath;
    private final String referrer;
    private final String address;
    private final String cartCode;

    public ClickInput(String trackingId, String landingPath, String referrer, String address, String cartCode) {
        this.trackingId = trackingId;
        this.landingPath = landingPath;
        this.referrer = referrer;
        this.address = address;
        this.cartCode = cartCode == null || cartCode.isBlank() ? null : cartCode;
    }

    public String trackingId() {
        return trackingId;
    }

    public String landingPath() {
        return landingPath;
    }

    public String referrer() {
        return referrer;
    }

    public String address() {
        return address;
    }

    public String cartCode() {
        return cartCode;
    }
}
