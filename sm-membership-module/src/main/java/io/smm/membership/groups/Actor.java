package io.smm.membership.groups;

import java.util.Objects;

/** Who made a membership change: an owner, the shopper, or the system; kept in the history. */
public final class Actor {

    public enum Kind { OWNER, SHOPPER, SYSTEM }

    private final Kind kind;
    private final String name;

    private Actor(Kind kind, String name) {
        this.kind = Objects.requireNonNull(kind);
        this.name = name;
    }

    public static Actor owner(String name) {
        return new Actor(Kind.OWNER, Objects.requireNonNull(name));
    }

    public static Actor shopper(long customerId) {
        return new Actor(Kind.SHOPPER, "customer " + customerId);
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, null);
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
