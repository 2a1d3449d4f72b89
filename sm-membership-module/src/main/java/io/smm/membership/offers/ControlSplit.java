package io.smm.membership.offers;

/**
 * Who of a segment is held back from an offer as its control group: decided by a hash of the offer's and the
 * customer's ids alone, so a replayed push holds back the same members, and close to the percent asked.
 */
final class ControlSplit {

    private ControlSplit() {
    }

    /** Whether the customer is held back from the offer when {@code percent} (0 to 100) of members are. */
    static boolean heldBack(long offerId, long customerId, int percent) {
        return Long.remainderUnsigned(mix(offerId * 0x9E3779B97F4A7C15L ^ customerId), 100) < percent;
    }

    /** SplitMix64's finaliser: neighbouring ids land far apart. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
