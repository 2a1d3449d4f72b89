package io.smm.membership.points;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import io.smm.membership.web.SpreadsheetCsv;

/** The points reports as {@link SpreadsheetCsv} files: a header row, then one row per month or member. */
public final class PointsReportCsv {

    /** The liability file's columns, in order: one row per month, oldest first. */
    public static final List<String> LIABILITY_COLUMNS = List.of("month", "as_of", "usable", "pending",
            "outstanding", "cash_value", "currency");
    /** The expiring file's columns, in order: one row per member, soonest expiry first. */
    public static final List<String> EXPIRING_COLUMNS = List.of("customer_id", "email", "name", "points",
            "earliest_expiry", "time_zone");

    private PointsReportCsv() {
    }

    /** Makes the response a download of the liability of the report's months. */
    public static void writeLiability(LiabilityView report, HttpServletResponse response) throws IOException {
        Writer out = SpreadsheetCsv.download(response, "points-liability-" + report.getFrom() + "-" + report.getTo());
        SpreadsheetCsv.Rows rows = SpreadsheetCsv.rows(out, LIABILITY_COLUMNS);
        report.getMonths().forEach(month -> rows.print(month.getMonth(), month.getAsOf(), month.getUsable(),
                month.getPending(), month.getOutstanding(), month.getCashValue().toPlainString(),
                report.getCurrency()));
        rows.flush();
    }

    /** Makes the response a download of the members with points expiring within {@code days}. */
    public static Writer expiringDownload(HttpServletResponse response, int days) throws IOException {
        return SpreadsheetCsv.download(response, "points-expiring-" + days + "-days");
    }

    static Expiring expiring(Writer out, ZoneId zone) {
        return new Expiring(SpreadsheetCsv.rows(out, EXPIRING_COLUMNS), zone);
    }

    /** The expiring file being written, member by member. */
    static final class Expiring {

        private final SpreadsheetCsv.Rows rows;
        private final String zone;

        private Expiring(SpreadsheetCsv.Rows rows, ZoneId zone) {
            this.rows = rows;
            this.zone = zone.getId();
        }

        void write(ExpiringMember member) {
            rows.print(member.getCustomerId(), SpreadsheetCsv.inert(member.getEmail()),
                    SpreadsheetCsv.inert(member.getName()), member.getPoints(), member.getEarliestExpiry(), zone);
        }

        void flush() {
            rows.flush();
        }
    }
}
