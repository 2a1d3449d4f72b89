package io.smm.membership.access;

import io.smm.membership.identity.Shopper;

/** The catalog as a shopper sees it now: what every host seam asks before it answers a shopper. */
public interface AccessViews {

    AccessView viewOf(Shopper shopper);
}
