package io.smm.membership.commissions;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import io.smm.membership.affiliates.AffiliatePayee;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.sql.NativeRows;

/**
 * The CSV file of payouts for the bank, as {@link SpreadsheetCsv} writes files: a header row of {@link #COLUMNS},
 * one payout a row with its affiliate's payout details as they are now; dates in the store's time zone.
 */
public final class PayoutCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("affiliate_name", "payout_method", "payout_email",
            "payout_details", "amount", "currency", "reference", "date");

    private final SpreadsheetCsv.Rows rows;
    private final ZoneId zone;

    private PayoutCsv(SpreadsheetCsv.Rows rows, ZoneId zone) {
        this.rows = rows;
        this.zone = zone;
    }

    /** Makes the response a download of the payouts of the period; the writer is what the service writes to. */
    public static Writer download(HttpServletResponse response, DayPeriod period) throws IOException {
        return SpreadsheetCsv.download(response, "payouts-" + period.getFrom() + "-" + period.getTo());
    }

    static PayoutCsv start(Writer out, ZoneId zone) {
        return new PayoutCsv(SpreadsheetCsv.rows(out, COLUMNS), zone);
    }

    /** A row of {@link ReportLedger#payoutsForBank} and the payout's affiliate. */
    void write(Object[] payout, AffiliatePayee payee) {
        rows.print(text(payee.name()), text(payee.payoutMethod()), text(payee.payoutEmail()),
                text(payee.payoutDetails()), ReportLedger.shown(payout[2], payout[3]).toPlainString(), payout[3],
                text(payout[4]), LocalDate.ofInstant(NativeRows.instant(payout[5]), zone));
    }

    void flush() {
        rows.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : SpreadsheetCsv.inert(value.toString());
    }
}
