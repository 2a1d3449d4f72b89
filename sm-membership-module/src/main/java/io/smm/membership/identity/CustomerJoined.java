package io.smm.membership.identity;

/** A customer registered on the host's store, told once the registration has committed. */
public final class CustomerJoined {

    private final String storeCode;
    private final long customerId;

    public CustomerJoined(String storeCode, long customerId) {
        this.storeCode = storeCode;
        this.customerId = customerId;
    }

    public String storeCode() {
        return storeCode;
    }

    public long customerId() {
        return customerId;
    }
}
