package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.Violation;

class PointsAdjustmentDraftTests {

    @Test
    void zeroPointsNoReasonAndABlankKeyAreNamedTogether() {
        PointsAdjustmentDraft draft = draft(0L, " ", " ");

        assertThat(fieldsOf(draft.check())).containsExactly("points", "reason", "key");
    }

    @Test
    void aReasonOf255CharactersIsTheLongest() {
        assertThat(draft(-5L, "r".repeat(255), null).check()).isEmpty();
        assertThat(fieldsOf(draft(-5L, "r".repeat(256), null).check())).containsExactly("reason");
    }

    @Test
    void theOwnersKeyIsTheEntrysKeyAndWithoutOneEachAdjustmentHasItsOwn() {
        PointsAdjustmentDraft keyed = draft(10L, "survey", "form-1");
        PointsAdjustmentDraft unkeyed = draft(10L, "survey", null);

        assertThat(keyed.entryKey()).isEqualTo("adjust:form-1").isEqualTo(keyed.entryKey());
        assertThat(unkeyed.entryKey()).startsWith("adjust:").isNotEqualTo(unkeyed.entryKey());
    }

    private static PointsAdjustmentDraft draft(Long points, String reason, String key) {
        PointsAdjustmentDraft draft = new PointsAdjustmentDraft();
        draft.setPoints(points);
        draft.setReason(reason);
        draft.setKey(key);
        return draft;
    }

    private static List<String> fieldsOf(List<Violation> violations) {
        return violations.stream().map(Violation::field).collect(Collectors.toList());
    }
}
