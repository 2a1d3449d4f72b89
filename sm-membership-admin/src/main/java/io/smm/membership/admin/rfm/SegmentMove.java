package io.smm.membership.admin.rfm;

/** One line of the moves table: members who went from one segment to another in the latest run. */
public final class SegmentMove {

    private final String from;
    private final String to;
    private final long members;

    /** @param from the segment's name, "not scored" for a member scored for the first time */
    SegmentMove(String from, String to, long members) {
        this.from = from;
        this.to = to;
        this.members = members;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public long getMembers() {
        return members;
    }

    /** How the moves chart names it. */
    String label() {
        return from + " → " + to;
    }
}
