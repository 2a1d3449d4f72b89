package io.smm.membership.identity;

/**
 * Told of each customer's registration, in the registration's request thread (the host's own application events
 * run on other threads, without the request), after it has committed.
 */
public interface CustomerJoinedListener {

    void joined(CustomerJoined joined);
}
