package io.smm.membership.pricing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.web.Violation;

/**
 * The CSV file of a store's price rules: UTF-8 with a byte order mark (so that Excel shows Chinese names), a header
 * row of {@link #COLUMNS}, one rule a row. Groups are codes separated by {@code |}, or {@code *} for every member;
 * times are ISO local date-times in the owner's zone; an empty cell is "none". Row numbers count the header as
 * row 1, as a spreadsheet does. A name starting like a formula is written behind an apostrophe, so that opening
 * the file in a spreadsheet never runs it.
 */
public final class PriceRuleCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("name", "groups", "target", "target_id", "adjustment", "value",
            "min_quantity", "starts_at", "ends_at", "priority", "exclusive");

    static final char BOM = SpreadsheetCsv.BOM;
    static final String EVERY_MEMBER = "*";
    private static final String GROUP_SEPARATOR = "|";

    private final ZoneId zone;

    public PriceRuleCsv(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the rules, byte order mark first. */
    public void write(List<PriceRuleView> rules, Writer out) {
        try {
            CSVPrinter printer = SpreadsheetCsv.start(out, COLUMNS);
            for (PriceRuleView rule : rules) {
                printer.printRecord(SpreadsheetCsv.inert(rule.getName()),
                        rule.isAllMembers() ? EVERY_MEMBER : String.join(GROUP_SEPARATOR, rule.getGroups()),
                        rule.getTarget(), rule.getTargetId() == null ? "" : rule.getTargetId(), rule.getAdjustment(),
                        rule.getValue() == null ? "" : rule.getValue().stripTrailingZeros().toPlainString(),
                        rule.getMinQuantity(), local(rule.getStartsAt()), local(rule.getEndsAt()),
                        rule.getPriority(), rule.isExclusive());
            }
            printer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Reads the rules of a file this class wrote (or an owner made alike), a byte order mark or not.
     *
     * @throws InvalidInputException naming each unreadable cell as {@link PriceRuleImport#atRow}
     */
    public List<PriceRuleDraft> read(Reader in) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build().parse(new BomSkipping(in))) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new InvalidInputException(new Violation("file", "membership.price-rule.csv.columns",
                        String.join(",", COLUMNS)));
            }
            records = parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException unreadable) {
            throw new InvalidInputException(new Violation("file", "membership.price-rule.csv.unreadable"));
        }
        List<Violation> violations = new ArrayList<>();
        List<PriceRuleDraft> drafts = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            drafts.add(draft(records.get(index), index + 2, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (drafts.isEmpty()) {
            throw new InvalidInputException(new Violation("file", "membership.price-rule.csv.empty"));
        }
        return drafts;
    }

    private PriceRuleDraft draft(CSVRecord record, int row, List<Violation> violations) {
        if (record.size() != COLUMNS.size()) {
            violations.add(PriceRuleImport.atRow(row, new Violation("rule", "membership.price-rule.csv.columns",
                    String.join(",", COLUMNS))));
            return new PriceRuleDraft();
        }
        Cells cells = new Cells(record, row, violations);
        PriceRuleDraft draft = new PriceRuleDraft();
        draft.setName(SpreadsheetCsv.uninert(cells.text("name")));
        String groups = cells.text("groups");
        draft.setAllMembers(EVERY_MEMBER.equals(groups));
        draft.setGroups(groups == null || draft.isAllMembers() ? List.of()
                : Arrays.stream(groups.split("\\" + GROUP_SEPARATOR)).map(String::trim)
                        .filter(code -> !code.isEmpty()).collect(Collectors.toList()));
        draft.setTarget(cells.choice("target", "target", RuleTarget.class, "membership.price-rule.csv.target"));
        draft.setTargetId(cells.parsed("target_id", "targetId", Long::valueOf, "membership.price-rule.csv.number"));
        draft.setAdjustment(cells.choice("adjustment", "adjustment", Adjustment.Kind.class,
                "membership.price-rule.csv.adjustment"));
        draft.setValue(cells.parsed("value", "value", BigDecimal::new, "membership.price-rule.csv.number"));
        draft.setMinQuantity(cells.parsed("min_quantity", "minQuantity", Integer::valueOf,
                "membership.price-rule.csv.number"));
        draft.setStartsAt(cells.parsed("starts_at", "startsAt", this::instant, "membership.price-rule.csv.date-time"));
        draft.setEndsAt(cells.parsed("ends_at", "endsAt", this::instant, "membership.price-rule.csv.date-time"));
        draft.setPriority(cells.parsed("priority", "priority", Integer::valueOf, "membership.price-rule.csv.number"));
        Boolean exclusive = cells.parsed("exclusive", "exclusive", PriceRuleCsv::bool,
                "membership.price-rule.csv.boolean");
        draft.setExclusive(Boolean.TRUE.equals(exclusive));
        return draft;
    }

    private String local(String isoInstant) {
        return isoInstant == null ? "" : LocalDateTime.ofInstant(Instant.parse(isoInstant), zone).toString();
    }

    private Instant instant(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Boolean bool(String text) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(text);
    }

    /** One record's cells; an unreadable cell adds a violation naming the row and the draft's field. */
    private static final class Cells {

        private final CSVRecord record;
        private final int row;
        private final List<Violation> violations;

        Cells(CSVRecord record, int row, List<Violation> violations) {
            this.record = record;
            this.row = row;
            this.violations = violations;
        }

        String text(String column) {
            String text = record.get(column);
            return text == null || text.isEmpty() ? null : text;
        }

        <T> T parsed(String column, String field, Function<String, T> parse, String problem) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException unreadable) {
                violations.add(PriceRuleImport.atRow(row, new Violation(field, problem, text)));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String column, String field, Class<E> kind, String problem) {
            return parsed(column, field, text -> Enum.valueOf(kind, text.toUpperCase(Locale.ROOT)), problem);
        }
    }

    /** Drops a leading byte order mark, which Excel writes and commons-csv would take as part of the first name. */
    private static final class BomSkipping extends FilterReader {

        private boolean first = true;

        BomSkipping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (first && read > 0) {
                first = false;
                if (buffer[offset] == BOM) {
                    System.arraycopy(buffer, offset + 1, buffer, offset, read - 1);
                    return read == 1 ? read(buffer, offset, length) : read - 1;
                }
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) == -1 ? -1 : one[0];
        }
    }
}
