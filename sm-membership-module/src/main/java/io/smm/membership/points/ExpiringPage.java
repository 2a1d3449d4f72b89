package io.smm.membership.points;

import java.util.List;

/**
 * One page of the members with usable points expiring within {@code days}, soonest first; {@code next} is the key
 * of the page after it ({@code after=}), null on the last page.
 */
public final class ExpiringPage {

    private final int days;
    private final String timeZone;
    private final List<ExpiringMember> items;
    private final String next;

    ExpiringPage(int days, String timeZone, List<ExpiringMember> items, String next) {
        this.days = days;
        this.timeZone = timeZone;
        this.items = List.copyOf(items);
        this.next = next;
    }

    public int getDays() {
        return days;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<ExpiringMember> getItems() {
        return items;
    }

    public String getNext() {
        return next;
    }
}
