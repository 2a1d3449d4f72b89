package io.smm.membership.admin.access;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import io.smm.membership.access.AccessRuleDraft;
import io.smm.membership.access.BeforeOpening;
import io.smm.membership.access.CategoryAccessDraft;
import io.smm.membership.access.CategoryAccessEntry;
import io.smm.membership.access.CellView;
import io.smm.membership.access.Permission;
import io.smm.membership.access.RuleState;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.web.Violation;

/**
 * The rules page's form: what the category shows before a browse opens, and one row per audience with a cell per
 * permission, each inherited, allowed, denied or allowed from a local date-time of the store (the date counts only
 * for the last). Only the cells not inherited become rules; {@link #formField(String)} leads a rule's violation back to the cell it came from.
 */
public class CategoryRulesForm {

    static final String OPENS_AT_REQUIRED = "membership.admin.category-access.opens-at.required";
    private static final Pattern RULE_FIELD = Pattern.compile("rules\\[(\\d+)](?:\\.(\\w+))?");

    /** What the owner picks in a cell. */
    public enum Choice {
        INHERIT, ALLOW, DENY, FROM
    }

    private BeforeOpening beforeOpening;
    private List<Row> rows = new ArrayList<>();

    /** The category's rules as the page shows them, a row per audience of {@code audienceKeys}. */
    static CategoryRulesForm of(CategoryAccessEntry entry, List<String> audienceKeys) {
        CategoryRulesForm form = new CategoryRulesForm();
        form.beforeOpening = entry.getBeforeOpening().getSet();
        for (String key : audienceKeys) {
            Row row = Row.of(key);
            for (Cell cell : row.cells) {
                CellView set = entry.getCells().get(key).get(cell.permission.name());
                if (set.getSet() != null) {
                    cell.choice = RuleState.DENY.name().equals(set.getSet()) ? Choice.DENY
                            : set.getOpensAt() == null ? Choice.ALLOW : Choice.FROM;
                    cell.opensAt = set.getOpensAt() == null ? null : LocalDateTime.parse(set.getOpensAt());
                }
            }
            form.rows.add(row);
        }
        return form;
    }

    /**
     * The owner service's draft of the cells not inherited, in page order. Whatever the page could not bind, and
     * "allow from" without its date, is named on the draft, so that the service refuses it with its own findings.
     */
    CategoryAccessDraft toDraft(BindingResult result) {
        CategoryAccessDraft draft = new CategoryAccessDraft();
        FieldErrors.markUnbound(result, draft);
        draft.setBeforeOpening(beforeOpening);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).cells.size(); c++) {
                Cell cell = rows.get(r).cells.get(c);
                if (!cell.isRule()) {
                    continue;
                }
                if (cell.choice == Choice.FROM && cell.opensAt == null
                        && !result.hasFieldErrors(cellPath(r, c) + ".opensAt")) {
                    draft.markUnreadable(new Violation(cellPath(r, c) + ".opensAt", OPENS_AT_REQUIRED));
                }
                AccessRuleDraft rule = new AccessRuleDraft();
                rule.setAudience(rows.get(r).audience);
                rule.setPermission(cell.permission);
                rule.setState(cell.choice == Choice.DENY ? RuleState.DENY : RuleState.ALLOW);
                rule.setOpensAt(cell.choice == Choice.FROM && cell.opensAt != null ? cell.opensAt.toString() : null);
                draft.getRules().add(rule);
            }
        }
        return draft;
    }

    /** The form field a field of the draft came from: a rule's cell, its choice, date or row. */
    String formField(String draftField) {
        Matcher rule = RULE_FIELD.matcher(draftField);
        if (!rule.matches()) {
            return draftField;
        }
        String cell = cellOfRule(Integer.parseInt(rule.group(1)));
        String property = rule.group(2);
        if (property == null || "permission".equals(property)) {
            return cell;
        }
        if ("audience".equals(property)) {
            return cell.substring(0, cell.indexOf(".cells")) + ".audience";
        }
        return cell + ("state".equals(property) ? ".choice" : "." + property);
    }

    public BeforeOpening getBeforeOpening() {
        return beforeOpening;
    }

    public void setBeforeOpening(BeforeOpening beforeOpening) {
        this.beforeOpening = beforeOpening;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** The form path of the cell whose rule is the {@code index}th of those not inherited, in page order. */
    private String cellOfRule(int index) {
        int rule = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).getCells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isRule() && rule++ == index) {
                    return cellPath(r, c);
                }
            }
        }
        return "rows";
    }

    private static String cellPath(int row, int cell) {
        return "rows[" + row + "].cells[" + cell + "]";
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
