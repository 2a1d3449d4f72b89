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
    /** What a violation of a row as a whole names (a row with too few or too many cells). */
    static final String WHOLE_ROW = "rule";

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
     * Reads the rules of a file this class wrote (or an owner made alike), a byte order mark or not. A cell that
     * cannot be read leaves its field unset and is named on its draft ({@link PriceRuleDraft#unreadable()}), so
     * that {@link PriceRuleImport} reports it with every rule the row and the other rows break; a row with too few
     * or too many cells is named as {@link #WHOLE_ROW}.
     *
     * @throws InvalidInputException when the file is unreadable, has other columns or holds no rule
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
        List<PriceRuleDraft> drafts = records.stream().map(this::draft).collect(Collectors.toList());
        if (drafts.isEmpty()) {
            throw new InvalidInputException(new Violation("file", "membership.price-rule.csv.empty"));
        }
        return drafts;
    }

    private PriceRuleDraft draft(CSVRecord record) {
        PriceRuleDraft draft = new PriceRuleDraft();
        if (record.size() != COLUMNS.size()) {
            draft.markUnreadable(new Violation(WHOLE_ROW, "membership.price-rule.csv.columns",
                    String.join(",", COLUMNS)));
            return draft;
        }
        Cells cells = new Cells(record, draft);
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

    /**
     * The column of a field a violation names: the draft's field in the file's words ({@code endsAt} is
     * {@code ends_at}); a field that is no column is kept as it is.
     */
    static String column(String field) {
        String snake = field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return COLUMNS.contains(snake) ? snake : field;
    }

    /** One record's cells; an unreadable cell is named on the draft, by the draft's field. */
    private static final class Cells {

        private final CSVRecord record;
        private final PriceRuleDraft draft;

        Cells(CSVRecord record, PriceRuleDraft draft) {
            this.record = record;
            this.draft = draft;
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
                draft.markUnreadable(new Violation(field, problem, text));
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
