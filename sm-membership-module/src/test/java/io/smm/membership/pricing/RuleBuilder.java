package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Price rules for tests: by default for no group, the whole store, 0 % off, any quantity, any time. */
final class RuleBuilder {

    private final long id;
    private boolean allMembers;
    private final Set<Long> groups = new HashSet<>();
    private RuleTarget target = RuleTarget.STORE;
    private Long targetId;
    private Adjustment adjustment = new Adjustment(Adjustment.Kind.PERCENT_OFF, BigDecimal.ZERO);
    private int minQuantity = 1;
    private Instant from;
    private Instant until;
    private int priority;
    private boolean exclusive;

    private RuleBuilder(long id) {
        this.id = id;
    }

    static RuleBuilder rule(long id) {
        return new RuleBuilder(id);
    }

    RuleBuilder groups(Long... ids) {
        groups.addAll(Set.of(ids));
        return this;
    }

    RuleBuilder allMembers() {
        allMembers = true;
        return this;
    }

    RuleBuilder product(long id) {
        target = RuleTarget.PRODUCT;
        targetId = id;
        return this;
    }

    RuleBuilder category(long id) {
        target = RuleTarget.CATEGORY;
        targetId = id;
        return this;
    }

    RuleBuilder fixed(String price) {
        return adjust(Adjustment.Kind.FIXED_PRICE, price);
    }

    RuleBuilder percentOff(String percent) {
        return adjust(Adjustment.Kind.PERCENT_OFF, percent);
    }

    RuleBuilder amountOff(String amount) {
        return adjust(Adjustment.Kind.AMOUNT_OFF, amount);
    }

    RuleBuilder minQuantity(int quantity) {
        minQuantity = quantity;
        return this;
    }

    RuleBuilder from(Instant start) {
        from = start;
        return this;
    }

    RuleBuilder until(Instant end) {
        until = end;
        return this;
    }

    RuleBuilder priority(int value) {
        priority = value;
        return this;
    }

    RuleBuilder exclusive() {
        exclusive = true;
        return this;
    }

    IndexedRule build() {
        return new IndexedRule(id, "rule " + id, allMembers, groups, target, targetId, adjustment, minQuantity, from,
                until, priority, exclusive);
    }

    private RuleBuilder adjust(Adjustment.Kind kind, String value) {
        adjustment = new Adjustment(kind, new BigDecimal(value));
        return this;
    }
}
