package io.smm.membership.time;

import java.time.Instant;

/** Our JSON writes instants as ISO-8601 text itself, whatever Jackson modules the host has. */
public final class Instants {

    private Instants() {
    }

    public static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
