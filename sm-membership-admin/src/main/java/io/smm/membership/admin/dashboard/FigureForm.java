package io.smm.membership.admin.dashboard;

import io.smm.membership.admin.web.PeriodForm;

/** Which members a dashboard figure counts, as its link names them; the page number is counted from 0. */
public class FigureForm extends PeriodForm {

    private String figure;
    private String tier;
    private String moveFrom;
    private String moveTo;
    private String shownFrom;
    private String shownTo;
    private Integer page;

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getMoveFrom() {
        return moveFrom;
    }

    public void setMoveFrom(String moveFrom) {
        this.moveFrom = moveFrom;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    /** The first day the dashboard showed, when the figure is of the period before it. */
    public String getShownFrom() {
        return shownFrom;
    }

    public void setShownFrom(String shownFrom) {
        this.shownFrom = shownFrom;
    }

    public String getShownTo() {
        return shownTo;
    }

    public void setShownTo(String shownTo) {
        this.shownTo = shownTo;
    }
}
