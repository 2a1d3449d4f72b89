package io.smm.membership.access;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smm.membership.web.Violation;

/** The shape a category's rules must have; each broken rule names its field ({@code rules[1].opensAt}). */
final class CategoryAccessValidation {

    private CategoryAccessValidation() {
    }

    /** @param groupIds the ids of the store's groups, the only groups a rule may name */
    static List<Violation> check(CategoryAccessDraft draft, Set<Long> groupIds) {
        List<Violation> violations = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < draft.getRules().size(); i++) {
            AccessRuleDraft rule = draft.getRules().get(i);
            String field = "rules[" + i + "]";
            if (rule == null) {
                violations.add(new Violation(field, "membership.access.rule.required"));
                continue;
            }
            Optional<Audience> audience = Audience.parse(rule.getAudience());
            if (rule.getAudience() == null || rule.getAudience().isBlank()) {
                violations.add(new Violation(field + ".audience", "membership.access.audience.required"));
            } else if (audience.isEmpty()
                    || audience.get().groupId().filter(id -> !groupIds.contains(id)).isPresent()) {
                violations.add(new Violation(field + ".audience", "membership.access.audience.unknown"));
            }
            if (rule.getPermission() == null) {
                violations.add(new Violation(field + ".permission", "membership.access.permission.required"));
            }
            if (rule.getState() == null) {
                violations.add(new Violation(field + ".state", "membership.access.state.required"));
            }
            checkOpensAt(rule, field, violations);
            if (audience.isPresent() && rule.getPermission() != null
                    && !cells.add(audience.get().key() + "/" + rule.getPermission())) {
                violations.add(new Violation(field, "membership.access.rule.duplicate"));
            }
        }
        return violations;
    }

    private static void checkOpensAt(AccessRuleDraft rule, String field, List<Violation> violations) {
        if (rule.getOpensAt() == null) {
            return;
        }
        if (localDateTime(rule.getOpensAt()).isEmpty()) {
            violations.add(new Violation(field + ".opensAt", "membership.access.opens-at.format"));
        } else if (rule.getState() == RuleState.DENY) {
            violations.add(new Violation(field + ".opensAt", "membership.access.opens-at.deny"));
        }
    }

    static List<Violation> check(AccessSettingsDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.getUnlisted() == null) {
            violations.add(new Violation("unlisted", "membership.access.settings.required"));
        }
        if (draft.getMultiCategory() == null) {
            violations.add(new Violation("multiCategory", "membership.access.settings.required"));
        }
        return violations;
    }

    /** A local date-time such as {@code 2026-12-07T10:00} or {@code 2026-12-07T10:00:30}. */
    static Optional<LocalDateTime> localDateTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
