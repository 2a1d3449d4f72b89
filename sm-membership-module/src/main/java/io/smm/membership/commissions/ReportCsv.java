package io.smm.membership.commissions;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * The CSV file of an affiliate's report, as {@link SpreadsheetCsv} writes files: a header row of {@link #COLUMNS},
 * then one row per day of the period, quiet days included, oldest first.
 */
public final class ReportCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("date", "clicks", "orders", "commission", "currency");

    private ReportCsv() {
    }

    /** Makes the response a download of the affiliate's report; the writer is what the service writes to. */
    public static Writer download(HttpServletResponse response, long affiliateId, DayPeriod period)
            throws IOException {
        return SpreadsheetCsv.download(response, "affiliate-" + affiliateId + "-" + period.getFrom() + "-"
                + period.getTo());
    }

    public static void write(ReportView report, Writer out) {
        SpreadsheetCsv.Rows rows = SpreadsheetCsv.rows(out, COLUMNS);
        report.getDays().forEach(day -> rows.print(day.getDate(), day.getClicks(), day.getOrders(),
                day.getCommission().toPlainString(), report.getCurrency()));
        rows.flush();
    }
}
