package io.smm.membership.points;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.web.Violation;

/**
 * An owner's file of points to grant: one row per grant, {@code customer,points,reason}, the customer an e-mail or
 * a customer id, an optional header row first. Its id is the SHA-256 of its text, so the same file uploaded again
 * has the same row keys ({@code csv:<id>:<row>}) and grants nothing twice. Rows are numbered as a spreadsheet
 * numbers them, the header (if any) being row 1; empty lines are skipped.
 */
final class PointsGrantCsv {

    static final int MAX_ROWS = 10_000;
    private static final int COLUMNS = 3;

    private final String id;
    private final List<Row> rows;

    private PointsGrantCsv(String id, List<Row> rows) {
        this.id = id;
        this.rows = rows;
    }

    /**
     * Reads the file and checks each row's shape (not yet whether its customer exists).
     *
     * @throws InvalidInputException an unreadable, empty or too long file, or every broken row and field at once
     */
    static PointsGrantCsv read(String text, List<Violation> violations) {
        String body = text.isEmpty() || text.charAt(0) != SpreadsheetCsv.BOM ? text : text.substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build()
                .parse(new StringReader(body))) {
            records = parser.getRecords();
        } catch (IOException | IllegalStateException | UncheckedIOException unreadable) {
            throw new InvalidInputException(new Violation("file", "membership.points.grant.unreadable"));
        }
        if (!records.isEmpty() && isHeader(records.get(0))) {
            records = records.subList(1, records.size());
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(new Violation("file", "membership.points.grant.empty"));
        }
        if (records.size() > MAX_ROWS) {
            throw new InvalidInputException(new Violation("file", "membership.points.grant.too-many", MAX_ROWS));
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            rows.add(Row.of(record, violations));
        }
        return new PointsGrantCsv(sha256(text), rows);
    }

    /** The SHA-256 of the file's text, in hex: the upload's id. */
    String id() {
        return id;
    }

    List<Row> rows() {
        return rows;
    }

    /** A first row that names its columns: neither its customer nor its points read as such. */
    private static boolean isHeader(CSVRecord first) {
        return first.size() >= 2 && whole(first.get(1)) == null && whole(first.get(0)) == null
                && !first.get(0).contains("@");
    }

    private static Long whole(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return String.format("%064x", new BigInteger(1, MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** One row: its number in the file, the customer as written, points and reason (null where broken). */
    static final class Row {

        private final long number;
        private final String customer;
        private final Long points;
        private final String reason;

        private Row(long number, String customer, Long points, String reason) {
            this.number = number;
            this.customer = customer;
            this.points = points;
            this.reason = reason;
        }

        private static Row of(CSVRecord record, List<Violation> violations) {
            long number = record.getRecordNumber();
            String field = "rows[" + number + "]";
            if (record.size() != COLUMNS) {
                violations.add(new Violation(field, "membership.points.grant.columns", COLUMNS));
                return new Row(number, null, null, null);
            }
            String customer = record.get(0);
            if (customer.isEmpty()) {
                violations.add(new Violation(field + ".customer", "membership.points.grant.customer.required"));
            }
            Long points = whole(record.get(1));
            if (points == null) {
                violations.add(new Violation(field + ".points", "membership.points.grant.points.whole"));
            } else if (points <= 0) {
                violations.add(new Violation(field + ".points", "membership.points.grant.points.positive"));
            }
            String reason = SpreadsheetCsv.uninert(record.get(2));
            if (reason.isEmpty()) {
                violations.add(new Violation(field + ".reason", "membership.points.adjust.reason"));
            } else if (reason.length() > PointsAdjustmentDraft.REASON_MAX) {
                violations.add(new Violation(field + ".reason", "membership.points.adjust.reason.length",
                        PointsAdjustmentDraft.REASON_MAX));
            }
            return new Row(number, customer.isEmpty() ? null : customer, points, reason);
        }

        long number() {
            return number;
        }

        String customer() {
            return customer;
        }

        /** The customer as an id, when the cell is a number; else it is an e-mail. */
        Long customerId() {
            return customer == null ? null : whole(customer);
        }

        Long points() {
            return points;
        }

        String reason() {
            return reason;
        }
    }
}
