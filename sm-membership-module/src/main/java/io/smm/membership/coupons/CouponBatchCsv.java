package io.smm.membership.coupons;

import java.io.Writer;
import java.time.Instant;
import java.util.List;

import io.smm.membership.web.SpreadsheetCsv;

/**
 * The CSV file of a batch's codes, as owners open it in a spreadsheet ({@link SpreadsheetCsv}): one code a row with
 * its status when written, its uses and its total limit (empty: unlimited).
 */
final class CouponBatchCsv {

    static final List<String> COLUMNS = List.of("code", "status", "uses", "total_limit");

    private final SpreadsheetCsv.Rows rows;
    private final Instant now;

    private CouponBatchCsv(SpreadsheetCsv.Rows rows, Instant now) {
        this.rows = rows;
        this.now = now;
    }

    /** Writes the byte order mark and the header; statuses are taken at {@code now}. */
    static CouponBatchCsv start(Writer out, Instant now) {
        return new CouponBatchCsv(SpreadsheetCsv.rows(out, COLUMNS), now);
    }

    void print(CouponBatchLine line) {
        rows.print(line.getCode(), line.statusAt(now), line.getUses(),
                line.getTotalLimit() == null ? "" : line.getTotalLimit());
    }

    void flush() {
        rows.flush();
    }
}
