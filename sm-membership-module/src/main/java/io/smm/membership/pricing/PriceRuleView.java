package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.smm.membership.groups.GroupService;
import io.smm.membership.time.Instants;

/** A price rule as our JSON shows it, with its groups by code. */
public final class PriceRuleView {

    private final long id;
    private final String name;
    private final boolean allMembers;
    private final List<String> groups;
    private final RuleTarget target;
    private final Long targetId;
    private final Adjustment.Kind adjustment;
    private final BigDecimal value;
    private final int minQuantity;
    private final String startsAt;
    private final String endsAt;
    private final int priority;
    private final boolean exclusive;
    private final int version;

    private PriceRuleView(PriceRule rule, List<String> groups) {
        this.id = rule.getId();
        this.name = rule.getName();
        this.allMembers = rule.isAllMembers();
        this.groups = groups;
        this.target = rule.getTarget();
        this.targetId = rule.getTargetId();
        this.adjustment = rule.getAdjustment();
        this.value = rule.getAdjustmentValue();
        this.minQuantity = rule.getMinQuantity();
        this.startsAt = Instants.iso(rule.getStartsAt());
        this.endsAt = Instants.iso(rule.getEndsAt());
        this.priority = rule.getPriority();
        this.exclusive = rule.isExclusive();
        this.version = rule.getVersion();
    }

    public static PriceRuleView of(PriceRule rule, List<String> groupCodes) {
        return new PriceRuleView(rule, List.copyOf(groupCodes));
    }

    /** @param groupCodes the store's group codes by group id; groups deleted meanwhile are left out */
    public static PriceRuleView of(PriceRule rule, Map<Long, String> groupCodes) {
        return of(rule, GroupService.sortedCodes(rule.getGroupIds(), groupCodes));
    }


    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isAllMembers() {
        return allMembers;
    }

    public List<String> getGroups() {
        return groups;
    }

    public RuleTarget getTarget() {
        return target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Adjustment.Kind getAdjustment() {
        return adjustment;
    }

    public BigDecimal getValue() {
        return value;
    }

    public int getMinQuantity() {
        return minQuantity;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public int getVersion() {
        return version;
    }
}
