package io.smm.membership.pricing;

/** One cart line as it was priced for an order: the product, the quantity and the quote behind its price. */
public final class PricedLine {

    final long productId;
    final int quantity;
    final PriceQuote quote;

    public PricedLine(long productId, int quantity, PriceQuote quote) {
        this.productId = productId;
        this.quantity = quantity;
        this.quote = quote;
    }
}
