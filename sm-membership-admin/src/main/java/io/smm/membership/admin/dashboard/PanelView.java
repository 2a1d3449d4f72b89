package io.smm.membership.admin.dashboard;

import java.util.List;

import io.smm.membership.admin.web.BarChart;

/**
 * One dashboard panel as the page shows it: its title, its charts, and its table of rows (tiers, moves, the store)
 * with, for each measure, the value in the period, in the period before and the change, every text ready to print.
 */
public final class PanelView {

    private final String code;
    private final String title;
    private final String hint;
    private final List<String> measures;
    private final List<RowView> rows;
    private final List<ChartView> charts;
    private final String csv;
    private final boolean empty;

    PanelView(String code, String title, String hint, List<String> measures, List<RowView> rows,
            List<ChartView> charts, String csv, boolean empty) {
        this.code = code;
        this.title = title;
        this.hint = hint;
        this.measures = List.copyOf(measures);
        this.rows = List.copyOf(rows);
        this.charts = List.copyOf(charts);
        this.csv = csv;
        this.empty = empty;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getHint() {
        return hint;
    }

    /** The measures' names, one column group each. */
    public List<String> getMeasures() {
        return measures;
    }

    public List<RowView> getRows() {
        return rows;
    }

    public List<ChartView> getCharts() {
        return charts;
    }

    /** The panel's CSV file, context-relative. */
    public String getCsv() {
        return csv;
    }

    /** True when every value of both periods is zero or none: the page says so instead of drawing nothing. */
    public boolean isEmpty() {
        return empty;
    }

    /** A tier, a move or the store: its name and one cell per measure. */
    public static final class RowView {

        private final String key;
        private final String label;
        private final boolean total;
        private final List<Cell> cells;

        RowView(String key, String label, boolean total, List<Cell> cells) {
            this.key = key;
            this.label = label;
            this.total = total;
            this.cells = List.copyOf(cells);
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        /** The whole store's row. */
        public boolean isTotal() {
            return total;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /** A measure's value in both periods and its change; links list the members behind a value that counts them. */
    public static final class Cell {

        private final String measure;
        private final String current;
        private final String previous;
        private final String change;
        private final String relative;
        private final int direction;
        private final String currentMembers;
        private final String previousMembers;

        Cell(String measure, String current, String previous, String change, String relative, int direction,
                String currentMembers, String previousMembers) {
            this.measure = measure;
            this.current = current;
            this.previous = previous;
            this.change = change;
            this.relative = relative;
            this.direction = direction;
            this.currentMembers = currentMembers;
            this.previousMembers = previousMembers;
        }

        public String getMeasure() {
            return measure;
        }

        public String getCurrent() {
            return current;
        }

        public String getPrevious() {
            return previous;
        }

        /** The difference, signed; a dash when either value is none. */
        public String getChange() {
            return change;
        }

        /** The change against the previous value in percent; null when there is none to compare with. */
        public String getRelative() {
            return relative;
        }

        /** up, down or flat: the change's direction, for its colour. */
        public String getDirection() {
            return direction > 0 ? "up" : direction < 0 ? "down" : "flat";
        }

        /** The members behind the current value, context-relative; null when it counts none. */
        public String getCurrentMembers() {
            return currentMembers;
        }

        public String getPreviousMembers() {
            return previousMembers;
        }
    }

    /** A bar chart of one measure per row, this period beside the one before. */
    public static final class ChartView {

        private final String id;
        private final String title;
        private final String axis;
        private final BarChart chart;

        ChartView(String id, String title, String axis, BarChart chart) {
            this.id = id;
            this.title = title;
            this.axis = axis;
            this.chart = chart;
        }

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getAxis() {
            return axis;
        }

        public BarChart getChart() {
            return chart;
        }
    }
}
