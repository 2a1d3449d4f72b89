package io.smm.membership.segments;

/** A saved segment with its filter and the number of members it matches now. */
public final class SegmentView {

    private final long id;
    private final String name;
    private final SegmentDraft filter;
    private final long members;

    SegmentView(long id, String name, SegmentDraft filter, long members) {
        this.id = id;
        this.name = name;
        this.filter = filter;
        this.members = members;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SegmentDraft getFilter() {
        return filter;
    }

    public long getMembers() {
        return members;
    }
}
