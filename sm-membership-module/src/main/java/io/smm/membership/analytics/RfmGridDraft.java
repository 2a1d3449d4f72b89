package io.smm.membership.analytics;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Violation;

/** The owner's edited grid: {@code rows} R = 5 down to 1, each the segment codes of FM = 1 to 5. */
public class RfmGridDraft {

    static final String UNKNOWN = "membership.analytics.grid.unknown";
    static final String SHAPE = "membership.analytics.grid.shape";

    private List<List<String>> rows = new ArrayList<>();

    /** Every cell that is missing or names no segment, as {@code rows[i][j]}; the rows' shape when it is not 5×5. */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (rows == null || rows.size() != 5) {
            violations.add(new Violation("rows", SHAPE));
            return violations;
        }
        for (int row = 0; row < 5; row++) {
            List<String> cells = rows.get(row);
            if (cells == null || cells.size() != 5) {
                violations.add(new Violation("rows[" + row + "]", SHAPE));
                continue;
            }
            for (int column = 0; column < 5; column++) {
                if (!known(cells.get(column))) {
                    violations.add(new Violation("rows[" + row + "][" + column + "]", UNKNOWN));
                }
            }
        }
        return violations;
    }

    private static boolean known(String code) {
        for (RfmSegment segment : RfmSegment.values()) {
            if (segment.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    public List<List<String>> getRows() {
        return rows;
    }

    public void setRows(List<List<String>> rows) {
        this.rows = rows;
    }
}
