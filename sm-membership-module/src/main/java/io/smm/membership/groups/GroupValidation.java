package io.smm.membership.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.smm.membership.web.Violation;

/**
 * The rules a group must meet, on its own and against the other groups of its store; each broken rule names its
 * field. (The host ships no Bean Validation provider, and adding one would switch validation on in the host's
 * own controllers and entities, so the rules are plain code.)
 */
final class GroupValidation {

    static final int MAX_RANK = 999;
    static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{2,50}");
    /** The key of the dashboard's row of all members (docs/analytics-dashboard.md), in any case. */
    private static final String RESERVED = "ALL";

    private GroupValidation() {
    }

    static List<Violation> check(GroupDraft draft, List<MemberGroup> otherGroups) {
        List<Violation> violations = new ArrayList<>(checkShape(draft));
        List<Violation> further = new ArrayList<>(checkKind(draft));
        further.addAll(checkAgainst(draft, otherGroups));
        for (Violation violation : further) {
            if (violations.stream().noneMatch(shape -> shape.field().equals(violation.field()))) {
                violations.add(violation);
            }
        }
        return violations;
    }

    private static List<Violation> checkShape(GroupDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(draft.getCode())) {
            violations.add(new Violation("code", "membership.group.code.required"));
        } else if (!CODE.matcher(draft.getCode().trim()).matches()) {
            violations.add(new Violation("code", "membership.group.code.pattern"));
        } else if (RESERVED.equalsIgnoreCase(draft.getCode().trim())) {
            violations.add(new Violation("code", "membership.group.code.reserved", RESERVED));
        }
        if (draft.getKind() == null) {
            violations.add(new Violation("kind", "membership.group.kind.required"));
        }
        if (draft.getRank() != null && (draft.getRank() < 0 || draft.getRank() > MAX_RANK)) {
            violations.add(new Violation("rank", "membership.group.rank.range", 0, MAX_RANK));
        }
        if (isBlank(draft.getNameEn())) {
            violations.add(new Violation("nameEn", "membership.group.name.required"));
        }
        checkLength(violations, "nameEn", draft.getNameEn());
        checkLength(violations, "nameZhTw", draft.getNameZhTw());
        checkLength(violations, "nameZhCn", draft.getNameZhCn());
        return violations;
    }

    private static List<Violation> checkKind(GroupDraft draft) {
        List<Violation> violations = new ArrayList<>();
        boolean tier = draft.getKind() == GroupKind.TIER;
        if (tier && draft.getRank() == null) {
            violations.add(new Violation("rank", "membership.group.rank.required"));
        }
        if (!tier && draft.getRank() != null) {
            violations.add(new Violation("rank", "membership.group.rank.manual"));
        }
        if (!tier && draft.isDefaultTier()) {
            violations.add(new Violation("defaultTier", "membership.group.default-tier.manual"));
        }
        if (draft.isNeedsApproval() && !draft.isOpenToApply()) {
            violations.add(new Violation("needsApproval", "membership.group.needs-approval.closed"));
        }
        return violations;
    }

    private static List<Violation> checkAgainst(GroupDraft draft, List<MemberGroup> otherGroups) {
        List<Violation> violations = new ArrayList<>();
        boolean tier = draft.getKind() == GroupKind.TIER;
        String code = isBlank(draft.getCode()) ? null : draft.normalizedCode();
        for (MemberGroup other : otherGroups) {
            if (other.getCode().equals(code)) {
                violations.add(new Violation("code", "membership.group.code.duplicate", other.getCode()));
            }
            if (tier && other.isTier() && Objects.equals(other.getRank(), draft.getRank())) {
                violations.add(new Violation("rank", "membership.group.rank.duplicate", other.getCode()));
            }
        }
        return violations;
    }

    private static void checkLength(List<Violation> violations, String field, String value) {
        if (value != null && value.trim().length() > MAX_NAME) {
            violations.add(new Violation(field, "membership.group.name.too-long", MAX_NAME));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
