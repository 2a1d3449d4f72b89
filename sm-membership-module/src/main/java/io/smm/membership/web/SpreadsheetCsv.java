package io.smm.membership.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;

/**
 * CSV files as owners open them in a spreadsheet: UTF-8 with a byte order mark (so that Excel shows Chinese
 * text), a header row, and text that starts like a formula written behind an apostrophe, so that opening the
 * file never runs it.
 */
public final class SpreadsheetCsv {

    public static final char BOM = '\uFEFF';
    /** What a spreadsheet may read as the start of a formula (OWASP: tab and carriage return too). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /**
     * Makes the response a download of a CSV file named {@code name}.csv (characters other than letters, digits,
     * {@code -} and {@code _} replaced), and gives the writer of its body.
     */
    public static Writer download(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Writes the byte order mark and the header row; the printer writes the rows. */
    public static CSVPrinter start(Writer out, List<String> columns) throws IOException {
        out.write(BOM);
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).build());
    }

    /** A file with its byte order mark and header row written, taking rows; the writer's failures unchecked. */
    public static Rows rows(Writer out, List<String> columns) {
        try {
            return new Rows(start(out, columns));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The rows of a started file. */
    public static final class Rows {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void print(Object... values) {
            try {
                printer.printRecord(values);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    /** Text Excel would run as a formula gets a leading apostrophe, which Excel hides and {@link #uninert} drops. */
    public static String inert(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static String uninert(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }
}
