package io.smm.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's {@code membershipClock}: the system's UTC clock, except while the demo loader winds it back to give
 * its members a tier history spread over past months (the module dates every history entry by this clock).
 */
final class DemoClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Instant windBackTo;

    /** Runs the work with the time at {@code past}, then lets the clock go on. */
    void at(Instant past, Runnable work) {
        this.windBackTo = past;
        try {
            work.run();
        } finally {
            this.windBackTo = null;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant past = windBackTo;
        return past == null ? system.withZone(zone) : Clock.fixed(past, zone);
    }

    @Override
    public Instant instant() {
        Instant past = windBackTo;
        return past == null ? system.instant() : past;
    }
}
