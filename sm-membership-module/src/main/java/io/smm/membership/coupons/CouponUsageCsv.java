package io.smm.membership.coupons;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.servlet.http.HttpServletResponse;


import io.smm.membership.web.SpreadsheetCsv;

/**
 * The CSV file of a coupon's uses, as {@link SpreadsheetCsv} writes files: a header row of {@link #COLUMNS}, one
 * use a row, latest first. Times are ISO local date-times in the store's time zone; an empty cell is "none".
 */
public final class CouponUsageCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("order_id", "customer_id", "customer_name", "email", "guest",
            "discount", "currency", "redeemed_at", "given_back_at", "given_back_for");

    private final SpreadsheetCsv.Rows rows;
    private final ZoneId zone;

    private CouponUsageCsv(SpreadsheetCsv.Rows rows, ZoneId zone) {
        this.rows = rows;
        this.zone = zone;
    }

    /** Makes the response a download of the coupon's report; the writer is what {@link CouponUsage#writeCsv} takes. */
    public static Writer download(HttpServletResponse response, String couponCode) throws IOException {
        return SpreadsheetCsv.download(response, "coupon-usage-" + couponCode);
    }

    static CouponUsageCsv start(Writer out, ZoneId zone) {
        return new CouponUsageCsv(SpreadsheetCsv.rows(out, COLUMNS), zone);
    }

    void write(CouponUsageRow row) {
        rows.print(row.getOrderId(), text(row.getCustomerId()), SpreadsheetCsv.inert(text(row.getCustomerName())),
                SpreadsheetCsv.inert(text(row.getEmail())), row.isGuest(), row.getDiscount().toPlainString(),
                row.getCurrency(), local(row.getRedeemedAt()), local(row.getGivenBackAt()),
                text(row.getGivenBackFor()));
    }

    void flush() {
        rows.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private String local(String isoInstant) {
        return isoInstant == null ? "" : LocalDateTime.ofInstant(Instant.parse(isoInstant), zone).toString();
    }
}
