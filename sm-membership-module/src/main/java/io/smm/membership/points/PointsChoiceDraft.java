package io.smm.membership.points;

import io.smm.membership.web.Draft;

/** What a shopper sends to pay a cart with points: how many; 0 clears the choice. */
public class PointsChoiceDraft extends Draft {

    private Long points;

    public Long getPoints() {
        return points;
    }

    public void setPoints(Long points) {
        this.points = points;
    }
}
