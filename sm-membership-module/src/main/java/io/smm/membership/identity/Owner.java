package io.smm.membership.identity;

import java.util.Objects;

/** A shop owner (a host admin user) acting on one store. */
public final class Owner {

    private final String name;
    private final String storeCode;

    public Owner(String name, String storeCode) {
        this.name = Objects.requireNonNull(name);
        this.storeCode = Objects.requireNonNull(storeCode);
    }

    public String name() {
        return name;
    }

    public String storeCode() {
        return storeCode;
    }
}
