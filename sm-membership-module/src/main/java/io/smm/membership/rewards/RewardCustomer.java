package io.smm.membership.rewards;

import java.time.MonthDay;

/** What rewards need of a host customer: its id, e-mail, delivery address in one line, and birthday if known. */
public final class RewardCustomer {

    private final long id;
    private final String email;
    private final String deliveryAddress;
    private final MonthDay birthday;

    public RewardCustomer(long id, String email, String deliveryAddress, MonthDay birthday) {
        this.id = id;
        this.email = email;
        this.deliveryAddress = deliveryAddress;
        this.birthday = birthday;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String deliveryAddress() {
        return deliveryAddress;
    }

    /** The host record's birthday; null when it has none. */
    public MonthDay birthday() {
        return birthday;
    }
}
