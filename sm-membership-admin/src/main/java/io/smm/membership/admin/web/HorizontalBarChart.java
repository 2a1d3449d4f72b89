package io.smm.membership.admin.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One bar per named item, one under the other, each with its label above it and its value after it, in the units
 * of an SVG view box {@link #WIDTH} wide: names of any length stay whole and readable on a phone, where
 * {@link BarChart}'s labels under upright bars would have to be left out. The longest bar takes the whole width
 * left after room for the largest value.
 */
public final class HorizontalBarChart {

    static final int WIDTH = 360;
    static final int ROW_HEIGHT = 42;
    static final int LABEL_BASELINE = 15;
    static final int BAR_TOP = 21;
    static final int BAR_HEIGHT = 14;
    /** Room kept after the longest bar for its value. */
    static final int VALUE_ROOM = 64;
    static final int VALUE_GAP = 6;

    private final List<Row> rows;

    private HorizontalBarChart(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** A bar of {@code values.get(i)} labelled {@code labels.get(i)}, in that order. */
    public static HorizontalBarChart of(List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        double room = WIDTH - VALUE_ROOM;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i);
            double width = max == 0 ? 0 : room * value / max;
            int top = i * ROW_HEIGHT;
            rows.add(new Row(labels.get(i), value, top + LABEL_BASELINE, top + BAR_TOP, round(width),
                    round(width + VALUE_GAP), top + BAR_TOP + BAR_HEIGHT - 2));
        }
        return new HorizontalBarChart(rows);
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return Math.max(1, rows.size() * ROW_HEIGHT - (ROW_HEIGHT - BAR_TOP - BAR_HEIGHT));
    }

    public int getBarHeight() {
        return BAR_HEIGHT;
    }

    /** One item: its label's baseline, its bar's top and length, and where its value is written. */
    public static final class Row {

        private final String label;
        private final long value;
        private final int labelY;
        private final int barY;
        private final double barWidth;
        private final double valueX;
        private final int valueY;

        Row(String label, long value, int labelY, int barY, double barWidth, double valueX, int valueY) {
            this.label = label;
            this.value = value;
            this.labelY = labelY;
            this.barY = barY;
            this.barWidth = barWidth;
            this.valueX = valueX;
            this.valueY = valueY;
        }

        public String getLabel() {
            return label;
        }

        public long getValue() {
            return value;
        }

        /** The value as the page prints it (messages take their arguments as text). */
        public String getValueText() {
            return Long.toString(value);
        }

        public int getLabelY() {
            return labelY;
        }

        public int getBarY() {
            return barY;
        }

        public double getBarWidth() {
            return barWidth;
        }

        public double getValueX() {
            return valueX;
        }

        public int getValueY() {
            return valueY;
        }
    }
}
