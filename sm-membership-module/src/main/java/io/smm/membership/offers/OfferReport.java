package io.smm.membership.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an offer did: members reached and held back, codes used (redemptions not given back), the paid orders that
 * used its codes and their net revenue, and treated against control since the push: the share of members with a
 * paid order and the net revenue per member.
 */
public final class OfferReport {

    private final int reached;
    private final int heldBack;
    private final long codesUsed;
    private final long orders;
    private final BigDecimal revenue;
    private final long treatedBuyers;
    private final BigDecimal treatedRevenue;
    private final long controlBuyers;
    private final BigDecimal controlRevenue;

    OfferReport(int reached, int heldBack, long codesUsed, long orders, BigDecimal revenue, long treatedBuyers,
            BigDecimal treatedRevenue, long controlBuyers, BigDecimal controlRevenue) {
        this.reached = reached;
        this.heldBack = heldBack;
        this.codesUsed = codesUsed;
        this.orders = orders;
        this.revenue = revenue;
        this.treatedBuyers = treatedBuyers;
        this.treatedRevenue = treatedRevenue;
        this.controlBuyers = controlBuyers;
        this.controlRevenue = controlRevenue;
    }

    public int getReached() {
        return reached;
    }

    public int getHeldBack() {
        return heldBack;
    }

    public long getCodesUsed() {
        return codesUsed;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public long getTreatedBuyers() {
        return treatedBuyers;
    }

    public long getControlBuyers() {
        return controlBuyers;
    }

    public BigDecimal getTreatedRevenue() {
        return treatedRevenue;
    }

    public BigDecimal getControlRevenue() {
        return controlRevenue;
    }

    /** Percent of treated members with a paid order since the push, 1 decimal; null with none treated. */
    public BigDecimal getTreatedBuyerPercent() {
        return percent(treatedBuyers, reached);
    }

    public BigDecimal getControlBuyerPercent() {
        return percent(controlBuyers, heldBack);
    }

    /** Net revenue per treated member since the push, 4 decimals (unrounded to the currency on purpose). */
    public BigDecimal getTreatedRevenuePerMember() {
        return perMember(treatedRevenue, reached);
    }

    public BigDecimal getControlRevenuePerMember() {
        return perMember(controlRevenue, heldBack);
    }

    private static BigDecimal percent(long part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal perMember(BigDecimal amount, int members) {
        return members == 0 ? null : amount.divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_UP);
    }
}
