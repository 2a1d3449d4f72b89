package io.smm.membership.pricing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MessageArguments;
import io.smm.membership.web.Violation;

/**
 * Adds many price rules at once, all or none: every rule is checked as {@link PriceRuleService} checks one (an
 * identical rule earlier in the same list counts), and one broken row keeps every row out.
 */
public class PriceRuleImport {

    /** Row numbers count a header as row 1: the first rule is row 2, as a spreadsheet shows it. */
    public static final int FIRST_ROW = 2;

    private final PriceRuleService rules;

    PriceRuleImport(PriceRuleService rules) {
        this.rules = rules;
    }

    /**
     * Creates the rules in one transaction.
     *
     * @throws InvalidInputException with every violation of every row, each as {@link #atRow}; nothing is saved
     */
    @Transactional
    public List<PriceRule> importRules(String storeCode, List<PriceRuleDraft> drafts) {
        List<PriceRule> created = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            PriceRuleDraft draft = drafts.get(index);
            try {
                if (draft.unreadable().stream().anyMatch(v -> v.field().equals(PriceRuleCsv.WHOLE_ROW))) {
                    throw new InvalidInputException(draft.unreadable()); // no cells to check
                }
                created.add(rules.create(storeCode, draft));
            } catch (InvalidInputException invalid) {
                for (Violation violation : invalid.violations()) {
                    violations.add(atRow(index + FIRST_ROW, violation));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return created;
    }

    /**
     * A violation of one row's field, named by the file's column ({@link PriceRuleCsv#column}) as
     * {@code row N: column: message}: its field is {@code row N: column} and its message key
     * {@code membership.price-rule.import.row}, whose last argument is the row's own message.
     */
    public static Violation atRow(int row, Violation violation) {
        String column = PriceRuleCsv.column(violation.field());
        return new Violation("row " + row + ": " + column, "membership.price-rule.import.row", String.valueOf(row),
                column, new DefaultMessageSourceResolvable(new String[] { violation.code() },
                        MessageArguments.plain(violation.arguments()), violation.code()));
    }
}
