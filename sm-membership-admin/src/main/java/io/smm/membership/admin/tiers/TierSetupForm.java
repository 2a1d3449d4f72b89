package io.smm.membership.admin.tiers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.smm.membership.admin.web.AdminNumbers;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.tiers.TierRule;
import io.smm.membership.tiers.TierRuleDraft;
import io.smm.membership.tiers.TierSettings;
import io.smm.membership.tiers.TierSettingsDraft;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The tiers page's form: the store's settings as the module's own draft, so their violations land next to their
 * fields, a choice between a lifetime and a window of days, and one row per tier of the store, of which only the
 * ticked ones become rules.
 */
public class TierSetupForm extends TierSettingsDraft {

    /** The host's order statuses an owner may count. */
    private static final Pattern LADDER_FIELD = Pattern.compile("tiers\\[(\\d+)](.*)");

    private boolean lifetime;
    private List<Row> rows = new ArrayList<>();

    /** @param ladder the store's tiers, lowest rank first */
    static TierSetupForm of(TierSettings settings, List<TierRule> rules, List<MemberGroup> ladder) {
        TierSetupForm form = new TierSetupForm();
        form.setEnabled(settings.isEnabled());
        form.lifetime = settings.getWindowDays() == null;
        form.setWindowDays(settings.getWindowDays());
        form.setGraceDays(settings.getGraceDays());
        form.setCountShipping(settings.isCountShipping());
        form.setCountTax(settings.isCountTax());
        form.setCountedStatuses(TierSettings.HOST_STATUSES.stream().filter(settings.getCountedStatuses()::contains)
                .collect(Collectors.toList()));
        for (MemberGroup tier : ladder) {
            Row row = new Row();
            row.setTier(tier.getCode());
            rules.stream().filter(rule -> rule.getGroupId().equals(tier.getId())).findFirst().ifPresent(rule -> {
                row.ruled = true;
                row.setUpgradeAt(AdminNumbers.plain(rule.getUpgradeAt()));
                row.setKeepAt(AdminNumbers.plain(rule.getKeepAt()));
                row.setExpressAt(AdminNumbers.plain(rule.getExpressAt()));
                row.setWindowKind(rule.getWindowKind());
                row.setWindowDays(rule.getWindowDays());
            });
            form.rows.add(row);
        }
        return form;
    }

    /** The settings as the module takes them: no window days for a lifetime. */
    TierSettingsDraft settings() {
        if (lifetime) {
            setWindowDays(null);
        }
        return this;
    }

    /** The ticked rows, in page order: the ladder the module saves. */
    List<TierRuleDraft> ladder() {
        return rows.stream().filter(Row::isRuled).map(Row::draft).collect(Collectors.toList());
    }

    /** The module's violations with {@code tiers[i]} (the i-th ticked row) named as the row of this form. */
    InvalidInputException onRows(InvalidInputException invalid) {
        List<Integer> ticked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isRuled()) {
                ticked.add(i);
            }
        }
        return new InvalidInputException(invalid.violations().stream().map(violation -> {
            Matcher ladderField = LADDER_FIELD.matcher(violation.field());
            int index = ladderField.matches() ? Integer.parseInt(ladderField.group(1)) : -1;
            return index < 0 || index >= ticked.size() ? violation
                    : new Violation("rows[" + ticked.get(index) + "]" + ladderField.group(2), violation.code(),
                            violation.arguments());
        }).collect(Collectors.toList()));
    }


    /** Whether spend counts over a customer's lifetime rather than the last {@link #getWindowDays()} days. */
    public boolean isLifetime() {
        return lifetime;
    }

    public void setLifetime(boolean lifetime) {
        this.lifetime = lifetime;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    /** One tier of the store: whether it has a rule, and the rule as entered. */
    public static class Row extends TierRuleDraft {

        private boolean ruled;

        public Row() {
            setWindowKind(TierRule.WindowKind.STORE);
        }

        /** This row as the module takes it: days only for a rolling window. */
        TierRuleDraft draft() {
            if (getWindowKind() != TierRule.WindowKind.ROLLING) {
                setWindowDays(null);
            }
            return this;
        }

        public boolean isRuled() {
            return ruled;
        }

        public void setRuled(boolean ruled) {
            this.ruled = ruled;
        }
    }
}
