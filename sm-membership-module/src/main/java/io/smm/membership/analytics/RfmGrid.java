package io.smm.membership.analytics;

import java.util.ArrayList;
import java.util.List;

/** The map from a member's R score and FM score (1 to 5 each) to a named segment; the built-in one or the owner's. */
public final class RfmGrid {

    private static final RfmGrid BUILT_IN = parse(List.of(
            List.of("NEW", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "CHAMPIONS", "CHAMPIONS"),
            List.of("PROMISING", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "LOYAL", "CHAMPIONS"),
            List.of("ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP", "NEED_ATTENTION", "LOYAL", "LOYAL"),
            List.of("HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE"),
            List.of("LOST", "LOST", "AT_RISK", "AT_RISK", "CANT_LOSE")));

    /** [5 - R][FM - 1] */
    private final RfmSegment[][] cells;

    RfmGrid(RfmSegment[][] cells) {
        this.cells = cells;
    }

    public static RfmGrid builtIn() {
        return BUILT_IN;
    }

    /** Rows R = 5 down to 1, each the codes of FM = 1 to 5; codes already checked. */
    static RfmGrid parse(List<List<String>> rows) {
        RfmSegment[][] cells = new RfmSegment[5][5];
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                cells[row][column] = RfmSegment.valueOf(rows.get(row).get(column));
            }
        }
        return new RfmGrid(cells);
    }

    public RfmSegment segment(int recency, int frequencyMonetary) {
        return cells[5 - recency][frequencyMonetary - 1];
    }

    /** Rows R = 5 down to 1, each the codes of FM = 1 to 5. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (RfmSegment[] row : cells) {
            List<String> codes = new ArrayList<>();
            for (RfmSegment cell : row) {
                codes.add(cell.name());
            }
            rows.add(codes);
        }
        return rows;
    }
}
