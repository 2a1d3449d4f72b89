package io.smm.membership.points;

/**
 * A member with usable points expiring soon: how many, and when the first of them expire, in the store's local
 * time ({@code 2027-01-01T00:00}).
 */
public final class ExpiringMember {

    private final long customerId;
    private final String email;
    private final String name;
    private final long points;
    private final String earliestExpiry;

    ExpiringMember(long customerId, String email, String name, long points, String earliestExpiry) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.points = points;
        this.earliestExpiry = earliestExpiry;
    }

    public long getCustomerId() {
        return customerId;
    }

    /** The host's e-mail, null for a customer the host no longer has. */
    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public long getPoints() {
        return points;
    }

    public String getEarliestExpiry() {
        return earliestExpiry;
    }
}
