package io.smm.membership.admin.access;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import io.smm.membership.access.Permission;
import io.smm.membership.admin.web.AdminTime;

/**
 * The rules page's form: what the category shows before a browse opens, and one row per audience with a cell per
 * permission, each inherited, allowed, denied or allowed from a local date-time of the store. Only the cells not
 * inherited become rules; {@link #cellOfRule(int)} leads a rule's violation back to the cell it came from.
 */
public class CategoryRulesForm {

    /** What the owner picks in a cell. */
    public enum Choice {
        INHERIT, ALLOW, DENY, FROM
    }

    private String beforeOpening;
    private List<Row> rows = new ArrayList<>();

    public String getBeforeOpening() {
        return beforeOpening;
    }

    public void setBeforeOpening(String beforeOpening) {
        this.beforeOpening = beforeOpening;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** The form path of the cell whose rule is the {@code index}th of those not inherited, in page order. */
    String cellOfRule(int index) {
        int rule = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).getCells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isRule() && rule++ == index) {
                    return "rows[" + r + "].cells[" + c + "]";
                }
            }
        }
        return "rows";
    }

    /** One audience's cells, one per permission in {@link Permission} order. */
    public static class Row {

        private String audience;
        private List<Cell> cells = new ArrayList<>();

        static Row of(String audience) {
            Row row = new Row();
            row.audience = audience;
            for (Permission permission : Permission.values()) {
                Cell cell = new Cell();
                cell.permission = permission;
                row.cells.add(cell);
            }
            return row;
        }

        public String getAudience() {
            return audience;
        }

        public void setAudience(String audience) {
            this.audience = audience;
        }

        public List<Cell> getCells() {
            return cells;
        }

        public void setCells(List<Cell> cells) {
            this.cells = cells;
        }
    }

    /** One permission of one audience as the owner set it. */
    public static class Cell {

        private Permission permission;
        private Choice choice = Choice.INHERIT;
        @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
        private LocalDateTime opensAt;

        /** A cell the owner set, which the category's rules hold; an inherited one holds nothing. */
        boolean isRule() {
            return choice != null && choice != Choice.INHERIT;
        }

        public Permission getPermission() {
            return permission;
        }

        public void setPermission(Permission permission) {
            this.permission = permission;
        }

        public Choice getChoice() {
            return choice;
        }

        public void setChoice(Choice choice) {
            this.choice = choice;
        }

        public LocalDateTime getOpensAt() {
            return opensAt;
        }

        public void setOpensAt(LocalDateTime opensAt) {
            this.opensAt = opensAt;
        }
    }
}
