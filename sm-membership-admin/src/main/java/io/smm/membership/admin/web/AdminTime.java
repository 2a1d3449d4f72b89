package io.smm.membership.admin.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Shows instants (stored in UTC) as local date and time of the configured zone; templates call it. */
public final class AdminTime {

    /** Model attribute name the templates use. */
    public static final String ATTRIBUTE = "membershipTime";
    /** How a {@code datetime-local} input sends its value; forms bind their local date-times with it. */
    public static final String LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";
    /** What a browser sends when the value has seconds. */
    public static final String LOCAL_INPUT_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    private final ZoneId zone;
    private final DateTimeFormatter format;

    public AdminTime(ZoneId zone) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** The zone in which owners read and enter dates and times. */
    public ZoneId zone() {
        return zone;
    }

    /** The zone's id, for templates (its {@code ZoneRegion} class is closed to reflection). */
    public String getZoneId() {
        return zone.getId();
    }

    /** An ISO-8601 instant as our views carry it; blank for none. */
    public String format(String isoInstant) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return "";
        }
        try {
            return format(Instant.parse(isoInstant));
        } catch (DateTimeParseException unreadable) {
            return isoInstant;
        }
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    /** An ISO-8601 instant as our views carry it, as a form's local date-time in {@code zone}; null for none. */
    public static LocalDateTime local(String isoInstant, ZoneId zone) {
        return isoInstant == null ? null : LocalDateTime.ofInstant(Instant.parse(isoInstant), zone);
    }

    /** A form's local date-time in {@code zone} as the instant the services take; null for none. */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
