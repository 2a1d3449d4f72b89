package io.smm.membership.pricing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * A store's member price rules. Every change bumps the store's pricing stamp in the same transaction, so that
 * every application instance's index sees it; this instance's index forgets the store as soon as it commits.
 */
public class PriceRuleService {

    @PersistenceContext
    private EntityManager entityManager;

    private final PriceRuleRepository rules;
    private final GroupService groups;
    private final CatalogDirectory catalog;
    private final PriceRuleIndex index;
    private final Clock clock;

    PriceRuleService(PriceRuleRepository rules, GroupService groups, CatalogDirectory catalog, PriceRuleIndex index,
            Clock clock) {
        this.rules = rules;
        this.groups = groups;
        this.catalog = catalog;
        this.index = index;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PriceRule> list(String storeCode) {
        return rules.findByStoreCodeOrderByPriorityDescIdAsc(storeCode);
    }

    @Transactional(readOnly = true)
    public PriceRule get(String storeCode, long id) {
        return rules.findByIdAndStoreCode(id, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.price-rule.not-found", id));
    }

    @Transactional
    public PriceRule create(String storeCode, PriceRuleDraft draft) {
        return save(storeCode, new PriceRule(storeCode, clock.instant()), draft);
    }

    @Transactional
    public PriceRule update(String storeCode, long id, PriceRuleDraft draft) {
        return save(storeCode, get(storeCode, id), draft);
    }

    @Transactional
    public void delete(String storeCode, long id) {
        rules.delete(get(storeCode, id));
        changed(storeCode);
    }

    private PriceRule save(String storeCode, PriceRule rule, PriceRuleDraft draft) {
        List<Violation> violations = new ArrayList<>(PriceRuleValidation.check(draft));
        Set<Long> groupIds = groupIds(storeCode, draft, violations);
        if (draft.getTargetId() != null
                && violations.stream().noneMatch(v -> v.field().equals("target") || v.field().equals("targetId"))) {
            checkTarget(storeCode, draft, violations);
        }
        draft.requireNoProblems(violations);
        rule.apply(draft, groupIds, clock.instant());
        boolean duplicate = list(storeCode).stream()
                .anyMatch(other -> !other.getId().equals(rule.getId()) && other.sameEffectAs(rule));
        if (duplicate) {
            throw new InvalidInputException(new Violation("rule", "membership.price-rule.duplicate"));
        }
        PriceRule saved = rules.saveAndFlush(rule);
        changed(storeCode);
        return saved;
    }

    private Set<Long> groupIds(String storeCode, PriceRuleDraft draft, List<Violation> violations) {
        return groups.idsOf(storeCode, draft.isAllMembers() ? List.of() : draft.getGroups(), "groups",
                "membership.price-rule.groups.unknown", violations);
    }

    private void checkTarget(String storeCode, PriceRuleDraft draft, List<Violation> violations) {
        boolean missing = draft.getTarget() == RuleTarget.PRODUCT && !catalog.hasProduct(storeCode, draft.getTargetId())
                || draft.getTarget() == RuleTarget.CATEGORY && !catalog.hasCategory(storeCode, draft.getTargetId());
        if (missing) {
            violations.add(new Violation("targetId", "membership.price-rule.target-id.unknown", draft.getTargetId()));
        }
    }

    private void changed(String storeCode) {
        if (rules.bumpStamp(storeCode) == 0) {
            entityManager.persist(new PricingStamp(storeCode));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.forget(storeCode);
            }
        });
    }
}
