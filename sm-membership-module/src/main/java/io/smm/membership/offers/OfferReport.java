package io.smm.membership.offers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

import io.smm.membership.money.MoneyRule;

/**
 * What an offer did: members reached and held back, codes used (redemptions not given back), the paid orders that
 * used its codes and their net revenue, and treated against control since the push: the share of members with a
 * paid order and the net revenue per member. Amounts in the store's currency, rounded once to its scale.
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
    private final BigDecimal treatedRevenuePerMember;
    private final BigDecimal controlRevenuePerMember;
    private final String currency;

    /** The figures as the queries sum them, unrounded; {@code money} rounds them to {@code currency}. */
    OfferReport(int reached, int heldBack, long codesUsed, long orders, BigDecimal revenue, long treatedBuyers,
            BigDecimal treatedRevenue, long controlBuyers, BigDecimal controlRevenue, MoneyRule money,
            Currency currency) {
        this.reached = reached;
        this.heldBack = heldBack;
        this.codesUsed = codesUsed;
        this.orders = orders;
        this.revenue = money.round(revenue, currency);
        this.treatedBuyers = treatedBuyers;
        this.treatedRevenue = money.round(treatedRevenue, currency);
        this.controlBuyers = controlBuyers;
        this.controlRevenue = money.round(controlRevenue, currency);
        this.treatedRevenuePerMember = perMember(treatedRevenue, reached, money, currency);
        this.controlRevenuePerMember = perMember(controlRevenue, heldBack, money, currency);
        this.currency = currency.getCurrencyCode();
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

    /** Net revenue per treated member since the push; null with none treated. */
    public BigDecimal getTreatedRevenuePerMember() {
        return treatedRevenuePerMember;
    }

    public BigDecimal getControlRevenuePerMember() {
        return controlRevenuePerMember;
    }

    /** The ISO code of the store's currency the amounts are in. */
    public String getCurrency() {
        return currency;
    }

    private static BigDecimal percent(long part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal perMember(BigDecimal amount, int members, MoneyRule money, Currency currency) {
        return members == 0 ? null
                : money.round(amount.divide(BigDecimal.valueOf(members), MathContext.DECIMAL128), currency);
    }
}
