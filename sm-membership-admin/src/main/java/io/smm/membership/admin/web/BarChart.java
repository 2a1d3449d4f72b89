package io.smm.membership.admin.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the bars, value ticks and group labels of one grouped bar chart go, in the units of an SVG view box of
 * {@link #WIDTH} (or {@link #NARROW}) × {@link #HEIGHT}: one group per period (a month, a day), one bar per series in each group. The
 * value axis starts at zero and ends at a round number ({@link #TICKS} steps of 1, 2 or 5 × 10ⁿ) at or above the
 * largest value.
 */
public final class BarChart {

    static final int WIDTH = 720;
    /** The width of a chart of a few groups, whose text stays readable when a phone shrinks it to fit. */
    public static final int NARROW = 360;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 40;
    static final int TICKS = 4;
    /** The size the page's style sheet gives the group labels, in view box units. */
    static final double LABEL_FONT_SIZE = 11;
    /** The least space between two group labels, in view box units. */
    static final double LABEL_GAP = 8;
    /** The part of a group's width its bars take; the rest is the gap between groups. */
    private static final double GROUP_FILL = 0.8;

    private final int width;
    private final List<String> series;
    private final List<Bar> bars;
    private final List<Tick> ticks;
    private final List<Label> labels;

    private BarChart(int width, List<String> series, List<Bar> bars, List<Tick> ticks, List<Label> labels) {
        this.width = width;
        this.series = List.copyOf(series);
        this.bars = List.copyOf(bars);
        this.ticks = List.copyOf(ticks);
        this.labels = List.copyOf(labels);
    }

    /** A chart of {@code values.get(s).get(m)}: series {@code s} (named {@code series.get(s)}) in group {@code m}. */
    public static BarChart of(List<String> groups, List<String> series, List<List<Long>> values) {
        return of(groups, series, values, WIDTH);
    }

    /** As {@link #of(List, List, List)}, in a view box {@code width} wide. */
    public static BarChart of(List<String> groups, List<String> series, List<List<Long>> values, int width) {
        long max = values.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
        long step = niceStep(max);
        long top = step * TICKS;
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double groupWidth = plotWidth / Math.max(1, groups.size());
        double barWidth = groupWidth * GROUP_FILL / Math.max(1, series.size());
        List<Bar> bars = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            for (int m = 0; m < groups.size(); m++) {
                long value = values.get(s).get(m);
                double height = plotHeight * value / top;
                double x = LEFT + m * groupWidth + groupWidth * (1 - GROUP_FILL) / 2 + s * barWidth;
                bars.add(new Bar(s, series.get(s), groups.get(m), value, round(x), round(TOP + plotHeight - height),
                        round(barWidth), round(height)));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            ticks.add(new Tick(step * i, round(TOP + plotHeight - plotHeight * i / TICKS)));
        }
        return new BarChart(width, series, bars, ticks, labels(groups, groupWidth, width));
    }

    /**
     * Every group's label when they all fit side by side; otherwise every second (third...) one, counted back from
     * the latest group, which is always labelled. A label near either edge is moved inwards to stay inside the view
     * box, and dropped if that brings it too close to its neighbour.
     */
    static List<Label> labels(List<String> groups, double groupWidth, int width) {
        double widest = groups.stream().mapToDouble(BarChart::textWidth).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + LABEL_GAP) / groupWidth));
        List<Label> labels = new ArrayList<>();
        for (int m = groups.size() - 1; m >= 0; m -= every) {
            String text = groups.get(m);
            double half = textWidth(text) / 2;
            double x = Math.min(Math.max(LEFT + (m + 0.5) * groupWidth, half), width - half);
            if (labels.isEmpty() || x + half + LABEL_GAP <= labels.get(0).getX() - labels.get(0).getWidth() / 2) {
                labels.add(0, new Label(text, round(x), round(2 * half)));
            }
        }
        return labels;
    }

    /**
     * How wide a label is drawn, at most: a Chinese character takes the font size, any other character at most
     * 0.6 of it (digits and Latin letters in the admin pages' sans-serif fonts).
     */
    static double textWidth(String text) {
        return text.codePoints().mapToDouble(c -> Character.isIdeographic(c)
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                ? LABEL_FONT_SIZE : LABEL_FONT_SIZE * 0.6).sum();
    }

    /** The smallest of 1, 2, 5, 10, 20, 50... whose {@link #TICKS} steps reach {@code max}. */
    static long niceStep(long max) {
        long magnitude = 1;
        while (true) {
            for (long factor : new long[] { 1, 2, 5 }) {
                if (factor * magnitude * TICKS >= max) {
                    return factor * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }

    public List<String> getSeries() {
        return series;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public List<Tick> getTicks() {
        return ticks;
    }

    public List<Label> getLabels() {
        return labels;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return HEIGHT;
    }

    /** Where the plot's left edge (the value axis) is. */
    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return width - RIGHT;
    }

    /** Where the plot's bottom edge (value zero) is. */
    public int getBaseline() {
        return HEIGHT - BOTTOM;
    }

    /** One group's value of one series. */
    public static final class Bar {

        private final int series;
        private final String seriesName;
        private final String group;
        private final long value;
        private final double x;
        private final double y;
        private final double width;
        private final double height;

        Bar(int series, String seriesName, String group, long value, double x, double y, double width,
                double height) {
            this.series = series;
            this.seriesName = seriesName;
            this.group = group;
            this.value = value;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
        }

        public int getSeries() {
            return series;
        }

        public String getSeriesName() {
            return seriesName;
        }

        /** The label of the group (month, day) the bar stands in. */
        public String getGroup() {
            return group;
        }

        public long getValue() {
            return value;
        }

        /** The value as the page prints it (messages take their arguments as text). */
        public String getValueText() {
            return Long.toString(value);
        }

        public double getX() {
            return x;
        }

        public double getY() {
            return y;
        }

        public double getWidth() {
            return width;
        }

        public double getHeight() {
            return height;
        }
    }

    /** A value on the value axis and the height of its grid line. */
    public static final class Tick {

        private final long value;
        private final double y;

        Tick(long value, double y) {
            this.value = value;
            this.y = y;
        }

        public long getValue() {
            return value;
        }

        public double getY() {
            return y;
        }
    }

    /** A group's label under its bars. */
    public static final class Label {

        private final String text;
        private final double x;
        private final double width;

        Label(String text, double x, double width) {
            this.text = text;
            this.x = x;
            this.width = width;
        }

        public String getText() {
            return text;
        }

        /** The middle of the label. */
        public double getX() {
            return x;
        }

        /** How wide the label is drawn, at most. */
        public double getWidth() {
            return width;
        }
    }
}
