package io.smm.membership.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;

import io.smm.membership.groups.MemberSummary;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * The dashboard's CSV files, as {@link SpreadsheetCsv} writes them: a panel (one line per row, each measure's value
 * in the period and in the one before) and a figure's members.
 */
public final class DashboardCsv {

    /** The columns of a figure's members. */
    public static final List<String> MEMBER_COLUMNS = List.of("customer_id", "nick", "email", "first_name",
            "last_name");

    private DashboardCsv() {
    }

    public static Writer download(HttpServletResponse response, String name, DashboardPeriod period)
            throws IOException {
        return SpreadsheetCsv.download(response, "dashboard-" + name + "-" + period.getCurrent().getFrom() + "-"
                + period.getCurrent().getTo());
    }

    /** Makes the response a download of a figure's members; the writer is what the service writes to. */
    public static Writer membersDownload(HttpServletResponse response, DashboardService.MembersQuery query)
            throws IOException {
        return SpreadsheetCsv.download(response, "dashboard-" + query.getFigure().name().toLowerCase(Locale.ROOT)
                + (query.getTier() == null ? "" : "-" + query.getTier()) + "-" + query.getPeriod().getFrom() + "-"
                + query.getPeriod().getTo());
    }

    /** Columns: row, label, then {@code <measure>} and {@code <measure>_previous} for each measure. */
    public static void writePanel(DashboardPanel panel, Writer out) {
        List<String> columns = new ArrayList<>(List.of("row", "label"));
        panel.getMeasures().forEach(measure -> {
            columns.add(measure);
            columns.add(measure + "_previous");
        });
        SpreadsheetCsv.Rows rows = SpreadsheetCsv.rows(out, columns);
        for (DashboardPanel.Row row : panel.getRows()) {
            List<Object> line = new ArrayList<>(List.of(row.getKey(), row.getLabel()));
            row.getValues().forEach(value -> {
                line.add(plain(value.getCurrent()));
                line.add(plain(value.getPrevious()));
            });
            rows.print(line.toArray());
        }
        rows.flush();
    }

    static void printMember(SpreadsheetCsv.Rows rows, MemberSummary member) {
        rows.print(member.getCustomerId(), member.getNick(), member.getEmail(), member.getFirstName(),
                member.getLastName());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
