package io.smm.membership.coupons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV file of a batch's codes: UTF-8 with a byte order mark as the price rule file, a header row, one code a
 * row with its status when written, its uses and its total limit (empty: unlimited).
 */
final class CouponBatchCsv {

    static final String[] COLUMNS = { "code", "status", "uses", "total_limit" };
    private static final char BOM = '\uFEFF';

    private final CSVPrinter printer;
    private final Instant now;

    private CouponBatchCsv(CSVPrinter printer, Instant now) {
        this.printer = printer;
        this.now = now;
    }

    /** Writes the byte order mark and the header; statuses are taken at {@code now}. */
    static CouponBatchCsv start(Writer out, Instant now) {
        try {
            out.write(BOM);
            return new CouponBatchCsv(new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build()),
                    now);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    void print(CouponBatchLine line) {
        try {
            printer.printRecord(line.getCode(), line.statusAt(now), line.getUses(),
                    line.getTotalLimit() == null ? "" : line.getTotalLimit());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
