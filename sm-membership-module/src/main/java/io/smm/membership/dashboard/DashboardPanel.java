package io.smm.membership.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One panel of the owner's dashboard as a table: its measures (columns), then rows (a tier, a tier move, the whole
 * store), each row one value per measure for the period and for the one before it. A value that counts members
 * says how to list them ({@link Link}).
 */
public final class DashboardPanel {

    private final String code;
    private final List<String> measures;
    private final List<Row> rows;

    DashboardPanel(String code, List<String> measures, List<Row> rows) {
        this.code = code;
        this.measures = List.copyOf(measures);
        this.rows = List.copyOf(rows);
    }

    /** members, activity, repurchase, sales, moves, coupons, points or affiliates. */
    public String getCode() {
        return code;
    }

    /** The measures' codes, in the order every row's values come. */
    public List<String> getMeasures() {
        return measures;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** A tier (its code), a move ({@code FROM>TO}, the default tier as its code) or the store ({@code ALL}). */
    public static final class Row {

        private final String key;
        private final String label;
        private final List<Value> values;

        Row(String key, String label, List<Value> values) {
            this.key = key;
            this.label = label;
            this.values = List.copyOf(values);
        }

        public String getKey() {
            return key;
        }

        /** The row's name in the reader's language. */
        public String getLabel() {
            return label;
        }

        public List<Value> getValues() {
            return values;
        }
    }

    /** A measure's value in the period and in the one before; null where it has none (a rate of no buyers). */
    public static final class Value {

        private final String measure;
        private final BigDecimal current;
        private final BigDecimal previous;
        private final Link link;

        Value(String measure, BigDecimal current, BigDecimal previous, Link link) {
            this.measure = measure;
            this.current = current;
            this.previous = previous;
            this.link = link;
        }

        public String getMeasure() {
            return measure;
        }

        public BigDecimal getCurrent() {
            return current;
        }

        public BigDecimal getPrevious() {
            return previous;
        }

        /** How to list the members behind the value; null when it counts none. */
        public Link getMembers() {
            return link;
        }
    }

    /** The drill-down parameters of a figure: add the period's {@code from} and {@code to}. */
    public static final class Link {

        private final DashboardFigure figure;
        private final String tier;
        private final String moveFrom;
        private final String moveTo;

        Link(DashboardFigure figure, String tier, String moveFrom, String moveTo) {
            this.figure = figure;
            this.tier = tier;
            this.moveFrom = moveFrom;
            this.moveTo = moveTo;
        }

        public DashboardFigure getFigure() {
            return figure;
        }

        /** The tier's code; null for every tier. */
        public String getTier() {
            return tier;
        }

        public String getMoveFrom() {
            return moveFrom;
        }

        public String getMoveTo() {
            return moveTo;
        }
    }
}
