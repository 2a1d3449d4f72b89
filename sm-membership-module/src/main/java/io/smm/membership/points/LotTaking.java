package io.smm.membership.points;

/**
 * How points are taken from lots and given back to them: pure arithmetic over their amounts, in the order the
 * lots are given (a redemption gives them soonest-expiring first).
 */
final class LotTaking {

    private LotTaking() {
    }

    /**
     * What to take from each lot, in order, until {@code points} are taken: each lot all it has until the last,
     * which gives the rest. The caller has checked the lots hold that many.
     */
    static long[] take(long[] remainders, long points) {
        long[] taken = new long[remainders.length];
        long left = points;
        for (int i = 0; i < remainders.length && left > 0; i++) {
            taken[i] = Math.min(remainders[i], left);
            left -= taken[i];
        }
        if (left > 0) {
            throw new IllegalArgumentException("the lots hold fewer than " + points + " points");
        }
        return taken;
    }

    /**
     * What to give back to each lot of {@code points} in all, where each lot may still take back {@code open[i]}
     * (what was taken from it and not yet given back): in proportion to what is open, rounded down, and the points
     * the rounding left over one at a time to the first lots with room, so that exactly {@code points} go back.
     */
    static long[] giveBack(long[] open, long points) {
        long total = 0;
        for (long each : open) {
            total += each;
        }
        if (points > total) {
            throw new IllegalArgumentException(points + " points are more than the " + total + " taken");
        }
        long[] given = new long[open.length];
        long left = points;
        for (int i = 0; i < open.length && total > 0; i++) {
            given[i] = Math.multiplyExact(open[i], points) / total;
            left -= given[i];
        }
        for (int i = 0; i < open.length && left > 0; i++) {
            long room = Math.min(open[i] - given[i], left);
            given[i] += room;
            left -= room;
        }
        return given;
    }
}
