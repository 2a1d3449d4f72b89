package io.smm.membership.admin.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One segment's line of the sizes table: its members and their share of all the store's members, in percent. */
public final class SegmentShare {

    private final String code;
    private final String name;
    private final long members;
    private final long allMembers;

    SegmentShare(String code, String name, long members, long allMembers) {
        this.code = code;
        this.name = name;
        this.members = members;
        this.allMembers = allMembers;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getMembers() {
        return members;
    }

    /** One decimal, {@code 0.0} when the store has no members yet. */
    public String getShare() {
        if (allMembers == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(members * 100).divide(BigDecimal.valueOf(allMembers), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
