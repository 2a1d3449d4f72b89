package io.smm.membership.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The spans of members' paid orders, counted per tier and local days (docs/analytics-dashboard.md): for a member's
 * paid orders in the order they were placed, each order is a span of gap 0 (with its net amount), each order and the
 * next one a span of gap 1, each order and the one after the next a span of gap 2, and the first order a span of gap
 * {@value #FIRST}. Members are counted from sums of spans: those with a paid order in days {@code [from, until)} are
 * the gap-0 spans inside less the gap-1 spans inside, those with two or more the gap-1 spans less the gap-2 spans.
 * Counts add up: a member's orders added with sign -1 take away what they added with +1.
 */
final class OrderSpans {

    /** The gap of a member's first paid order. */
    static final int FIRST = -1;
    static final int LONGEST_GAP = 2;

    private final ZoneId zone;
    private final Map<Key, Tally> tallies = new HashMap<>();

    OrderSpans(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Counts one member's paid orders in {@code tierId}, {@code sign} +1 to add them, -1 to take them away.
     *
     * @param placed when each order was placed, earliest first
     * @param nets each order's net amount
     */
    void add(long tierId, List<Instant> placed, List<BigDecimal> nets, int sign) {
        if (placed.isEmpty()) {
            return;
        }
        LocalDate[] days = placed.stream().map(instant -> LocalDate.ofInstant(instant, zone)).toArray(LocalDate[]::new);
        tally(new Key(FIRST, days[0], days[0], tierId), sign, BigDecimal.ZERO);
        for (int i = 0; i < days.length; i++) {
            tally(new Key(0, days[i], days[i], tierId), sign, nets.get(i));
            for (int gap = 1; gap <= LONGEST_GAP && i + gap < days.length; gap++) {
                tally(new Key(gap, days[i], days[i + gap], tierId), sign, BigDecimal.ZERO);
            }
        }
    }

    /** Each span's count and net amount that is not zero. */
    void forEach(BiConsumer<Key, Tally> each) {
        tallies.forEach((key, tally) -> {
            if (tally.spans != 0 || tally.net.signum() != 0) {
                each.accept(key, tally);
            }
        });
    }

    private void tally(Key key, int sign, BigDecimal net) {
        Tally tally = tallies.computeIfAbsent(key, any -> new Tally());
        tally.spans += sign;
        tally.net = sign > 0 ? tally.net.add(net) : tally.net.subtract(net);
    }

    /** A span: its gap, its first and last local day, and the tier it is counted in. */
    static final class Key {

        final int gap;
        final LocalDate first;
        final LocalDate last;
        final long tierId;

        Key(int gap, LocalDate first, LocalDate last, long tierId) {
            this.gap = gap;
            this.first = first;
            this.last = last;
            this.tierId = tierId;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key key = (Key) other;
            return gap == key.gap && tierId == key.tierId && first.equals(key.first) && last.equals(key.last);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gap, first, last, tierId);
        }

        @Override
        public String toString() {
            return gap + ":" + first + ".." + last + "@" + tierId;
        }
    }

    /** How many of a span, and their net amount (gap 0). */
    static final class Tally {

        long spans;
        BigDecimal net = BigDecimal.ZERO;
    }
}
