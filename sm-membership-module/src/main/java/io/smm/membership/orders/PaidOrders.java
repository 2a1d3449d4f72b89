package io.smm.membership.orders;

import java.util.List;

/**
 * What the reports count as a paid order of {@code SMM_SPEND_ORDER o} (docs/analytics.md): any status but these (as
 * points and rewards count), its net amount its total less its refunds; an order whose net is not above zero does
 * not count.
 */
public final class PaidOrders {

    /** The statuses of orders that were not paid, bound as {@code :unpaid}. */
    public static final List<String> UNPAID_STATUSES = List.of("CANCELED", "REFUNDED");

    /** The net amount of order {@code o}, for native SQL. */
    public static final String NET = "o.TOTAL - coalesce((select sum(r.AMOUNT) from {h-schema}SMM_ORDER_REFUND r"
            + " where r.STORE_CODE = o.STORE_CODE and r.ORDER_ID = o.ORDER_ID), 0)";

    /**
     * The refunds of the store's orders summed once per order and joined to order {@code o} as {@code rf}, for
     * native SQL over many orders (bind {@code :store}): one grouped read instead of a sum per order.
     */
    public static final String REFUNDS = " left join (select r.ORDER_ID, sum(r.AMOUNT) as AMOUNT"
            + " from {h-schema}SMM_ORDER_REFUND r where r.STORE_CODE = :store group by r.ORDER_ID) rf"
            + " on rf.ORDER_ID = o.ORDER_ID";

    /** The net amount of order {@code o} with {@link #REFUNDS} joined. */
    public static final String NET_OF_REFUNDS = "(o.TOTAL - coalesce(rf.AMOUNT, 0))";

    private PaidOrders() {
    }
}
