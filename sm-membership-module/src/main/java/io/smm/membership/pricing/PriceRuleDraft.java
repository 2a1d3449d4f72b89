package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;

/** What an owner enters for a price rule: the owner API's body. {@link PriceRuleValidation} checks it. */
public class PriceRuleDraft extends Draft {

    private String name;
    private boolean allMembers;
    private List<String> groups = new ArrayList<>();
    private RuleTarget target;
    private Long targetId;
    private Adjustment.Kind adjustment;
    private BigDecimal value;
    private Integer minQuantity;
    private Instant startsAt;
    private Instant endsAt;
    private Integer priority;
    private boolean exclusive;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAllMembers() {
        return allMembers;
    }

    public void setAllMembers(boolean allMembers) {
        this.allMembers = allMembers;
    }

    /** Codes of the groups the rule is for. */
    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public RuleTarget getTarget() {
        return target;
    }

    public void setTarget(RuleTarget target) {
        this.target = target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public Adjustment.Kind getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(Adjustment.Kind adjustment) {
        this.adjustment = adjustment;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Integer getMinQuantity() {
        return minQuantity;
    }

    public void setMinQuantity(Integer minQuantity) {
        this.minQuantity = minQuantity;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public void setExclusive(boolean exclusive) {
        this.exclusive = exclusive;
    }
}
