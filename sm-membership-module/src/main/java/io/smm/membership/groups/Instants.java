package io.smm.membership.groups;

import java.time.Instant;

/** Our JSON writes instants as ISO-8601 text itself, whatever Jackson modules the host has. */
final class Instants {

    private Instants() {
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
