package io.smm.membership.segments;

import java.util.Objects;

/** Which members a list shows: those of a saved segment, or those of one RFM segment alone. */
public final class SegmentSelection {

    private final Long segmentId;
    private final String rfm;

    private SegmentSelection(Long segmentId, String rfm) {
        this.segmentId = segmentId;
        this.rfm = rfm;
    }

    public static SegmentSelection saved(long segmentId) {
        return new SegmentSelection(segmentId, null);
    }

    public static SegmentSelection rfm(String code) {
        return new SegmentSelection(null, Objects.requireNonNull(code));
    }

    /** The saved segment's id; null for an RFM segment. */
    public Long segmentId() {
        return segmentId;
    }

    /** The RFM segment's code; null for a saved segment. */
    public String rfm() {
        return rfm;
    }
}
