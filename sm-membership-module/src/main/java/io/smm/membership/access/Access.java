package io.smm.membership.access;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one shopper may do with one category or product at one moment: each permission is allowed, opens later, or
 * is denied. A browse that opens later lists the product as coming when the owner chose so, else hides it.
 */
public final class Access {

    public enum State {
        ALLOWED,
        NOT_YET,
        DENIED
    }

    private static final Access OPEN = new Access(Map.of(), Map.of(), false, null);

    private final Map<Permission, State> states;
    private final Map<Permission, Instant> opensAt;
    private final boolean comingBeforeOpening;
    private final AccessReason reason;

    /**
     * @param states a permission missing from the map is allowed; a permission is effective only when the ones
     *        before it are (buy needs the price, the price a browse)
     * @param opensAt when a NOT_YET permission opens
     * @param comingBeforeOpening whether a browse that opens later lists the product as coming
     * @param reason why the first permission not allowed is missing, or null when all are allowed
     */
    public Access(Map<Permission, State> states, Map<Permission, Instant> opensAt, boolean comingBeforeOpening,
            AccessReason reason) {
        this.states = states.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(states));
        this.opensAt = opensAt.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(opensAt));
        this.comingBeforeOpening = comingBeforeOpening;
        this.reason = reason;
    }

    /** Everything allowed: a category no rule reaches, a product in no category. */
    public static Access open() {
        return OPEN;
    }

    public State state(Permission permission) {
        for (Permission before : Permission.values()) {
            State state = states.getOrDefault(before, State.ALLOWED);
            if (state != State.ALLOWED || before == permission) {
                return state;
            }
        }
        throw new IllegalArgumentException(String.valueOf(permission));
    }

    public boolean allows(Permission permission) {
        return state(permission) == State.ALLOWED;
    }

    /** Whether the product or category exists for the shopper: browsed, or shown as coming. */
    public boolean isListed() {
        return allows(Permission.BROWSE) || isComing();
    }

    /** Listed only as coming: the browse opens later and the owner chose to show it before. */
    public boolean isComing() {
        return state(Permission.BROWSE) == State.NOT_YET && comingBeforeOpening;
    }

    public boolean showsPrice() {
        return allows(Permission.SEE_PRICE);
    }

    public boolean mayBuy() {
        return allows(Permission.BUY);
    }

    public Optional<Instant> opensAt(Permission permission) {
        return Optional.ofNullable(opensAt.get(permission));
    }

    /** Why the first permission not allowed is missing; empty when the shopper may buy. */
    public Optional<AccessReason> reason() {
        return Optional.ofNullable(reason);
    }
}
